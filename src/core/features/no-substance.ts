// 1 when the question holds nothing an answerer could check: no code that looks like code, no real error, no
// concrete detail, no attempt with details. A sum of the substance features cannot say "none of them" (the
// model's substance path is linear), so this says it; its weight can only lower the score.
import { codeLikeLines } from './code-substance';
import { concreteDetailCount } from './concrete-details';
import { errorMessage } from './error-message';
import type { Feature } from './feature';

export const noSubstance: Feature = {
  id: 'no-substance',
  label: 'Nothing concrete to check',
  absentLabel: 'Something concrete to check',
  family: 'question',
  monotone: -1,
  compute: (ctx) =>
    codeLikeLines(ctx.doc.codeBlocks.map((c) => c.code)) === 0 &&
    // A real error quoted anywhere, as error-message counts it (q-2026.12-1 read only stack traces here).
    errorMessage.compute(ctx) === 0 &&
    concreteDetailCount(ctx) === 0 &&
    ctx.doc.links.length === 0 &&
    ctx.doc.images === 0
      ? 1
      : 0,
};
