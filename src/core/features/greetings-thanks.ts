// Greetings, thanks, sign-offs and "I'm a newbie" of the noise lexicon (nlp/noise-lexicon.ts), log1p.
import type { Feature } from './feature';

export const greetingsThanks: Feature = {
  id: 'greetings-thanks',
  label: 'Greetings, thanks and sign-offs',
  absentLabel: 'No greetings, thanks or sign-offs',
  family: 'question',
  compute: ({ stats }) => Math.log1p(stats.politenessPhrases),
};
