// Average words per body sentence. Capped: beyond it the text is not prose split into sentences (e.g. unformatted
// code).
import type { Feature } from './feature';
import { share } from './feature-stats';

export const MAX_WORDS_PER_SENTENCE = 100;

export const wordsPerSentence: Feature = {
  id: 'words-per-sentence',
  label: 'Words per sentence',
  family: 'length',
  compute: ({ stats }) => Math.min(MAX_WORDS_PER_SENTENCE, share(stats.bodyWords, stats.bodySentences)),
};
