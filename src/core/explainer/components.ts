// The interpretable components of ONE question: presence of its words (all occurrences of a word are
// one component; function words are not components), noise phrases (one component each), its sentences (all their tokens), and its hand
// features (own value vs the training-typical value). Capped so the explanation stays within budget.
import type { Span } from '../../shared/finding';
import type { QuestionDocument } from '../document/question-document';
import { sourceRange } from '../document/source-range';
import { sentences, type TextRange } from '../document/tokens';
import { Lru } from '../nlp/lru';
import type { SpanToken } from './model';
import { FUNCTION_WORDS } from './function-words';
import { NOISE_PHRASE, NOISE_WORDS } from './noise-lexicon';

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
  spans: Span[];
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
const isWord = (t: string) => WORDLIKE.test(t) && !(t.startsWith('<') && t.endsWith('>'));

// Noise phrase matches per block text (a keystroke changes one block; the regex is long).
const phraseCache = new Lru<string, readonly TextRange[]>(4096);
function noisePhrases(text: string): readonly TextRange[] {
  let out = phraseCache.get(text);
  if (!out) {
    out = [...text.matchAll(NOISE_PHRASE)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
    phraseCache.set(text, out);
  }
  return out;
}

export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function spanOf(t: SpanToken | null): Span | null {
  if (t && t.start !== null && t.end !== null) return { field: t.field, start: t.start, end: t.end };
  return null;
}

function mergeSpan(first: SpanToken | null, last: SpanToken | null): Span | null {
  if (!first || !last || first.start === null || last.end === null || first.field !== last.field || last.end <= first.start) return null;
  return { field: first.field, start: first.start, end: last.end };
}

export function buildComponents(
  doc: QuestionDocument,
  tokens: readonly string[],
  aligned: readonly (SpanToken | null)[],
  features: { values: readonly number[]; typical: readonly number[]; ids: readonly string[]; labels: readonly string[] },
  limits: ComponentLimits = DEFAULT_LIMITS,
): Component[] {
  // Token indices per prose block, in order, for phrase and sentence membership.
  const word = tokens.map(isWord);
  const byBlock = new Map<number, number[]>();
  aligned.forEach((a, i) => {
    if (!a || a.block < 0 || !word[i]) return;
    const list = byBlock.get(a.block) ?? [];
    list.push(i);
    byBlock.set(a.block, list);
  });
  const inRange = (block: number, from: number, to: number) =>
    (byBlock.get(block) ?? []).filter((i) => aligned[i]!.from >= from && aligned[i]!.to <= to);

  const phrases: Component[] = [];
  const inPhrase = new Set<number>();
  const sentenceRanges: { b: number; s: TextRange; idx: number[] }[] = [];
  doc.prose.forEach((block, b) => {
    for (const m of noisePhrases(block.text)) {
      const idx = inRange(b, m.from, m.to);
      if (idx.length === 0 || phrases.length >= limits.maxPhrases) continue;
      idx.forEach((i) => inPhrase.add(i));
      const text = m.text.toLowerCase().replace(/\s+/g, ' ');
      const span = mergeSpan(aligned[idx[0]], aligned[idx[idx.length - 1]]);
      phrases.push({
        kind: 'phrase', key: `phrase:${b}:${m.from}`, label: `the phrase “${text}”`, text, tokens: idx, feature: -1,
        spans: span ? [span] : [], words: idx.length, noise: true,
      });
    }
    for (const s of sentences(block)) {
      const idx = inRange(b, s.from, s.to);
      if (idx.length > 0) sentenceRanges.push({ b, s, idx });
    }
  });
  // Longest sentences are kept when there are too many: they matter most for length advice.
  const keptSentences: Component[] = sentenceRanges
    .sort((x, y) => y.idx.length - x.idx.length || x.idx[0] - y.idx[0])
    .slice(0, limits.maxSentences)
    .sort((x, y) => x.idx[0] - y.idx[0])
    .map(({ b, s, idx }) => {
      const block = doc.prose[b];
      // The whole sentence as typed (end punctuation included) when the block maps to source.
      const span = sourceRange(block, s.from, s.to) ?? mergeSpan(aligned[idx[0]], aligned[idx[idx.length - 1]]);
      const title = block.kind === 'title';
      return {
        kind: 'sentence', key: `sentence:${b}:${s.from}`, label: title ? `the title “${shorten(s.text)}”` : `sentence “${shorten(s.text)}”`,
        text: s.text, tokens: idx, feature: -1, spans: span ? [span] : [], words: idx.length, noise: false,
      };
    });

  // Words: every remaining occurrence of the same token text is one component (function words are not).
  const groups = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (!word[i] || inPhrase.has(i) || FUNCTION_WORDS.has(t)) return;
    const g = groups.get(t);
    if (g) g.push(i);
    else groups.set(t, [i]);
  });
  // Noise words first, then frequent, then longer (more specific), then first seen: deterministic.
  // Only the kept words get components (and their spans computed).
  const noise = (t: string) => Number(NOISE_WORDS.has(t));
  const keptWords = [...groups]
    .sort(([a, ai], [b, bi]) => noise(b) - noise(a) || bi.length - ai.length || b.length - a.length || ai[0] - bi[0])
    .slice(0, limits.maxWords);
  const words: Component[] = keptWords.map(([text, idx]) => ({
    kind: 'word' as const, key: `word:${text}`, label: `the word “${text}”`, text, tokens: idx, feature: -1,
    spans: idx.map((i) => spanOf(aligned[i])).filter((s): s is Span => s !== null), words: 1, noise: NOISE_WORDS.has(text),
  }));

  const feats: Component[] = [];
  features.values.forEach((v, j) => {
    const typical = features.typical[j];
    if (!(Math.abs(v - typical) > 1e-9 * Math.max(1, Math.abs(typical)))) return;
    const id = features.ids[j];
    feats.push({
      kind: 'feature', key: `feature:${id}`, label: features.labels[j] ?? id, text: id, tokens: [], feature: j, spans: [],
      words: 0, noise: false, value: v, typical,
    });
  });
  return [...phrases, ...words, ...keptSentences, ...feats];
}
