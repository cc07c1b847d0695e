// Nothing is asked: end with the question that should be answered.
import { appendToBody } from './edits';
import { QUESTION_STAND_IN } from './stand-ins';
import { featurePenalty, featureValue, fieldSpan, hasHeuristic, type SuggestionKind } from './suggestion';

export const QUESTION_TEMPLATE = 'How can I …?\n';

export const addQuestion: SuggestionKind = {
  id: 'add-question',
  checks: ['no-question'],
  propose(ctx) {
    const asked = featureValue(ctx.explanation, 'question-asked');
    if (asked !== undefined && asked > 0) return [];
    const penalty = featurePenalty(ctx.explanation, ['question-asked', 'question-mark-rate']);
    if (penalty === 0 && !hasHeuristic(ctx, 'no-question')) return [];
    return [
      {
        id: 'add-question',
        message: 'End with the exact question you want answered, e.g. “How can I …?”',
        span: fieldSpan(ctx.input, 'body'),
        scope: 'field',
        priority: penalty + 0.001,
        apply: appendToBody(QUESTION_TEMPLATE),
        measure: appendToBody(QUESTION_STAND_IN),
      },
    ];
  },
};
