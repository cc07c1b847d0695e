// Average characters per prose word (code points, so emoji and CJK count once).
import type { Feature } from './feature';
import { share } from './feature-stats';

export const meanWordLength: Feature = {
  id: 'mean-word-length',
  label: 'Average word length (characters)',
  family: 'vocabulary',
  compute: ({ stats }) => share(stats.prose.wordChars, stats.prose.words),
};
