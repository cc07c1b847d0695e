// Images in the body, log1p.
import type { Feature } from './feature';

export const images: Feature = {
  id: 'images',
  label: 'Images (count, log scale)',
  absentLabel: 'No images',
  family: 'question',
  compute: ({ doc }) => Math.log1p(doc.images),
};
