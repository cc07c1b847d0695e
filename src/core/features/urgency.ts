// Urgency and pleading phrases found by the noise check, log1p.
import type { Feature } from './feature';

export const urgency: Feature = {
  id: 'urgency',
  label: 'Urgency or pleading (“urgent”, “plz help”)',
  family: 'question',
  compute: ({ stats }) => Math.log1p(stats.urgencyPhrases),
};
