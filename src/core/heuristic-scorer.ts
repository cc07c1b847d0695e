// Combines the heuristic findings and positive signals into a score in [0, 1].
//
//   z = BIAS + Σ positive signals − Σ_checks min(Σ severity weights of its findings, 2 × its largest weight)
//   score = 1 / (1 + e^(−z))
//
// Positive signals: a question is asked, code is included (block, or less for inline code), the asker shows what
// they tried, and detail (log of body prose length). Severity weights: info 0.1, warning 0.5, error 1.0; the
// per-check cap stops one noisy check (many adverbs) from dominating. Every term is monotone in the right
// direction, so fixing a finding or adding a positive signal never lowers the score.
import type { Finding, Severity } from '../shared/finding';
import type { Contribution } from '../shared/question';
import type { QuestionDocument } from './document/question-document';
import { createContext } from './checks/check';
import { CHECKS, runChecks } from './checks/registry';

export { runChecks } from './checks/registry';

export const SEVERITY_WEIGHT: Record<Severity, number> = { info: 0.1, warning: 0.5, error: 1.0 };
export const BIAS = -0.15;
export const SIGNAL_WEIGHT = {
  questionAsked: 0.6,
  codeBlock: 0.6,
  inlineCodeOnly: 0.25,
  showsAttempt: 0.4,
  /** × log2(1 + bodyWords / 50), capped at 2 → at most 0.3. */
  detail: 0.15,
} as const;

export interface HeuristicScore {
  score: number;
  findings: Finding[];
  /** Signed effect of each signal and check on z, largest first. */
  contributions: Contribution[];
}

export function scoreHeuristically(doc: QuestionDocument): HeuristicScore {
  const findings = runChecks(doc);
  const { signals } = createContext(doc);
  const contributions: Contribution[] = [];

  if (signals.questionAsked) contributions.push({ label: 'Asks a question', value: SIGNAL_WEIGHT.questionAsked });
  if (signals.hasCodeBlock) contributions.push({ label: 'Includes code', value: SIGNAL_WEIGHT.codeBlock });
  else if (signals.hasInlineCode) contributions.push({ label: 'Mentions code', value: SIGNAL_WEIGHT.inlineCodeOnly });
  if (signals.showsAttempt) contributions.push({ label: 'Shows what was tried', value: SIGNAL_WEIGHT.showsAttempt });
  const detail = SIGNAL_WEIGHT.detail * Math.min(2, Math.log2(1 + signals.bodyWords / 50));
  if (detail > 0) contributions.push({ label: 'Detail', value: detail });

  const byCheck = new Map<string, number[]>();
  for (const f of findings) {
    const list = byCheck.get(f.id) ?? [];
    list.push(SEVERITY_WEIGHT[f.severity]);
    byCheck.set(f.id, list);
  }
  for (const [id, weights] of byCheck) {
    const penalty = Math.min(
      weights.reduce((a, b) => a + b, 0),
      2 * Math.max(...weights),
    );
    const label = CHECKS.find((c) => c.id === id)?.title ?? id;
    contributions.push({ label, value: -penalty });
  }

  const z = BIAS + contributions.reduce((a, c) => a + c.value, 0);
  const score = 1 / (1 + Math.exp(-z));
  contributions.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.label.localeCompare(b.label));
  return { score, findings, contributions };
}
