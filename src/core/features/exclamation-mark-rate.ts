// Exclamation marks over title and body prose, per 100 words: a sign of excitement or frustration.
import type { Feature } from './feature';
import { per100Words } from './feature-stats';

export const exclamationMarkRate: Feature = {
  id: 'exclamation-mark-rate',
  label: 'Exclamation marks per 100 words',
  absentLabel: 'No exclamation marks',
  family: 'punctuation',
  compute: ({ stats }) => per100Words(stats.prose.exclamationMarks, stats),
};
