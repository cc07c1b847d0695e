// (positive − negative) / (positive + negative) tone words (sentiment-lexicon.ts); 0 without tone words.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const sentimentPolarity: Feature = {
  id: 'sentiment-polarity',
  label: 'Tone (−1 negative … +1 positive)',
  family: 'sentiment',
  compute: ({ stats }) =>
    share(stats.prose.positive - stats.prose.negative, stats.prose.positive + stats.prose.negative),
};
