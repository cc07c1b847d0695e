// Adverbs as a share of tagged words.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const adverbShare: Feature = {
  id: 'adverb-share',
  label: 'Share of adverbs',
  family: 'pos',
  compute: ({ stats }) => share(stats.prose.pos.adverbs, stats.prose.pos.terms),
};
