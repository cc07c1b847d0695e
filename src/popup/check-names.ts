// What each check or suggestion kind is called in the popup's list of checks turned off (ids are stored).
const NAMES: Readonly<Record<string, string>> = {
  'add-code-sample': 'Add a code sample',
  'add-error-message': 'Add the error message',
  'add-question': 'Ask a question',
  adverb: 'Adverbs',
  'body-too-short': 'Body too short',
  'code-not-formatted': 'Code not formatted',
  'describe-attempt': 'Say what you tried',
  'format-code': 'Format code',
  'long-sentence': 'Long sentences',
  'long-word': 'Long words',
  'no-attempt': 'No attempt described',
  'no-question': 'No question asked',
  noise: 'Greetings, thanks and urgency',
  readability: 'Readability',
  'remove-noise': 'Remove greetings, thanks and urgency',
  shouting: 'Shouting (all capitals)',
  'split-sentence': 'Split long sentences',
  'title-not-specific': 'Title not specific',
  'title-question': 'Title as a question',
  'title-too-short': 'Title too short',
};

export const checkName = (id: string): string => NAMES[id] ?? id;
