// Maps the model's tokens (plain strings) to where they are in the typed text. A model on the shared
// tokenizer (document/tokens.ts) gives its tokens' places itself; for a model whose encoder tokenises
// otherwise (title markers, other word rules), its tokens are aligned to the shared tokenizer's tokens.
// A model token that cannot be aligned is still perturbable, just not pointable.
import { tokenize } from '../document/tokens';
import type { QuestionDocument } from '../document/question-document';
import type { SpanToken, TokenPlaces } from './model';

/** The shared document tokenizer's tokens (words and structure tokens with spans). */
export function documentSpanTokens(doc: QuestionDocument): SpanToken[] {
  return tokenize(doc).map((t) => ({
    text: t.text,
    field: t.field,
    block: t.block,
    from: t.from,
    to: t.to,
    start: t.start,
    end: t.end,
  }));
}

const LOOKAHEAD = 12;

/**
 * Greedy in-order alignment: model token i takes the next candidate with the same text within a small
 * window. Returns, per model token, its candidate or null, and how many tokens aligned.
 */
export function alignTokens(
  modelTokens: readonly string[],
  candidates: readonly SpanToken[],
): { aligned: (SpanToken | null)[]; hits: number } {
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

/** Where the model's tokens are in the typed text: the model's own places when it offers them, else their alignment. */
export function alignToSource(doc: QuestionDocument, modelTokens: readonly string[], own?: TokenPlaces): TokenPlaces {
  if (own && own.length === modelTokens.length) return own;
  return placesOf(alignTokens(modelTokens, documentSpanTokens(doc)).aligned);
}
