// No sign of an attempt: say what was tried and what happened.
import { appendToBody } from './edits';
import { ATTEMPT_STAND_IN } from './stand-ins';
import { featurePenalty, featureValue, fieldSpan, hasHeuristic, type SuggestionKind } from './suggestion';

export const ATTEMPT_TEMPLATE = 'I tried … but … happened.\n';

export const describeAttempt: SuggestionKind = {
  id: 'describe-attempt',
  checks: ['no-attempt'],
  propose(ctx) {
    const shows = featureValue(ctx.explanation, 'shows-attempt');
    if (shows !== undefined && shows > 0) return [];
    const penalty = featurePenalty(ctx.explanation, ['shows-attempt']);
    if (penalty === 0 && !hasHeuristic(ctx, 'no-attempt')) return [];
    return [
      {
        id: 'describe-attempt',
        message: 'Say what you tried and what happened, e.g. “I tried … but … happened.”',
        span: fieldSpan(ctx.input, 'body'),
        scope: 'field',
        priority: penalty + 0.001,
        apply: appendToBody(ATTEMPT_TEMPLATE),
        measure: appendToBody(ATTEMPT_STAND_IN),
      },
    ];
  },
};
