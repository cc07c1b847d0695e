// Inline code spans (`like this`), log1p.
import type { Feature } from './feature';

export const inlineCode: Feature = {
  id: 'inline-code',
  label: 'Inline code (count, log scale)',
  family: 'question',
  compute: ({ doc }) => Math.log1p(doc.inlineCode.length),
};
