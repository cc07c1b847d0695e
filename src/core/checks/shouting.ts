// Runs of words in ALL CAPS read as shouting. Acronyms (HTTP, JSON, SQL keywords, constants) are not shouting,
// so a run is flagged only when it holds at least two capitalised words that are not known acronyms
// (the word classes are nlp/caps-words.ts, which the all-caps-share feature counts too).
import type { Finding } from '../../shared/finding';
import type { WordToken } from '../nlp/text-stats';
import { blockMemo } from '../nlp/block-memo';
import { classify } from '../nlp/caps-words';
import { allProse, spanFinding, type Check } from './check';

/** [start, end) in the block text of each shouted run. */
function shoutedRuns(ws: WordToken[]): Array<[number, number]> {
  const kinds = ws.map((w) => classify(w.text));
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (kinds[i] === 'break') {
      i++;
      continue;
    }
    let j = i;
    let loud = 0;
    for (; j < ws.length && kinds[j] !== 'break'; j++) if (kinds[j] === 'loud') loud++;
    if (loud >= 2) runs.push([ws[i].start, ws[j - 1].end]);
    i = j;
  }
  return runs;
}

const memo = blockMemo<Array<[number, number]>>('checks/shouting: capitals spans');

export const shouting: Check = {
  id: 'shouting',
  title: 'Writing in capitals',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      const runs = memo(v.block.text, () => shoutedRuns(v.analysis.sentences.flatMap((s) => s.words)));
      for (const [a, b] of runs) {
        out.push(
          spanFinding(
            ctx,
            v,
            a,
            b,
            'shouting',
            'warning',
            'Writing in capitals reads as shouting; use normal sentence case.',
          ),
        );
      }
    }
    return out;
  },
};
