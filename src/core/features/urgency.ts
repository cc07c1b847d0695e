// Urgency and pleading phrases of the noise lexicon (nlp/noise-lexicon.ts), log1p.
import type { Feature } from './feature';

export const urgency: Feature = {
  id: 'urgency',
  label: 'Urgency or pleading (“urgent”, “plz help”)',
  absentLabel: 'No urgency or pleading',
  family: 'question',
  compute: ({ stats }) => Math.log1p(stats.urgencyPhrases),
};
