// Sentences long enough that readers lose the thread; points at the sentence.
import type { Finding } from '../../shared/finding';
import { allProse, spanFinding, type Check } from './check';

export const LONG_SENTENCE_WORDS = 30;
export const VERY_LONG_SENTENCE_WORDS = 45;

export const longSentence: Check = {
  id: 'long-sentence',
  title: 'Long sentences',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      for (const s of v.analysis.sentences) {
        const n = s.words.length;
        if (n < LONG_SENTENCE_WORDS) continue;
        const severity = n >= VERY_LONG_SENTENCE_WORDS ? 'warning' : 'info';
        out.push(
          spanFinding(
            ctx,
            v,
            s.start,
            s.end,
            'long-sentence',
            severity,
            `This sentence has ${n} words; split it into shorter sentences (under ${LONG_SENTENCE_WORDS} words each).`,
          ),
        );
      }
    }
    return out;
  },
};
