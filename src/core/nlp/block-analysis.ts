// Per-block prose analysis (sentences, words, syllables), cached by the block's normalised text.
import { Lru } from './lru';
import { sentences, syllables, type SentenceInfo } from './text-stats';

export interface BlockAnalysis {
  sentences: SentenceInfo[];
  wordCount: number;
  syllableCount: number;
}

const cache = new Lru<string, BlockAnalysis>(1024);

export function analyseBlock(text: string): BlockAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const ss = sentences(text);
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of ss) {
    wordCount += s.words.length;
    for (const w of s.words) syllableCount += syllables(w.text);
  }
  const result = { sentences: ss, wordCount, syllableCount };
  cache.set(text, result);
  return result;
}

export function clearBlockCache(): void {
  cache.clear();
}
