// Adverbs that pad or hedge ("really", "basically", "quickly"): the book's v1 flags adverb use.
// compromise decides what is an adverb, cheaply: its lexicon settles most words without tagging, and only a
// sentence holding an undecided candidate is POS-tagged (cached per sentence). Function adverbs ("not",
// "also", "then") are never candidates.
import type { Finding } from '../../shared/finding';
import { lexicalAdverb } from '../nlp/adverbs';
import type { CheckContext } from './check';
import type { ProseView } from './prose-view';
import { blockMemo } from '../nlp/block-memo';
import { allProse, spanFinding, type Check } from './check';

// Filler and intensifier adverbs that do not end in -ly.
const FILLERS = new Set(['very', 'really', 'quite', 'rather', 'somewhat', 'pretty', 'just', 'super', 'kinda', 'sorta']);
// -ly adverbs that carry meaning in technical writing.
const KEEP = new Set([
  'only',
  'early',
  'likely',
  'unlikely',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'hourly',
  'currently',
  'previously',
  'recently',
  'locally',
  'globally',
  'manually',
  'automatically',
  'correctly',
  'incorrectly',
  'properly',
  'directly',
  'indirectly',
  'recursively',
  'asynchronously',
  'synchronously',
  'dynamically',
  'statically',
  'initially',
  'finally',
  'separately',
  'respectively',
  'programmatically',
  'explicitly',
  'implicitly',
  'successfully',
  'randomly',
  'additionally',
  'alternatively',
]);
const CANDIDATE = /\b[\p{L}]+ly\b|\b(?:very|really|quite|rather|somewhat|pretty|just|super|kinda|sorta)\b/iu;

function isCandidate(word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return false; // try-catch-finally, plot.ly
  const w = word.toLowerCase();
  if (KEEP.has(w)) return false;
  return FILLERS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/** [start, end) in the block text of each flaggable adverb. */
function adverbsIn(ctx: CheckContext, v: ProseView): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!CANDIDATE.test(v.block.text)) return out;
  for (const s of v.analysis.sentences) {
    let tagged: Array<[number, number]> | null = null;
    for (const w of s.words) {
      if (!isCandidate(w.text)) continue;
      const guess = lexicalAdverb(w.text);
      let isAdverb = guess === 'adverb';
      if (guess === 'unknown') {
        tagged ??= ctx.tags(s.text).adverbs;
        const [a, b] = [w.start - s.start, w.end - s.start];
        isAdverb = tagged.some(([x, y]) => x === a && y === b);
      }
      if (isAdverb) out.push([w.start, w.end]);
    }
  }
  return out;
}

const memo = blockMemo<Array<[number, number]>>('checks/adverb: adverb spans');

export const adverb: Check = {
  id: 'adverb',
  title: 'Adverbs',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      for (const [a, b] of memo(v.block.text, () => adverbsIn(ctx, v))) {
        const word = v.block.text.slice(a, b);
        out.push(
          spanFinding(ctx, v, a, b, 'adverb', 'info', `“${word}” adds little: remove it or use a more precise word.`),
        );
      }
    }
    return out;
  },
};
