// Inline code spans that hold code (log1p): `sort()`, `user_id`, `HEAD`, `--force`, not a plain word in
// backticks (`however`), which is formatting, not a detail.
import { isCodeLikeInline } from './concrete-details';
import type { Feature } from './feature';

export const inlineCode: Feature = {
  id: 'inline-code',
  label: 'Inline code (count, log scale)',
  absentLabel: 'No inline code',
  family: 'question',
  monotone: 1,
  compute: ({ doc }) => Math.log1p(doc.inlineCode.filter((c) => isCodeLikeInline(c.code)).length),
};
