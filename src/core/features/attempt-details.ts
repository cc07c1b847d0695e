// Sentences that say what was tried, what was expected or what happened, with something concrete in them
// (log1p of their count): a value, a name, a quoted output. (Not inline code: the prose has a space where it
// was, and HTML questions carry no positions to find it, so Markdown and HTML would disagree.) "I tried everything" is
// filler;
// "I tried `how="left"`, which fills every volume with NaN" is what lets an answerer reproduce the problem.
import { blockMemo } from '../nlp/block-memo';
import type { SentenceInfo } from '../nlp/text-stats';
import { isConcreteWord, QUOTED } from './concrete-details';
import type { Feature } from './feature';

const ATTEMPT_OR_RESULT =
  /\b(?:tried|try|trying|attempted|tested|checked|changed|added|removed|ran|run|running|used|using|set|expected|expect|expecting|instead|returns?|returned|prints?|printed|outputs?|gives?|gave|got|get|getting|shows?|showed|works?|worked|fails?|failed|stays?|keeps?)\b/i;
const QUOTED_ONE = new RegExp(QUOTED.source);

/** A sentence that says what was tried, expected or seen, with a value, a name or a quoted output in it. */
export function isDetailSentence(s: SentenceInfo): boolean {
  return ATTEMPT_OR_RESULT.test(s.text) && (s.words.some(isConcreteWord) || QUOTED_ONE.test(s.text));
}
// Per body block, by its text: only the edited block is counted again on a keystroke.
const blockCounts = blockMemo<number>('features/attempt-details: block counts', 2048);

export const attemptDetails: Feature = {
  id: 'attempt-details',
  label: 'What was tried, expected or seen, with details',
  absentLabel: 'No details of what was tried, expected or seen',
  family: 'question',
  monotone: 1,
  compute: ({ stats }) => {
    let n = 0;
    for (const v of stats.check.body) {
      n += blockCounts(v.block.text, () => {
        let k = 0;
        for (const s of v.analysis.sentences) if (isDetailSentence(s)) k++;
        return k;
      });
    }
    return Math.log1p(n);
  },
};
