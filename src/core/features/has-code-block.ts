// 1 when the body has a code block.
import type { Feature } from './feature';

export const hasCodeBlock: Feature = {
  id: 'has-code-block',
  label: 'Includes a code block',
  family: 'question',
  monotone: 1,
  compute: ({ stats }) => stats.signals.hasCodeBlock ? 1 : 0,
};
