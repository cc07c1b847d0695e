// Tone words of either polarity per 100 prose words: how emotional the text is, whatever the direction.
import type { Feature } from './feature';
import { per100Words } from './feature-stats';

export const emotionalWordRate: Feature = {
  id: 'emotional-word-rate',
  label: 'Emotional words per 100 words',
  absentLabel: 'No emotional words',
  family: 'sentiment',
  compute: ({ stats }) => per100Words(stats.prose.positive + stats.prose.negative, stats),
};
