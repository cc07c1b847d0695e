// THE noise-phrase lexicon: greetings, thanks, pleading and urgency that add nothing to a question (Stack
// Overflow edits them out). Data and a matcher, no other dependency. The noise check (tips), the urgency and
// greetings-thanks features, the explainer's phrase components and the remove-noise suggestion all read
// these matches, so a phrase is flagged, counted, explained and offered for removal alike.

/** What a noise phrase is. `urgency` and `pleading` make the urgency feature; the rest greetings-thanks. */
export type NoiseKind = 'urgency' | 'pleading' | 'thanks' | 'filler' | 'greeting';

export interface NoiseMatch {
  /** `[from, to)` in the text matched. */
  from: number;
  to: number;
  /** The phrase as written. */
  text: string;
  kind: NoiseKind;
}

/** Patterns (case-insensitive, matched as whole words), in priority order: the first kind that matches wins. */
export const NOISE_PATTERNS: ReadonlyArray<{ kind: NoiseKind; pattern: string }> = [
  { kind: 'urgency', pattern: String.raw`urgent(?:ly)?|asap|a\.s\.a\.p\.?|as soon as possible` },
  {
    kind: 'pleading',
    pattern: String.raw`(?:please|plz+|pls|plez)\s+(?:help|advise|assist)(?:\s+me)?|(?:(?:can|could)\s+)?(?:some|any)(?:one|body)\s+(?:please\s+)?help(?:\s+me)?|help\s+me(?:\s+(?:please|plz+|pls))?|kindly\s+help(?:\s+me)?|plz+|pls`,
  },
  {
    kind: 'thanks',
    pattern: String.raw`(?:thanks|thank\s+you)\s+in\s+advance|(?:thanks|thank\s+you)\s+for\s+(?:your|any)\s+(?:help|time|answers?|support)|many\s+thanks|thanks\s+a\s+(?:lot|ton|bunch)|thank\s+you\s+(?:so|very)\s+much|thank\s+you|thanks(?!\s+to\b)|thx|tia|(?:best\s+|kind\s+|warm\s+)?regards|cheers`,
  },
  {
    kind: 'filler',
    pattern: String.raw`any\s+(?:help|advice|suggestions?|ideas?|pointers|hints?)(?:\s+(?:would|will)\s+be|\s+is|\s+are)?\s+(?:(?:greatly|much|really|highly|very\s+much|deeply)\s+)?appreciated|(?:all\s+|your\s+)?help\s+(?:is|would\s+be)\s+(?:(?:greatly|much|really|highly)\s+)?appreciated|i'?m\s+(?:a\s+)?(?:newbie|noob|total\s+beginner)`,
  },
  {
    kind: 'greeting',
    // Group greetings anywhere; a bare "hi"/"hello" only at the start of the text ("hello world" is fine).
    pattern: String.raw`(?:hi|hello|hey|dear|greetings)\s+(?:all|everyone|everybody|guys|folks|friends|experts|team|there|community|sirs?)|^(?:hi|hello|hey|greetings)(?=[\s,!.]|$)`,
  },
];

const COMBINED = new RegExp(NOISE_PATTERNS.map((k) => `(\\b(?:${k.pattern})\\b)`).join('|'), 'gi');

/** Noise phrases of one prose block's text, in order (not cached: callers memoise per block text). */
export function findNoise(text: string): NoiseMatch[] {
  const out: NoiseMatch[] = [];
  for (const m of text.matchAll(COMBINED)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    if (k >= 0) out.push({ from: m.index, to: m.index + m[0].length, text: m[0], kind: NOISE_PATTERNS[k].kind });
  }
  return out;
}

/** Whether a kind counts as urgency or pleading (the urgency feature) rather than politeness. */
export function isUrgent(kind: NoiseKind): boolean {
  return kind === 'urgency' || kind === 'pleading';
}
