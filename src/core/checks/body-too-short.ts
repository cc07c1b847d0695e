// A body needs enough prose to explain the goal, the problem and what was tried. Code does not count:
// a code dump with one line of text still needs explaining.
import { fieldFinding, type Check } from './check';

export const BODY_MIN_WORDS = 25;
/** With a code block, fewer words can explain it. */
export const BODY_MIN_WORDS_WITH_CODE = 15;

export const bodyTooShort: Check = {
  id: 'body-too-short',
  title: 'Body too short',
  run(ctx) {
    if (ctx.doc.body.trim().length === 0) {
      return [
        fieldFinding(
          ctx.doc,
          'body-too-short',
          'body',
          'error',
          'The body is empty: describe what you want to do, what happens instead, and what you tried.',
        ),
      ];
    }
    const n = ctx.signals.bodyWords;
    if (n >= (ctx.signals.hasCodeBlock ? BODY_MIN_WORDS_WITH_CODE : BODY_MIN_WORDS)) return [];
    const message = ctx.signals.hasCodeBlock
      ? `Only ${n} word${n === 1 ? '' : 's'} explain the code: say what it should do and what it does instead.`
      : `The body is short (${n} word${n === 1 ? '' : 's'}): describe what you want to do, what happens instead, and what you tried.`;
    return [fieldFinding(ctx.doc, 'body-too-short', 'body', 'warning', message)];
  },
};
