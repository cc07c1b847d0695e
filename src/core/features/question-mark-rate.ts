// Question marks over title and body prose (code excluded), per 100 words.
import type { Feature } from './feature';
import { per100Words } from './feature-stats';

export const questionMarkRate: Feature = {
  id: 'question-mark-rate',
  label: 'Question marks per 100 words',
  family: 'punctuation',
  compute: ({ stats }) => per100Words(stats.prose.questionMarks, stats),
};
