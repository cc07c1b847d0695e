// Greetings, thanks, begging and urgency add nothing to a question (Stack Overflow edits them out).
// Points at each phrase.
import type { Finding, Severity } from '../../shared/finding';
import { blockMemo } from '../nlp/block-memo';
import { allProse, spanFinding, type Check } from './check';

interface NoiseKind {
  severity: Severity;
  message: (phrase: string) => string;
  pattern: string;
}

const KINDS: NoiseKind[] = [
  {
    severity: 'warning',
    message: (p) => `“${p}”: urgency does not get faster answers; remove it.`,
    pattern: String.raw`urgent(?:ly)?|asap|a\.s\.a\.p\.?|as soon as possible`,
  },
  {
    severity: 'warning',
    message: (p) => `“${p}”: pleading adds nothing; describe the problem instead.`,
    pattern: String.raw`(?:please|plz+|pls|plez)\s+(?:help|advise|assist)(?:\s+me)?|(?:can\s+)?(?:some|any)(?:one|body)\s+(?:please\s+)?help(?:\s+me)?|help\s+me(?:\s+(?:please|plz+|pls))?|kindly\s+help|plz+|pls`,
  },
  {
    severity: 'info',
    message: (p) => `“${p}”: thanks and sign-offs are noise on Q&A sites; remove them.`,
    pattern: String.raw`(?:thanks|thank\s+you)\s+in\s+advance|(?:thanks|thank\s+you)\s+for\s+(?:your|any)\s+(?:help|time|answers?|support)|many\s+thanks|thanks\s+a\s+(?:lot|ton|bunch)|thank\s+you\s+(?:so|very)\s+much|thank\s+you|thanks(?!\s+to\b)|thx|tia|(?:best\s+|kind\s+|warm\s+)?regards|cheers`,
  },
  {
    severity: 'info',
    message: (p) => `“${p}”: the question is the same without it; remove it.`,
    pattern: String.raw`any\s+(?:help|advice|suggestions?|ideas?|pointers|hints?)(?:\s+(?:would|will)\s+be|\s+is|\s+are)?\s+(?:(?:greatly|much|really|highly|very\s+much|deeply)\s+)?appreciated|(?:all\s+|your\s+)?help\s+(?:is|would\s+be)\s+(?:(?:greatly|much|really|highly)\s+)?appreciated|i'?m\s+(?:a\s+)?(?:newbie|noob|total\s+beginner)`,
  },
  {
    severity: 'info',
    message: (p) => `“${p}”: greetings are noise on Q&A sites; start with the problem.`,
    // Group greetings anywhere; a bare "hi"/"hello" only at the start of a block ("hello world" is fine).
    pattern: String.raw`(?:hi|hello|hey|dear|greetings)\s+(?:all|everyone|everybody|guys|folks|friends|experts|team|there|community|sirs?)|^(?:hi|hello|hey|greetings)(?=[\s,!.]|$)`,
  },
];

const COMBINED = new RegExp(KINDS.map((k) => `(\\b(?:${k.pattern})\\b)`).join('|'), 'gi');

/** [start, end, kind index] in the block text of each noise phrase. */
function noiseIn(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const m of text.matchAll(COMBINED)) {
    const kind = m.slice(1).findIndex((g) => g !== undefined);
    const start = m.index ?? 0;
    if (kind >= 0) out.push([start, start + m[0].length, kind]);
  }
  return out;
}

const memo = blockMemo<Array<[number, number, number]>>();

export const noise: Check = {
  id: 'noise',
  title: 'Greetings, thanks and urgency',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      for (const [a, b, kind] of memo(v.block.text, () => noiseIn(v.block.text))) {
        const k = KINDS[kind];
        out.push(spanFinding(ctx, v, a, b, 'noise', k.severity, k.message(v.block.text.slice(a, b))));
      }
    }
    return out;
  },
};
