// 1 when the body has a code block. Not monotone: a block of nonsense must be able to earn nothing
// (code-substance, which is monotone, says whether it holds code).
import type { Feature } from './feature';

export const hasCodeBlock: Feature = {
  id: 'has-code-block',
  label: 'Includes a code block',
  absentLabel: 'No code block',
  family: 'question',
  compute: ({ stats }) => (stats.signals.hasCodeBlock ? 1 : 0),
};
