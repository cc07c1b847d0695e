// Greetings, thanks, sign-offs and "I'm a newbie" found by the noise check, log1p.
import type { Feature } from './feature';

export const greetingsThanks: Feature = {
  id: 'greetings-thanks',
  label: 'Greetings, thanks and sign-offs',
  family: 'question',
  compute: ({ stats }) => Math.log1p(stats.politenessPhrases),
};
