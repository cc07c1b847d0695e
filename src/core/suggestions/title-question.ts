// A title that does not say what goes wrong, for a body that quotes the error: put the error in the title
// (title-rule.ts decides when a rewrite is more specific; a question form alone never is).
import { featurePenalty, fieldSpan, hasHeuristic, type SuggestionKind } from './suggestion';
import { specificTitle } from './title-rule';

export const titleQuestion: SuggestionKind = {
  id: 'title-question',
  checks: ['title-not-specific', 'title-too-short'],
  propose(ctx) {
    const rewritten = specificTitle(ctx.input.title, ctx.input.body);
    if (!rewritten) return [];
    const penalty = featurePenalty(ctx.explanation, ['title-question-mark', 'title-question-word', 'title-length']);
    const titleHurts = ctx.explanation.attributions.some(
      (a) => a.component.kind === 'sentence' && a.weight < 0 && a.component.spans[0]?.field === 'title',
    );
    if (
      penalty === 0 &&
      !titleHurts &&
      !hasHeuristic(ctx, 'title-not-specific') &&
      !hasHeuristic(ctx, 'title-too-short')
    )
      return [];
    return [
      {
        id: 'title-question',
        message: `Say in the title what goes wrong, e.g. “${rewritten}”.`,
        span: fieldSpan(ctx.input, 'title'),
        scope: 'field',
        priority: penalty + 0.001,
        apply: (input) => ({ ...input, title: rewritten }),
      },
    ];
  },
};
