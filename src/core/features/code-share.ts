// Code characters (blocks and inline) / (code + body prose characters).
import type { Feature } from './feature';
import { share } from './feature-stats';

export const codeShare: Feature = {
  id: 'code-share',
  label: 'Share of the body that is code',
  absentLabel: 'No code in the body',
  family: 'question',
  compute: ({ stats }) => share(stats.codeChars, stats.codeChars + stats.bodyProseChars),
};
