// Greetings, thanks, begging and urgency add nothing to a question (Stack Overflow edits them out).
// Points at each phrase of the one noise lexicon (nlp/noise-lexicon.ts).
import type { Finding, Severity } from '../../shared/finding';
import type { NoiseKind } from '../nlp/noise-lexicon';
import { allProse, spanFinding, type Check } from './check';

// How the tip reads and how much it weighs, per kind of phrase (the phrases are nlp/noise-lexicon.ts).
const TIPS: Record<NoiseKind, { severity: Severity; message: (phrase: string) => string }> = {
  urgency: { severity: 'warning', message: (p) => `“${p}”: urgency does not get faster answers; remove it.` },
  pleading: { severity: 'warning', message: (p) => `“${p}”: pleading adds nothing; describe the problem instead.` },
  thanks: { severity: 'info', message: (p) => `“${p}”: thanks and sign-offs are noise on Q&A sites; remove them.` },
  filler: { severity: 'info', message: (p) => `“${p}”: the question is the same without it; remove it.` },
  greeting: { severity: 'info', message: (p) => `“${p}”: greetings are noise on Q&A sites; start with the problem.` },
};

export const noise: Check = {
  id: 'noise',
  title: 'Greetings, thanks and urgency',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      for (const m of v.analysis.noise) {
        const tip = TIPS[m.kind];
        out.push(spanFinding(ctx, v, m.from, m.to, 'noise', tip.severity, tip.message(m.text)));
      }
    }
    return out;
  },
};
