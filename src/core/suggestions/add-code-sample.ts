// No code at all: a minimal code sample is what most answers need first.
import { appendToBody } from './edits';
import { CODE_STAND_IN } from './stand-ins';
import { featurePenalty, fieldSpan, hasHeuristic, type SuggestionKind } from './suggestion';

export const CODE_TEMPLATE = '```\n// the smallest code that shows the problem\n```\n';

export const addCodeSample: SuggestionKind = {
  id: 'add-code-sample',
  checks: ['no-attempt', 'body-too-short'],
  propose(ctx) {
    // Code typed as prose is there already: format-code fences it (and would rank below this otherwise).
    if (ctx.doc.codeBlocks.length > 0 || hasHeuristic(ctx, 'code-not-formatted')) return [];
    const penalty = featurePenalty(ctx.explanation, ['has-code-block', 'code-share']);
    if (penalty === 0 && !hasHeuristic(ctx, 'no-attempt')) return [];
    return [
      {
        id: 'add-code-sample',
        message: 'Add a minimal code sample in a code block (``` fences) that shows the problem.',
        span: fieldSpan(ctx.input, 'body'),
        scope: 'field',
        priority: penalty + 0.001,
        apply: appendToBody(CODE_TEMPLATE),
        measure: appendToBody(CODE_STAND_IN),
      },
    ];
  },
};
