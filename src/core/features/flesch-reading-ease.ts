// Flesch reading ease of the body prose (same formula and counts as the readability check).
import { fleschReadingEase } from '../nlp/text-stats';
import type { Feature } from './feature';

// The formula is unbounded below (one 5,000-word "sentence"); 121.22 is its maximum (one one-syllable word).
export const EASE_MIN = -100;
export const EASE_MAX = 121.22;
const clampEase = (x: number): number => Math.min(EASE_MAX, Math.max(EASE_MIN, x));

export const fleschReadingEaseFeature: Feature = {
  id: 'flesch-reading-ease',
  label: 'Reading ease (Flesch; higher is easier)',
  family: 'readability',
  compute: ({ stats }) => clampEase(fleschReadingEase(stats.bodyWords, stats.bodySentences, stats.bodySyllables)),
};
