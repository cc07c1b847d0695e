// Adverbs that pad or hedge ("really", "basically", "quickly"): the book's v1 flags adverb use.
// compromise decides what is an adverb, cheaply: its lexicon settles most words without tagging, and only a
// sentence holding an undecided candidate is POS-tagged (cached per sentence). Function adverbs ("not",
// "also", "then") are never candidates.
import type { Finding } from '../../shared/finding';
import { lexicalAdverb } from '../nlp/adverbs';
import { allProse, spanFinding, type Check } from './check';

// Filler and intensifier adverbs that do not end in -ly.
const FILLERS = new Set(['very', 'really', 'quite', 'rather', 'somewhat', 'pretty', 'just', 'super', 'kinda', 'sorta']);
// -ly adverbs that carry meaning in technical writing.
const KEEP = new Set(['only', 'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'currently',
  'previously', 'recently', 'locally', 'globally', 'manually', 'automatically', 'correctly', 'incorrectly', 'properly',
  'directly', 'indirectly', 'recursively', 'asynchronously', 'synchronously', 'dynamically', 'statically', 'initially',
  'finally', 'separately', 'respectively', 'programmatically', 'explicitly', 'implicitly', 'successfully', 'randomly',
  'additionally', 'alternatively']);
const CANDIDATE = /\b[\p{L}]+ly\b|\b(?:very|really|quite|rather|somewhat|pretty|just|super|kinda|sorta)\b/iu;

function isCandidate(word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return false; // try-catch-finally, plot.ly
  const w = word.toLowerCase();
  if (KEEP.has(w)) return false;
  return FILLERS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

export const adverb: Check = {
  id: 'adverb',
  title: 'Adverbs',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      if (!CANDIDATE.test(v.block.text)) continue;
      for (const s of v.analysis.sentences) {
        let tagged: Array<[number, number]> | null = null;
        for (const w of s.words) {
          if (!isCandidate(w.text)) continue;
          let isAdverb: boolean;
          const guess = lexicalAdverb(w.text);
          if (guess === 'unknown') {
            tagged ??= ctx.tags(s.text).adverbs;
            const [a, b] = [w.start - s.start, w.end - s.start];
            isAdverb = tagged.some(([x, y]) => x === a && y === b);
          } else isAdverb = guess === 'adverb';
          if (!isAdverb) continue;
          out.push(
            spanFinding(ctx, v, w.start, w.end, 'adverb', 'info', `“${w.text}” adds little: remove it or use a more precise word.`),
          );
        }
      }
    }
    return out;
  },
};
