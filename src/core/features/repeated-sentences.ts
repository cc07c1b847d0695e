// Share of prose sentences (title included) that repeat an earlier one word for word: repetition adds
// length, not information, so a model must be able to see it.
import type { Feature } from './feature';
import { share } from './feature-stats';

export const repeatedSentences: Feature = {
  id: 'repeated-sentences',
  label: 'Repeated sentences',
  absentLabel: 'No repeated sentences',
  family: 'vocabulary',
  monotone: -1,
  compute: ({ stats }) => {
    const views = stats.check.title ? [stats.check.title, ...stats.check.body] : stats.check.body;
    const seen = new Set<string>();
    let sentences = 0;
    let repeats = 0;
    for (const v of views) {
      for (const s of v.analysis.sentences) {
        if (s.words.length < 2) continue;
        const key = s.words.map((w) => w.token).join(' ');
        sentences++;
        if (seen.has(key)) repeats++;
        else seen.add(key);
      }
    }
    return share(repeats, sentences);
  },
};
