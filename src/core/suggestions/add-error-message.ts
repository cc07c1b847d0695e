// An error is mentioned but not quoted: the exact message is what people search for.
import { appendBlock } from './edits';
import { featurePenalty, featureValue, fieldSpan, type SuggestionKind } from './suggestion';

export const ERROR_TEMPLATE = '```\nError: …\n```\n';

const MENTIONS_ERROR = /\b(?:error|errors|exception|crash(?:es|ed|ing)?|fails?|failed|traceback|stack ?trace)\b/i;
const QUOTED_ERROR = /\b(?:[A-Z]\w*(?:Error|Exception)\b|(?:[Ee]rror|ERROR|[Ff]atal|FATAL):\s|Traceback\b)/;

export const addErrorMessage: SuggestionKind = {
  id: 'add-error-message',
  checks: ['no-attempt'],
  propose(ctx) {
    const quoted = featureValue(ctx.explanation, 'error-message');
    if (quoted !== undefined && quoted > 0) return [];
    const prose = ctx.doc.prose.map((b) => b.text).join('\n');
    if (!MENTIONS_ERROR.test(prose) || QUOTED_ERROR.test(prose) || ctx.doc.codeBlocks.some((c) => QUOTED_ERROR.test(c.code))) return [];
    return [{
      id: 'add-error-message',
      message: 'Add the exact error message (copy it into a code block).',
      span: fieldSpan(ctx.input, 'body'),
      scope: 'field',
      priority: featurePenalty(ctx.explanation, ['error-message']) + 0.002,
      apply: (input) => ({ ...input, body: appendBlock(input.body, ERROR_TEMPLATE) }),
    }];
  },
};
