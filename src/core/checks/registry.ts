// Every heuristic check, in display order (question-level problems first, then style).
import type { Finding } from '../../shared/finding';
import type { QuestionDocument } from '../document/question-document';
import { adverb } from './adverb';
import { bodyTooShort } from './body-too-short';
import { createContext, type Check } from './check';
import { codeNotFormatted } from './code-not-formatted';
import { longSentence } from './long-sentence';
import { longWord } from './long-word';
import { noAttempt } from './no-attempt';
import { noQuestion } from './no-question';
import { noise } from './noise';
import { readability } from './readability';
import { shouting } from './shouting';
import { titleNotSpecific } from './title-not-specific';
import { titleTooShort } from './title-too-short';
import { registerCache } from '../cache-registry';
import { RecentObjects } from '../util/lru';

export const CHECKS: readonly Check[] = [
  titleTooShort,
  titleNotSpecific,
  bodyTooShort,
  noQuestion,
  noAttempt,
  codeNotFormatted,
  shouting,
  noise,
  readability,
  longSentence,
  longWord,
  adverb,
];

const lastRun = registerCache('checks/registry: last findings', new RecentObjects<QuestionDocument, Finding[]>());

function insideCode(doc: QuestionDocument, f: Finding): boolean {
  if (f.scope !== 'span' || f.span.field !== 'body') return false;
  return doc.codeRanges.some(([a, b]) => f.span.start < b && a < f.span.end);
}

/**
 * Runs every check. A check that throws is skipped (one bad check must not hide the others), and span
 * findings overlapping code are dropped as a last guard: nothing inside code is ever flagged.
 */
export function runChecks(doc: QuestionDocument, checks: readonly Check[] = CHECKS): Finding[] {
  // The worker may ask for findings and for the score of the same document: run the checks once.
  if (checks === CHECKS) {
    const hit = lastRun.get(doc);
    if (hit) return hit.slice();
  }
  const ctx = createContext(doc);
  const out: Finding[] = [];
  for (const check of checks) {
    let found: Finding[];
    try {
      found = check.run(ctx);
    } catch {
      continue;
    }
    for (const f of found) if (!insideCode(doc, f)) out.push(f);
  }
  if (checks === CHECKS) lastRun.set(doc, out.slice());
  return out;
}
