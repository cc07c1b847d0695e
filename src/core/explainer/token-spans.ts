// Maps the model's tokens (plain strings) to where they are in the typed text. The model's encoder
// may tokenise differently from document/tokens.ts (the shipped model still uses its provisional
// `model-words-v1` word regex), so two span-aware tokenisations are aligned to the model tokens and
// the better one wins. A model token that cannot be aligned is still perturbable, just not pointable.
import { tokenize } from '../document/tokens';
import { sourceRange } from '../document/source-range';
import type { QuestionDocument } from '../document/question-document';
import type { SpanToken, TokenPlaces } from './model';

// Same regex and clean-up as model/default-encoder.ts (`model-words-v1`), with offsets kept.
const MODEL_WORD = /\p{L}[\p{L}\p{N}'’_-]*|\p{N}+/gu;

/** Span-aware twin of default-encoder's `wordTokens` over each prose block. */
export function modelWordSpanTokens(doc: QuestionDocument): SpanToken[] {
  const out: SpanToken[] = [];
  doc.prose.forEach((block, index) => {
    const field = block.kind === 'title' ? 'title' : (block.pieces[0]?.field ?? 'body');
    const lower = block.text.toLowerCase();
    for (const m of lower.matchAll(MODEL_WORD)) {
      const raw = m[0].replace(/’/g, "'");
      const text = raw.replace(/['_-]+$/, '');
      const from = m.index;
      const to = from + text.length;
      const span = sourceRange(block, from, to);
      out.push({ text, field, block: index, from, to, start: span?.start ?? null, end: span?.end ?? null });
    }
  });
  return out;
}

/** The shared document tokenizer's tokens (words and structure tokens with spans). */
export function documentSpanTokens(doc: QuestionDocument): SpanToken[] {
  return tokenize(doc).map((t) => ({ text: t.text, field: t.field, block: t.block, from: t.from, to: t.to, start: t.start, end: t.end }));
}

const LOOKAHEAD = 12;

/**
 * Greedy in-order alignment: model token i takes the next candidate with the same text within a small
 * window. Returns, per model token, its candidate or null, and how many tokens aligned.
 */
export function alignTokens(modelTokens: readonly string[], candidates: readonly SpanToken[]): { aligned: (SpanToken | null)[]; hits: number } {
  const aligned: (SpanToken | null)[] = new Array(modelTokens.length).fill(null);
  let j = 0;
  let hits = 0;
  for (let i = 0; i < modelTokens.length && j < candidates.length; i++) {
    const t = modelTokens[i];
    const limit = Math.min(candidates.length, j + LOOKAHEAD);
    for (let c = j; c < limit; c++) {
      if (candidates[c].text === t) {
        aligned[i] = candidates[c];
        j = c + 1;
        hits++;
        break;
      }
    }
  }
  return { aligned, hits };
}

/** Places of aligned tokens (an unaligned one: block -1, no span). */
export function placesOf(aligned: readonly (SpanToken | null)[]): TokenPlaces {
  const n = aligned.length;
  const block = new Int32Array(n).fill(-1);
  const from = new Int32Array(n).fill(-1);
  const to = new Int32Array(n).fill(-1);
  aligned.forEach((t, i) => {
    if (!t) return;
    block[i] = t.block;
    from[i] = t.from;
    to[i] = t.to;
  });
  return {
    length: n,
    block,
    from,
    to,
    span: (i) => {
      const t = aligned[i];
      return t && t.start !== null && t.end !== null ? { field: t.field, start: t.start, end: t.end } : null;
    },
  };
}

/** Where the model's tokens are in the typed text: the model's own places when it offers them, else the best alignment. */
export function alignToSource(doc: QuestionDocument, modelTokens: readonly string[], own?: TokenPlaces): TokenPlaces {
  if (own && own.length === modelTokens.length) return own;
  // The shared tokenizer first (what models use from document-tokens-v1 on); the legacy word regex only
  // when that leaves tokens unaligned. Built lazily: tokenising a 3,000-word question twice is not free.
  const options: Array<() => SpanToken[]> = [documentSpanTokens.bind(null, doc), modelWordSpanTokens.bind(null, doc)];
  let best = alignTokens(modelTokens, options[0]());
  for (let k = 1; k < options.length && best.hits < modelTokens.length; k++) {
    const next = alignTokens(modelTokens, options[k]());
    if (next.hits > best.hits) best = next;
  }
  return placesOf(best.aligned);
}
