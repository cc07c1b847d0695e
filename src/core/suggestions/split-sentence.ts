// Long sentences the model holds against the question (or that the length check flags): split them.
import type { Span } from '../../shared/finding';
import { splitSentence } from './edits';
import { featurePenalty, type Candidate, type SuggestionKind } from './suggestion';

export const SPLIT_MIN_WORDS = 25;
const MAX_SPLITS = 2;

const overlaps = (a: Span, b: Span) => a.field === b.field && a.start < b.end && b.start < a.end;

export const splitLongSentence: SuggestionKind = {
  id: 'split-sentence',
  checks: ['long-sentence'],
  propose(ctx) {
    const flagged = ctx.heuristicFindings
      .filter((f) => f.id === 'long-sentence' && f.scope === 'span')
      .map((f) => f.span);
    const lengthPenalty = featurePenalty(ctx.explanation, ['words-per-sentence']);
    const code = ctx.doc.codeRanges;
    const out: Candidate[] = [];
    const long = ctx.explanation.attributions
      .filter(
        (a) =>
          a.component.kind === 'sentence' && a.component.words >= SPLIT_MIN_WORDS && a.component.spans.length === 1,
      )
      .filter((a) => a.weight < 0 || lengthPenalty > 0 || flagged.some((f) => overlaps(f, a.component.spans[0])))
      .sort((a, b) => a.weight - b.weight || b.component.words - a.component.words);
    for (const a of long) {
      if (out.length >= MAX_SPLITS) break;
      const span = a.component.spans[0];
      const blocked = (i: number) => span.field === 'body' && code.some(([s, e]) => i >= s && i < e);
      if (splitSentence(ctx.input[span.field], span.start, span.end, blocked) === null) continue;
      out.push({
        id: 'split-sentence',
        message: `Split this ${a.component.words}-word sentence into two.`,
        span,
        scope: 'span',
        priority: Math.max(0, -a.weight) + lengthPenalty + 0.0005,
        apply(input) {
          const next = splitSentence(input[span.field], span.start, span.end, blocked);
          return next === null ? input : { ...input, [span.field]: next };
        },
      });
    }
    return out;
  },
};
