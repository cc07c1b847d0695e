// Share of prose words written in capitals that are not acronyms (the shouting check's rule).
import type { Feature } from './feature';
import { share } from './feature-stats';

export const allCapsShare: Feature = {
  id: 'all-caps-share',
  label: 'Words in ALL CAPS',
  absentLabel: 'No words in ALL CAPS',
  family: 'question',
  compute: ({ stats }) => share(stats.prose.capsWords, stats.prose.words),
};
