// Words in the title, log1p.
import type { Feature } from './feature';

export const titleLength: Feature = {
  id: 'title-length',
  label: 'Title length (words, log scale)',
  family: 'length',
  compute: ({ stats }) => Math.log1p(stats.titleWords),
};
