// 1 when there is a sign of an attempt: "I tried…", code, or an error message (checks/signals.ts).
import type { Feature } from './feature';

export const showsAttempt: Feature = {
  id: 'shows-attempt',
  label: 'Shows what was tried',
  family: 'question',
  monotone: 1,
  compute: ({ stats }) => stats.signals.showsAttempt ? 1 : 0,
};
