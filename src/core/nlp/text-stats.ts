// Cheap text statistics over prose (regexes, no NLP library): THE sentence splitter, words (the model's
// tokenizer, document/tokens.ts), syllables.
import { blockWords } from '../document/tokens';

/** [start, end) in the string it was computed on. */
export type Range = [number, number];

/** One word of prose: the model's word token (document/tokens.ts `words`) with its surface text. */
export interface WordToken {
  start: number;
  end: number;
  /** The text as typed (case kept: the checks read capitals). */
  text: string;
  /** The model's token for it: lower-cased NFKC word, `<num>` or `<url>`. */
  token: string;
}

export interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  words: WordToken[];
}

/**
 * THE word tokenizer of prose for checks and features: the model's `words()` (cached per text), with the
 * surface text of each token. A URL or a number is one word; "e-mail" is two ("e", "mail"), "node.js",
 * "v1.2.3", "don't", "c++" and "snake_case" are one.
 */
export function words(text: string, offset = 0): WordToken[] {
  return blockWords(text).map((w) => ({
    start: w.from + offset,
    end: w.to + offset,
    text: text.slice(w.from, w.to),
    token: w.text,
  }));
}

// Abbreviations whose final dot never ends a sentence (titles before a name, and Latin/inline ones).
const NEVER_END = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'cf',
  'approx',
  'incl',
  'al',
  'viz',
  'esp',
  'resp',
  'ca',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'fig',
  'figs',
]);
// Abbreviations that end a sentence only when the next word starts with a capital ("… etc. Then …").
const END_BEFORE_CAPITAL = new Set(['etc']);
// Abbreviations that do not end a sentence before a number ("No. 5", "p. 12", "Vol. 2").
const BEFORE_NUMBER = new Set(['no', 'nr', 'p', 'pp', 'vol', 'ch', 'sec']);

const END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const NEXT_CHAR = /^\s+["'“‘([]?(\S)/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * THE sentence splitter (checks, features and the explainer all use it, through `analyseBlock`). A sentence
 * ends at a run of `.`, `!`, `?` or `…` (closing quotes and brackets included) followed by white space or
 * the end, except a lone `.` after an abbreviation ("e.g.", "Prof.", "etc." before a lower-case word,
 * "No." before a number) or after a one-letter initial ("J. Smith" at a sentence start or after a title). Dots inside
 * words ("node.js", "v1.2.3",
 * "3.14", URLs) never end one.
 */
export function sentences(text: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  const ws = words(text);
  let start = 0;
  let w = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && !endsSentence(text, start, m.index, end)) continue;
    w = push(out, text, ws, w, start, end);
    start = end;
  }
  push(out, text, ws, w, start, text.length);
  return out;
}

function endsSentence(text: string, start: number, dot: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(start, dot - 16), dot))?.[1] ?? '';
  const lower = before.toLowerCase();
  if (NEVER_END.has(lower)) return false;
  const next = NEXT_CHAR.exec(text.slice(end, end + 8))?.[1] ?? '';
  if (END_BEFORE_CAPITAL.has(lower)) return next === '' || CAPITAL.test(next);
  if (BEFORE_NUMBER.has(lower) && /\p{N}/u.test(next)) return false;
  // A one-letter initial opening a name: "J. Smith", "J. R. Smith", "Prof. J. Smith" (not "plan B. Then").
  if (/^\p{Lu}$/u.test(before) && CAPITAL.test(next)) {
    const prev = /(\S+)\s+$/u.exec(text.slice(Math.max(start, dot - 1 - 24), dot - 1))?.[1] ?? '';
    if (prev === '' || /^\p{Lu}\.$/u.test(prev) || NEVER_END.has(prev.replace(/\.$/, '').toLowerCase())) return false;
  }
  return true;
}

/**
 * Adds the sentence `[from, to)` (trimmed) with its words, read from `ws` from index `w`; returns the next word index.
 */
function push(out: SentenceInfo[], text: string, ws: WordToken[], w: number, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  const own: WordToken[] = [];
  while (w < ws.length && ws[w].start < to) {
    if (ws[w].start >= from) own.push(ws[w]);
    w++;
  }
  if (to > from) out.push({ start: from, end: to, text: text.slice(from, to), words: own });
  return w;
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
