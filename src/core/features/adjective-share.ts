// Adjectives as a share of tagged words.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const adjectiveShare: Feature = {
  id: 'adjective-share',
  label: 'Share of adjectives',
  family: 'pos',
  compute: ({ stats }) => share(stats.prose.pos.adjectives, stats.prose.pos.terms),
};
