// Full stops ending a word (not the dots in "node.js"), per 100 words: roughly sentences written as statements.
import type { Feature } from './feature';
import { per100Words } from './feature-stats';

export const fullStopRate: Feature = {
  id: 'full-stop-rate',
  label: 'Full stops per 100 words',
  family: 'punctuation',
  compute: ({ stats }) => per100Words(stats.prose.fullStops, stats),
};
