// Links in the body, log1p.
import type { Feature } from './feature';

export const links: Feature = {
  id: 'links',
  label: 'Links (count, log scale)',
  absentLabel: 'No links',
  family: 'question',
  compute: ({ doc }) => Math.log1p(doc.links.length),
};
