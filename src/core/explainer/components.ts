// The interpretable components of ONE question: presence of its words (all occurrences of a word are
// one component; function words are not components; one-word noise phrases are noise words), noise phrases (all
// occurrences of one phrase are one component), its sentences (all their tokens), and its hand
// features (own value vs the training-typical value). Capped so the explanation stays within budget.
import type { Span } from '../../shared/finding';
import type { QuestionDocument } from '../document/question-document';
import { sourceRange } from '../document/source-range';
import { analyseBlock } from '../nlp/block-analysis';
import type { SentenceInfo } from '../nlp/text-stats';
import type { TokenPlaces } from './model';
import { FUNCTION_WORDS } from './function-words';

export type ComponentKind = 'word' | 'phrase' | 'sentence' | 'feature';

export interface Component {
  kind: ComponentKind;
  /** Stable within one question, e.g. `word:urgent`, `sentence:2:0`, `feature:has-code-block`. */
  key: string;
  /** Display label a user understands. */
  label: string;
  /** The word, phrase or sentence text (normalised), or the feature id. */
  text: string;
  /** Model token indices this component removes (empty for features). */
  tokens: number[];
  /** Feature column, -1 for text components. */
  feature: number;
  /** Source spans of the component's occurrences (empty when not pointable, and for features). */
  readonly spans: Span[];
  /** Words in it (sentences and phrases). */
  words: number;
  /** A greeting/thanks/urgency word or phrase. */
  noise: boolean;
  /** Feature: own raw value and the typical value it is replaced by. */
  value?: number;
  typical?: number;
}

export interface ComponentLimits {
  maxWords: number;
  maxPhrases: number;
  maxSentences: number;
}

export const DEFAULT_LIMITS: ComponentLimits = { maxWords: 40, maxPhrases: 10, maxSentences: 30 };

const WORDLIKE = /[\p{L}\p{N}]/u;
function isWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true; // the common case, without the regex
  return WORDLIKE.test(t) && !(t.startsWith('<') && t.endsWith('>'));
}

export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One span from the first token's start to the last token's end, when both have spans in one field. */
function mergeSpan(places: TokenPlaces, first: number, last: number): Span | null {
  const a = places.span(first);
  const b = first === last ? a : places.span(last);
  if (!a || !b || a.field !== b.field || b.end <= a.start) return null;
  return { field: a.field, start: a.start, end: b.end };
}

/**
 * Every component is one of these. Spans may be computed when first read: a frequent word occurs hundreds
 * of times in a long question, and only a few words' spans are ever shown (noise words, which a suggestion
 * removes).
 */
class ComponentRecord implements Component {
  private computed: Span[] | undefined;
  private readonly spansOf: (() => Span[]) | undefined;

  constructor(
    readonly kind: ComponentKind,
    readonly key: string,
    readonly label: string,
    readonly text: string,
    readonly tokens: number[],
    readonly feature: number,
    spans: Span[] | (() => Span[]),
    readonly words: number,
    readonly noise: boolean,
    readonly value?: number,
    readonly typical?: number,
  ) {
    if (typeof spans === 'function') this.spansOf = spans;
    else this.computed = spans;
  }

  get spans(): Span[] {
    this.computed ??= this.spansOf!();
    return this.computed;
  }
}

/**
 * The word tokens of each prose block, in text order, as one index array with per-block bounds (a
 * counting sort by block): a sentence or phrase finds its tokens by binary search, not by a scan.
 */
function wordsByBlock(blocks: number, places: TokenPlaces, word: Uint8Array): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(blocks + 1);
  const placed = (i: number) => word[i] === 1 && places.block[i] >= 0 && places.block[i] < blocks;
  for (let i = 0; i < places.length; i++) if (placed(i)) start[places.block[i] + 1]++;
  for (let b = 0; b < blocks; b++) start[b + 1] += start[b];
  const next = start.slice(0, blocks);
  const order = new Int32Array(start[blocks]);
  for (let i = 0; i < places.length; i++) if (placed(i)) order[next[places.block[i]]++] = i;
  return { order, start };
}

function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The hand features whose own value differs from the typical one. */
function featureComponents(features: FeatureValues): Component[] {
  const out: Component[] = [];
  for (let j = 0; j < features.values.length; j++) {
    const v = features.values[j];
    const typical = features.typical[j];
    if (!(Math.abs(v - typical) > 1e-9 * Math.max(1, Math.abs(typical)))) continue;
    const id = features.ids[j];
    const label = (v === 0 ? features.absentLabels?.[j] : undefined) ?? features.labels[j] ?? id;
    out.push(new ComponentRecord('feature', `feature:${id}`, label, id, [], j, [], 0, false, v, typical));
  }
  return out;
}

/** The question's hand features: own values, typical values, ids and labels (parallel arrays). */
export interface FeatureValues {
  values: readonly number[];
  typical: readonly number[];
  ids: readonly string[];
  labels: readonly string[];
  /** Label when the value is 0 (the thing is absent); undefined entries keep `labels`. */
  absentLabels?: readonly (string | undefined)[];
}

export function buildComponents(
  doc: QuestionDocument,
  tokens: readonly string[],
  places: TokenPlaces,
  features: FeatureValues,
  limits: ComponentLimits = DEFAULT_LIMITS,
): Component[] {
  // Word tokens (structure tokens never are); an unplaced word is still a word component, just not pointable.
  const word = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (isWord(tokens[i])) word[i] = 1;
  // Sentences and phrases hold all their prose tokens (`<num>` and `<url>` too): a sentence's word count is
  // the one the checks and features count (nlp/block-analysis).
  const prose = new Uint8Array(tokens.length).fill(1);
  const index = new BlockWords(doc.prose.length, places, prose);
  const inPhrase = new Uint8Array(tokens.length);
  // One function per component kind.
  const phrases = phraseComponents(doc, index, inPhrase, limits.maxPhrases);
  const sentences = keptSentenceComponents(doc, sentenceCandidates(doc, index), index, limits.maxSentences);
  const words = wordComponents(tokens, word, inPhrase, places, limits.maxWords);
  return [...phrases, ...words, ...sentences, ...featureComponents(features)];
}

/**
 * The word tokens of each prose block, in text order: a range of a block's text holds the word tokens
 * order[lo..hi) found by binary search (minus any that reach past its end). Kept as numbers, since a long
 * question has hundreds of sentences and only the kept ones need their token lists.
 */
class BlockWords {
  readonly order: Int32Array;
  readonly start: Int32Array;

  constructor(
    blocks: number,
    readonly places: TokenPlaces,
    word: Uint8Array,
  ) {
    ({ order: this.order, start: this.start } = wordsByBlock(blocks, places, word));
  }

  /** First word of `block` starting at or after `from`. */
  lower(block: number, from: number): number {
    let lo = this.start[block];
    let hi = this.start[block + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.places.from[this.order[mid]] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** End of the words of `block` from `lo` that start before `to`. */
  upper(block: number, lo: number, to: number): number {
    let hi = lo;
    while (hi < this.start[block + 1] && this.places.from[this.order[hi]] < to) hi++;
    return hi;
  }

  /** The tokens of order[lo..hi) that end by `to`. */
  tokensIn(lo: number, hi: number, to: number): number[] {
    const out: number[] = [];
    for (let k = lo; k < hi; k++) if (this.places.to[this.order[k]] <= to) out.push(this.order[k]);
    return out;
  }
}

// `inPhrase` marks: a token of a multi-word noise phrase, or a one-word noise phrase.
const IN_PHRASE = 1;
const NOISE_WORD = 2;

/**
 * Noise phrases of the one lexicon (nlp/noise-lexicon.ts, the noise check's phrases): all occurrences of the
 * same multi-word phrase are one component (at most `max` phrases); marks their tokens in `inPhrase`. A
 * one-word phrase ("urgent") becomes a noise word component (wordComponents), all its occurrences as one.
 */
function phraseComponents(doc: QuestionDocument, index: BlockWords, inPhrase: Uint8Array, max: number): Component[] {
  const byText = new Map<string, { key: string; idx: number[]; spans: Span[]; words: number }>();
  for (let b = 0; b < doc.prose.length; b++) {
    for (const m of analyseBlock(doc.prose[b].text).noise) {
      const lo = index.lower(b, m.from);
      const idx = index.tokensIn(lo, index.upper(b, lo, m.to), m.to);
      if (idx.length === 0) continue;
      if (idx.length === 1) {
        inPhrase[idx[0]] = NOISE_WORD; // a one-word phrase ("urgent", "thanks") is a noise word component
        continue;
      }
      const text = m.text.toLowerCase().replace(/\s+/g, ' ');
      let g = byText.get(text);
      if (!g) {
        if (byText.size >= max) continue;
        g = { key: `phrase:${b}:${m.from}`, idx: [], spans: [], words: idx.length };
        byText.set(text, g);
      }
      for (const i of idx) {
        inPhrase[i] = IN_PHRASE;
        g.idx.push(i);
      }
      const span = mergeSpan(index.places, idx[0], idx[idx.length - 1]);
      if (span) g.spans.push(span);
    }
  }
  const phrases: Component[] = [];
  for (const [text, g] of byText) {
    phrases.push(new ComponentRecord('phrase', g.key, `the phrase “${text}”`, text, g.idx, -1, g.spans, g.words, true));
  }
  return phrases;
}

/** Sentences with word tokens, as parallel arrays: block, range in its text, word range, count and first token. */
interface SentenceCandidates {
  block: number[];
  range: SentenceInfo[];
  lo: number[];
  hi: number[];
  size: number[];
  first: number[];
}

function sentenceCandidates(doc: QuestionDocument, index: BlockWords): SentenceCandidates {
  const c: SentenceCandidates = { block: [], range: [], lo: [], hi: [], size: [], first: [] };
  const { order, places } = index;
  for (let b = 0; b < doc.prose.length; b++) {
    for (const s of analyseBlock(doc.prose[b].text).sentences) {
      const lo = index.lower(b, s.start);
      const hi = index.upper(b, lo, s.end);
      let size = 0;
      let first = -1;
      for (let k = lo; k < hi; k++) {
        if (places.to[order[k]] > s.end) continue;
        if (size++ === 0) first = order[k];
      }
      if (size === 0) continue;
      c.block.push(b);
      c.range.push(s);
      c.lo.push(lo);
      c.hi.push(hi);
      c.size.push(size);
      c.first.push(first);
    }
  }
  return c;
}

/** The longest sentences (at most `max`: they matter most for length advice), in text order. */
function keptSentenceComponents(
  doc: QuestionDocument,
  c: SentenceCandidates,
  index: BlockWords,
  max: number,
): Component[] {
  return indices(c.block.length)
    .sort((x, y) => c.size[y] - c.size[x] || c.first[x] - c.first[y])
    .slice(0, max)
    .sort((x, y) => c.first[x] - c.first[y])
    .map((k) => {
      const b = c.block[k];
      const s = c.range[k];
      const idx = index.tokensIn(c.lo[k], c.hi[k], s.end);
      const block = doc.prose[b];
      // The whole sentence as typed (end punctuation included) when the block maps to source.
      const span = sourceRange(block, s.start, s.end) ?? mergeSpan(index.places, idx[0], idx[idx.length - 1]);
      const title = block.kind === 'title';
      const label = title ? `the title “${shorten(s.text)}”` : `sentence “${shorten(s.text)}”`;
      return new ComponentRecord(
        'sentence',
        `sentence:${b}:${s.start}`,
        label,
        s.text,
        idx,
        -1,
        span ? [span] : [],
        idx.length,
        false,
      );
    });
}

/**
 * Words: every occurrence of the same token text outside noise phrases is one component (function words
 * are not). Each distinct text gets a group id (one map lookup per token); only the kept groups (at most
 * `max`) get index lists.
 */
function wordComponents(
  tokens: readonly string[],
  word: Uint8Array,
  inPhrase: Uint8Array,
  places: TokenPlaces,
  max: number,
): Component[] {
  const groupOf = new Map<string, number>();
  const groupIds = new Int32Array(tokens.length).fill(-1);
  const texts: string[] = [];
  const sizes: number[] = [];
  const noise: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A one-word noise phrase of the lexicon (inPhrase 2) is a noise word; its other occurrences ("hello
    // world" after a leading "Hello,") are a word of their own.
    const isNoise = inPhrase[i] === NOISE_WORD;
    if (!word[i] || inPhrase[i] === IN_PHRASE || (!isNoise && FUNCTION_WORDS.has(t))) continue;
    const key = isNoise ? `\u0001${t}` : t;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = texts.length;
      groupOf.set(key, g);
      texts.push(t);
      sizes.push(0);
      noise.push(Number(isNoise));
    }
    sizes[g]++;
    groupIds[i] = g;
  }
  // Noise words first, then frequent, then longer (more specific), then first seen (ids are in first-seen
  // order): deterministic. Only the kept words get components (and their spans computed).
  const kept = indices(texts.length)
    .sort((a, b) => noise[b] - noise[a] || sizes[b] - sizes[a] || texts[b].length - texts[a].length || a - b)
    .slice(0, max);
  const rank = new Int32Array(texts.length).fill(-1);
  kept.forEach((g, r) => {
    rank[g] = r;
  });
  const occurrences: number[][] = [];
  for (let r = 0; r < kept.length; r++) occurrences.push([]);
  for (let i = 0; i < groupIds.length; i++) {
    const r = groupIds[i] >= 0 ? rank[groupIds[i]] : -1;
    if (r >= 0) occurrences[r].push(i);
  }
  return kept.map((g, r) => {
    const text = texts[g];
    const idx = occurrences[r];
    const spans = () => idx.map((i) => places.span(i)).filter((s): s is Span => s !== null);
    const twin = noise[g] === 0 && groupOf.has(`\u0001${text}`);
    return new ComponentRecord(
      'word',
      twin ? `word:${text}:other` : `word:${text}`,
      `the word “${text}”`,
      text,
      idx,
      -1,
      spans,
      1,
      noise[g] === 1,
    );
  });
}
