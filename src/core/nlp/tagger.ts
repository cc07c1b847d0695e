// The one place compromise is used, in two depths, each cached per sentence text (a keystroke re-tags one sentence):
// - `posCounts`, the model's POS features, for every prose sentence: the lexicon and first-pass rules only
//   (contractions, lexicon, preTagger), ~0.4 ms per sentence against ~1.2 ms for the full tagger on 3,923 real
//   sentences; the model trained on these counts scores as well (q-2026.11-6's card);
// - `tagSentence`, the full tagger with its sentence-level corrections, for the adverb check's context cases
//   ("pretty slow" vs "a pretty printer"), which tags only sentences holding an undecided candidate.
import nlp from 'compromise/two';
import { Lru } from './lru';
import type { Range } from './text-stats';

export interface SentenceTags {
  /** Adverbs as [start, end) offsets into the sentence text. */
  adverbs: Range[];
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
const posCache = new Lru<string, PosCounts>(4096);
let taggedCount = 0;

/** Adverbs of one sentence, from the full tagger (cached by its exact text). */
export function tagSentence(sentence: string): SentenceTags {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const result: SentenceTags = { adverbs: [] };
  for (const t of terms(sentence, () => nlp(sentence))) {
    if (!t.text || !t.tags.includes('Adverb')) continue;
    const range = locate(sentence, t);
    if (range) result.adverbs.push(range);
  }
  cache.set(sentence, result);
  return result;
}

/** Part-of-speech counts over one sentence's terms, from the first-pass tags (cached by its exact text). */
export function posCounts(sentence: string): PosCounts {
  const hit = posCache.get(sentence);
  if (hit) return hit;
  const pos: PosCounts = { terms: 0, nouns: 0, verbs: 0, adjectives: 0, adverbs: 0, pronouns: 0 };
  const firstPass = () => {
    const doc = nlp.tokenize(sentence);
    doc.compute(['contractions', 'lexicon', 'preTagger']);
    return doc;
  };
  for (const t of terms(sentence, firstPass)) if (t.text) countPos(pos, t.tags);
  posCache.set(sentence, pos);
  return pos;
}

/** The tagged terms of one sentence (none when compromise fails on odd input: that must never break analysis). */
function terms(sentence: string, tag: () => ReturnType<typeof nlp>): TermJson[] {
  taggedCount++;
  try {
    return (tag().json({ offset: true }) as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  } catch {
    return [];
  }
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
  return { tagged: taggedCount, cached: cache.size + posCache.size };
}

export function clearTaggerCache(): void {
  cache.clear();
  posCache.clear();
  taggedCount = 0;
}

/** Loads compromise's lexicon ahead of the first real analysis (first call costs ~50 ms). */
export function warmUpTagger(): void {
  tagSentence('warm up');
  posCounts('warm up');
}
