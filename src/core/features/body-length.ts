// Words of body prose (code excluded), log1p so a 3,000-word body is not 100 times a 30-word one.
import type { Feature } from './feature';

export const bodyLength: Feature = {
  id: 'body-length',
  label: 'Body length (words, log scale)',
  family: 'length',
  compute: ({ stats }) => Math.log1p(stats.bodyWords),
};
