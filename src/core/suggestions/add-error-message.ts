// An error is mentioned but not quoted: the exact message is what people search for.
import { blockMemo } from '../nlp/block-memo';
import type { ProseBlock } from '../document/question-document';
import { appendToBody } from './edits';
import { ERROR_STAND_IN } from './stand-ins';
import { featurePenalty, featureValue, fieldSpan, type SuggestionKind } from './suggestion';

export const ERROR_TEMPLATE = '```\nError: …\n```\n';

const MENTIONS_ERROR = /\b(?:error|errors|exception|crash(?:es|ed|ing)?|fails?|failed|traceback|stack ?trace)\b/i;
const QUOTED_ERROR = /\b(?:[A-Z]\w*(?:Error|Exception)\b|(?:[Ee]rror|ERROR|[Ff]atal|FATAL):\s|Traceback\b)/;

// Per block text (a keystroke changes one block). "Error:" ending a block counts as quoted when another
// block follows, as it did when the prose was tested as one text joined by newlines.
const blockFacts = blockMemo<{ mentions: boolean; quoted: boolean; colonAtEnd: boolean }>(
  'suggestions/add-error-message: block facts',
  2048,
);
const LABEL_AT_END = /(?:[Ee]rror|ERROR|[Ff]atal|FATAL):$/;

function mentionsUnquotedError(prose: readonly ProseBlock[]): boolean {
  let mentions = false;
  for (let i = 0; i < prose.length; i++) {
    const text = prose[i].text;
    const f = blockFacts(text, () => ({
      mentions: MENTIONS_ERROR.test(text),
      quoted: QUOTED_ERROR.test(text),
      colonAtEnd: LABEL_AT_END.test(text),
    }));
    if (f.quoted || (f.colonAtEnd && i < prose.length - 1)) return false;
    mentions ||= f.mentions;
  }
  return mentions;
}

export const addErrorMessage: SuggestionKind = {
  id: 'add-error-message',
  checks: ['no-attempt'],
  propose(ctx) {
    const quoted = featureValue(ctx.explanation, 'error-message');
    if (quoted !== undefined && quoted > 0) return [];
    if (!mentionsUnquotedError(ctx.doc.prose) || ctx.doc.codeBlocks.some((c) => QUOTED_ERROR.test(c.code))) return [];
    return [
      {
        id: 'add-error-message',
        message: 'Add the exact error message (copy it into a code block).',
        span: fieldSpan(ctx.input, 'body'),
        scope: 'field',
        priority: featurePenalty(ctx.explanation, ['error-message']) + 0.002,
        apply: appendToBody(ERROR_TEMPLATE),
        measure: appendToBody(ERROR_STAND_IN),
      },
    ];
  },
};
