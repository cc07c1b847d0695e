// Personal and possessive pronouns as a share of tagged words.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const pronounShare: Feature = {
  id: 'pronoun-share',
  label: 'Share of pronouns (I, you, it…)',
  family: 'pos',
  compute: ({ stats }) => share(stats.prose.pos.pronouns, stats.prose.pos.terms),
};
