// Verbs (auxiliaries and modals included) as a share of tagged words.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const verbShare: Feature = {
  id: 'verb-share',
  label: 'Share of verbs',
  family: 'pos',
  compute: ({ stats }) => share(stats.prose.pos.verbs, stats.prose.pos.terms),
};
