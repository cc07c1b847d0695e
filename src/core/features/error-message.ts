// 1 when an error message is quoted (signals) or a stack-trace-like line appears in code or prose.
import type { Feature } from './feature';

export const errorMessage: Feature = {
  id: 'error-message',
  label: 'Quotes an error message or stack trace',
  family: 'question',
  monotone: 1,
  compute: ({ stats }) => stats.signals.quotesErrorMessage || stats.stackTrace ? 1 : 0,
};
