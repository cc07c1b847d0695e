// Words and phrases that add nothing to a question (greetings, thanks, begging, urgency). The explainer
// treats each phrase as ONE component, and the remove-noise suggestion only ever offers to delete these
// (never arbitrary words the model happens to dislike). Kept close to checks/noise.ts on purpose.

export const NOISE_PHRASE =
  /\b(?:(?:thanks|thank\s+you)\s+in\s+advance|thank\s+you\s+(?:so|very)\s+much|(?:thanks|thank\s+you)\s+for\s+(?:your|any)\s+(?:help|time|answers?|support)|many\s+thanks|thanks\s+a\s+(?:lot|ton|bunch)|any\s+(?:help|advice|suggestions?|ideas?|pointers)(?:\s+(?:would|will)\s+be|\s+is|\s+are)?\s+(?:(?:greatly|much|really|highly)\s+)?appreciated|(?:all\s+|your\s+)?help\s+(?:is|would\s+be)\s+(?:(?:greatly|much|really|highly)\s+)?appreciated|(?:can|could)\s+(?:some|any)(?:one|body)\s+(?:please\s+)?help(?:\s+me)?|(?:please|plz|pls|kindly)\s+help(?:\s+me)?|help\s+me\s+(?:please|plz|pls)|as\s+soon\s+as\s+possible|(?:hi|hello|hey|dear)\s+(?:all|everyone|everybody|guys|folks|friends|experts|there|community)|(?:best|kind|warm)\s+regards|thank\s+you|i'?m\s+(?:a\s+)?(?:newbie|noob|total\s+beginner))\b/gi;

export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'urgent', 'urgently', 'asap', 'plz', 'pls', 'please', 'thanks', 'thx', 'tia', 'regards', 'cheers', 'hi', 'hello', 'hey',
  'newbie', 'noob', 'kindly', 'sir', 'sirs',
]);
