// The one place compromise is used. Tagging costs ~1 ms per sentence, so results are cached per sentence text
// (a one-character edit re-tags one sentence). The adverb check tags only sentences with a candidate word; the model
// features (src/core/features) tag every prose sentence and read `pos` from the same pass.
import nlp from 'compromise/two';
import { Lru } from './lru';
import type { Range } from './text-stats';

export interface SentenceTags {
  /** Adverbs as [start, end) offsets into the sentence text. */
  adverbs: Range[];
  /** Part-of-speech counts over the sentence's terms (the model's POS features), from the same tagging pass. */
  pos: PosCounts;
}

export interface PosCounts {
  /** Terms with text (compromise splits "doesn't" into "doesn't" + an empty term; the empty one is not counted). */
  terms: number;
  /** Nouns other than pronouns. */
  nouns: number;
  /** Verbs, auxiliaries and modals included. */
  verbs: number;
  adjectives: number;
  adverbs: number;
  /** Personal and possessive pronouns ("I", "it", "my"). */
  pronouns: number;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const cache = new Lru<string, SentenceTags>(4096);
let taggedCount = 0;

/** POS-tags one sentence (cached by its exact text). */
export function tagSentence(sentence: string): SentenceTags {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const result: SentenceTags = { adverbs: [], pos: { terms: 0, nouns: 0, verbs: 0, adjectives: 0, adverbs: 0, pronouns: 0 } };
  try {
    const json = nlp(sentence).json({ offset: true }) as Array<{ terms: TermJson[] }>;
    for (const s of json) {
      for (const t of s.terms) {
        if (t.text) countPos(result.pos, t.tags);
        if (!t.text || !t.tags.includes('Adverb')) continue;
        const range = locate(sentence, t);
        if (range) result.adverbs.push(range);
      }
    }
  } catch {
    // compromise failing on odd input must never break analysis: no tags for this sentence.
  }
  taggedCount++;
  cache.set(sentence, result);
  return result;
}

// compromise tags "my"/"your" as Noun+Possessive without a noun subtype: those count as pronouns.
function countPos(pos: PosCounts, tags: string[]): void {
  pos.terms++;
  const pronoun =
    tags.includes('Pronoun') ||
    (tags.includes('Possessive') && !tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'ProperNoun'));
  if (pronoun) pos.pronouns++;
  else if (tags.includes('Noun')) pos.nouns++;
  if (tags.includes('Verb')) pos.verbs++;
  if (tags.includes('Adjective')) pos.adjectives++;
  if (tags.includes('Adverb')) pos.adverbs++;
}

// compromise offsets are UTF-16 offsets into the input; verify, and search nearby if they drift.
function locate(sentence: string, t: TermJson): Range | null {
  const { start, length } = t.offset;
  if (sentence.slice(start, start + length) === t.text) return [start, start + length];
  const near = sentence.indexOf(t.text, Math.max(0, start - 4));
  return near >= 0 ? [near, near + t.text.length] : null;
}

/** How many sentences went through compromise (for tests and the timing script). */
export function taggerStats(): { tagged: number; cached: number } {
  return { tagged: taggedCount, cached: cache.size };
}

export function clearTaggerCache(): void {
  cache.clear();
  taggedCount = 0;
}

/** Loads compromise's lexicon ahead of the first real analysis (first call costs ~50 ms). */
export function warmUpTagger(): void {
  nlp('warm up').json({ offset: true });
}
