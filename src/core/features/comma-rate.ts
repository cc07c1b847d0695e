// Commas per 100 prose words: a proxy for sentence complexity.
import type { Feature } from './feature';
import { per100Words } from './feature-stats';

export const commaRate: Feature = {
  id: 'comma-rate',
  label: 'Commas per 100 words',
  family: 'punctuation',
  compute: ({ stats }) => per100Words(stats.prose.commas, stats),
};
