// Per-block prose analysis (sentences, words, syllables), cached by the block's normalised text: the one
// segmentation the checks, the features and the explainer read.
import { registerCache } from '../cache-registry';
import { Lru } from '../util/lru';
import { findNoise, type NoiseMatch } from './noise-lexicon';
import { sentences, syllables, type SentenceInfo } from './text-stats';

export interface BlockAnalysis {
  sentences: SentenceInfo[];
  wordCount: number;
  syllableCount: number;
  /** Noise phrases (greetings, thanks, pleading, urgency) of the one lexicon. */
  noise: NoiseMatch[];
}

const cache = registerCache('nlp/block-analysis: block analyses', new Lru<string, BlockAnalysis>(1024));

export function analyseBlock(text: string): BlockAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const ss = sentences(text);
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of ss) {
    wordCount += s.words.length;
    // A URL or a number is one word of one syllable.
    for (const w of s.words) syllableCount += w.token.startsWith('<') ? 1 : syllables(w.text);
  }
  const result = { sentences: ss, wordCount, syllableCount, noise: findNoise(text) };
  cache.set(text, result);
  return result;
}
