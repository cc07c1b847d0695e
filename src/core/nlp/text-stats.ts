// Cheap text statistics over prose (regexes, no NLP library): words, syllables, sentences.

/** [start, end) in the string it was computed on. */
export type Range = [number, number];

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

export interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  words: WordToken[];
}

// A word: letters/digits, with inner apostrophes, hyphens, dots or underscores (don't, e-mail, node.js, my_var).
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-_.][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = (m.index ?? 0) + offset;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_RE)) n++;
  return n;
}

// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'approx', 'cf', 'fig', 'no', 'st']);

/** Splits prose into sentences at . ! ? (and runs of them) followed by white space or the end. */
export function sentences(text: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  let start = 0;
  const re = /[.!?…]+(?=\s|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index));
      if (before && ABBREVIATIONS.has(before[1].toLowerCase())) continue;
    }
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceInfo[], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to <= from) return;
  const slice = text.slice(from, to);
  out.push({ start: from, end: to, text: slice, words: words(slice, from) });
}

/**
 * English syllable estimate (vowel groups with the usual corrections). Good enough for Flesch reading ease,
 * which is itself an estimate; non-Latin words count as one syllable.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  // Silent endings: "-es", "-ed" (not after t/d), a final "e" (not "-le").
  w = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (s) => s[0]);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  const n = groups ? groups.length : 0;
  return Math.max(1, n);
}

/** Flesch reading ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words). Higher is easier. */
export function fleschReadingEase(wordCount: number, sentenceCount: number, syllableCount: number): number {
  if (wordCount === 0 || sentenceCount === 0) return 100;
  return 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllableCount / wordCount);
}
