// Type/token ratio over title and body prose, case-insensitive.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const vocabularyDiversity: Feature = {
  id: 'vocabulary-diversity',
  label: 'Vocabulary diversity (distinct words / words)',
  family: 'vocabulary',
  compute: ({ stats }) => share(stats.prose.distinctWords, stats.prose.words),
};
