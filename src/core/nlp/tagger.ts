// The one place compromise is used, in two depths:
// - `wordPosCounts`, the model's POS features: each word of a sentence tagged between its two neighbours by
//   the lexicon and first-pass rules (contractions, lexicon, preTagger), cached by the three words. A
//   keystroke then tags the two or three windows around the word being typed instead of re-tagging its
//   sentence (docs/performance.md). On 1,912 real sentences the counts equal the
//   whole sentence's first-pass counts for 85% of sentences (1.6 nouns and 0.6 verbs per 100 terms
//   differ); the model is trained on these very counts (q-2026.11-7's card);
// - `tagSentence`, the full tagger with its sentence-level corrections, for the adverb check's context cases
//   ("pretty slow" vs "a pretty printer"), which tags only sentences holding an undecided candidate.
import nlp from 'compromise/two';
import { registerCache } from '../cache-registry';
import { Lru } from '../util/lru';
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

const cache = registerCache('nlp/tagger: sentence tags', new Lru<string, SentenceTags>(4096));
// Word windows of recent questions (and of the prefixes of words being typed): small entries.
const posCache = new Lru<string, PosCounts>(16_384);
let taggedCount = 0;
registerCache('nlp/tagger: word-window POS counts', {
  get size() {
    return posCache.size;
  },
  clear() {
    posCache.clear();
    taggedCount = 0; // taggerStats counts the texts tagged since the last reset
  },
});

/** Adverbs of one sentence, from the full tagger (cached by its exact text). */
export function tagSentence(sentence: string): SentenceTags {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const result: SentenceTags = { adverbs: [] };
  for (const t of fullTerms(sentence)) {
    if (!t.text || !t.tags.includes('Adverb')) continue;
    const range = locate(sentence, t);
    if (range) result.adverbs.push(range);
  }
  cache.set(sentence, result);
  return result;
}

/** All-zero POS counts (to add others to). */
export function emptyPosCounts(): PosCounts {
  return { terms: 0, nouns: 0, verbs: 0, adjectives: 0, adverbs: 0, pronouns: 0 };
}

/**
 * Part-of-speech counts of `words[i]` (the terms compromise makes of it), tagged by the first pass between
 * its neighbours in the sentence; cached by the three words.
 */
export function wordPosCounts(words: readonly string[], i: number): PosCounts {
  const left = words[i - 1] ?? '';
  const word = words[i];
  const right = words[i + 1] ?? '';
  const key = `${left} ${word} ${right}`;
  const hit = posCache.get(key);
  if (hit) return hit;
  const pos = emptyPosCounts();
  const text = left ? key.trimEnd() : key.trim();
  const from = left ? left.length + 1 : 0;
  taggedCount++;
  try {
    const doc = nlp.tokenize(text);
    doc.compute(['contractions', 'lexicon', 'preTagger']);
    // The terms read directly (json() was ~30% of tagging a window): a term starts after its own and the
    // earlier terms' text and surrounding punctuation, which is json()'s offset (equal on 40,348 real windows).
    let at = 0;
    for (const sentence of (doc as unknown as { docs: RawTerm[][] }).docs) {
      for (const t of sentence) {
        at += t.pre.length;
        if (t.text && at >= from && at < from + word.length) countPos(pos, t.tags);
        at += t.text.length + t.post.length;
      }
    }
  } catch {
    // odd input compromise fails on: no counts for this word, never a broken analysis
  }
  posCache.set(key, pos);
  return pos;
}

/** compromise's own term objects (what json() is made from). */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
}

/**
 * A sentence's terms from the full tagger (none when compromise fails on odd input: that must never break analysis).
 */
function fullTerms(sentence: string): TermJson[] {
  taggedCount++;
  try {
    return (nlp(sentence).json({ offset: true }) as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  } catch {
    return [];
  }
}

// compromise tags "my"/"your" as Noun+Possessive without a noun subtype: those count as pronouns.
function countPos(pos: PosCounts, tags: ReadonlySet<string>): void {
  pos.terms++;
  const pronoun =
    tags.has('Pronoun') ||
    (tags.has('Possessive') && !tags.has('Singular') && !tags.has('Plural') && !tags.has('ProperNoun'));
  if (pronoun) pos.pronouns++;
  else if (tags.has('Noun')) pos.nouns++;
  if (tags.has('Verb')) pos.verbs++;
  if (tags.has('Adjective')) pos.adjectives++;
  if (tags.has('Adverb')) pos.adverbs++;
}

// compromise offsets are UTF-16 offsets into the input; verify, and search nearby if they drift.
function locate(sentence: string, t: TermJson): Range | null {
  const { start, length } = t.offset;
  if (sentence.slice(start, start + length) === t.text) return [start, start + length];
  const near = sentence.indexOf(t.text, Math.max(0, start - 4));
  return near >= 0 ? [near, near + t.text.length] : null;
}

/** How many texts (sentences, words) went through compromise (for tests and the timing script). */
export function taggerStats(): { tagged: number; cached: number } {
  return { tagged: taggedCount, cached: cache.size + posCache.size };
}

/**
 * Runs compromise's first pass once (what the model's features use), outside the caches: its first use builds
 * lookups, which a new worker then does while its model files are still being read.
 */
export function warmUpFirstPass(): void {
  try {
    nlp.tokenize('I tried running it quickly').compute(['contractions', 'lexicon', 'preTagger']);
  } catch {
    // nothing to warm where compromise fails; analyses then count no POS for such words (wordPosCounts)
  }
}

/** Runs the full tagger once (the adverb check's context cases): its first use builds the match net. */
export function warmUpFullTagger(): void {
  try {
    nlp('It runs pretty slowly.').json({ offset: true });
  } catch {
    // as above
  }
}

/** Loads compromise's lexicon and the full tagger ahead of the first real analysis. */
export function warmUpTagger(): void {
  warmUpFirstPass();
  warmUpFullTagger();
}
