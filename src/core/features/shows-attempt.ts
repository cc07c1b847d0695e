// 1 when there is a sign of an attempt ("I tried…", code, an error message: checks/signals.ts) and the
// question holds something concrete (code that looks like code, a quoted error, a value, a name). "I tried everything"
// with
// nothing to check is filler, not an attempt an answerer can use.
import { codeLikeShare } from './code-substance';
import { concreteDetailCount } from './concrete-details';
import type { Feature } from './feature';

export const showsAttempt: Feature = {
  id: 'shows-attempt',
  label: 'Shows what was tried',
  absentLabel: 'Does not show what was tried',
  family: 'question',
  monotone: 1,
  compute: (ctx) =>
    ctx.stats.signals.showsAttempt &&
    (codeLikeShare(ctx.doc.codeBlocks.map((c) => c.code)) >= 0.5 ||
      ctx.stats.signals.quotesErrorMessage ||
      concreteDetailCount(ctx) > 0)
      ? 1
      : 0,
};
