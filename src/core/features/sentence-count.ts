// Sentences of body prose, log1p.
import type { Feature } from './feature';

export const sentenceCount: Feature = {
  id: 'sentence-count',
  label: 'Sentences in the body (log scale)',
  family: 'length',
  compute: ({ stats }) => Math.log1p(stats.bodySentences),
};
