// A title that is not a question: rewrite it as one ("How do I …?" / "Why does …?").
import { titleAsQuestion } from './edits';
import { TITLE_GAP_STAND_IN } from './stand-ins';
import { featurePenalty, fieldSpan, hasHeuristic, type SuggestionKind } from './suggestion';

export const titleQuestion: SuggestionKind = {
  id: 'title-question',
  checks: ['title-not-specific', 'title-too-short'],
  propose(ctx) {
    const rewritten = titleAsQuestion(ctx.input.title);
    if (!rewritten) return [];
    // The fallback rewrite is a template ("X: how do I …?"): measured with its gap filled.
    const filled = titleAsQuestion(ctx.input.title, TITLE_GAP_STAND_IN)!;
    const template = filled !== rewritten;
    const penalty = featurePenalty(ctx.explanation, ['title-question-mark', 'title-question-word', 'title-length']);
    const titleHurts = ctx.explanation.attributions.some((a) => a.component.kind === 'sentence' && a.weight < 0 && a.component.spans[0]?.field === 'title');
    if (penalty === 0 && !titleHurts && !hasHeuristic(ctx, 'title-not-specific')) return [];
    return [{
      id: 'title-question',
      message: `Make the title a specific question, e.g. “${rewritten}”`,
      span: fieldSpan(ctx.input, 'title'),
      scope: 'field',
      priority: penalty + 0.001,
      apply: (input) => ({ ...input, title: rewritten }),
      ...(template ? { measure: (input) => ({ ...input, title: filled }) } : {}),
    }];
  },
};
