// Nouns (pronouns excluded) as a share of the words compromise tagged, title and body.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const nounShare: Feature = {
  id: 'noun-share',
  label: 'Share of nouns',
  family: 'pos',
  compute: ({ stats }) => share(stats.prose.pos.nouns, stats.prose.pos.terms),
};
