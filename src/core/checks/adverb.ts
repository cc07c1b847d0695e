// Adverbs that pad or hedge ("really", "basically", "quickly"): the book's v1 flags adverb use.
// compromise decides what is an adverb, but only sentences containing a candidate word are tagged,
// which keeps its cost low; function adverbs ("not", "also", "then") are never candidates.
import type { Finding } from '../../shared/finding';
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
        if (!s.words.some((w) => isCandidate(w.text))) continue;
        for (const [a, b] of ctx.tags(s.text).adverbs) {
          const word = s.text.slice(a, b);
          if (!isCandidate(word)) continue;
          out.push(
            spanFinding(ctx, v, s.start + a, s.start + b, 'adverb', 'info',
              `“${word}” adds little: remove it or use a more precise word.`),
          );
        }
      }
    }
    return out;
  },
};
