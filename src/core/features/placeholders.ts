// Unfilled template parts (log1p of their count; document/placeholders.ts says what counts). The model's
// view masks them (document/model-view.ts), so this feature is all the model knows of them.
import { placeholderCount } from '../document/model-view';
import type { Feature } from './feature';

export const placeholders: Feature = {
  id: 'placeholders',
  label: 'Unfilled template parts',
  absentLabel: 'No unfilled template parts',
  family: 'question',
  monotone: -1,
  compute: ({ doc }) => Math.log1p(placeholderCount(doc)),
};
