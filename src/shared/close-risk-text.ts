// The close-reason risk in words a person acts on: one table for the popup and the in-page panel.
// Read by the popup, and by the background, which sends the in-page panel these words (so the content script does not
// carry this table).
import { CLOSE_REASONS, type CloseReason, type CloseRisk, type CloseRiskWords } from './close-risk';
import type { AnalysisResult } from './question';

/** The likeliest reason's chance at or above which the risk is shown at all. */
export const CLOSE_RISK_THRESHOLD = 0.25;

/** Per reason: how it reads after "may be closed as", and the one thing to do about it. */
export const CLOSE_RISK_TEXT: Record<CloseReason, readonly [name: string, advice: string]> = {
  unclear: [
    'unclear or incomplete',
    'Say what you expected and what happened instead, with the code and the exact error.',
  ],
  'opinion-based': ['opinion-based', 'Ask about a concrete problem you have, not which option people prefer.'],
  'off-topic': ['off-topic', 'Explain how this is a programming problem: show the code involved.'],
  'too-localized': [
    'too narrow to help others',
    'Describe the general problem so others who have it can find your question, and include a minimal example.',
  ],
};

const isChance = (p: unknown): p is number => typeof p === 'number' && p >= 0 && p <= 1;

/**
 * The shape of `AnalysisResult.closeRisk` (it crosses the worker and storage): a known reason and chances in [0, 1].
 */
export function isCloseRisk(value: unknown): value is CloseRisk {
  const v = value as CloseRisk | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    CLOSE_REASONS.includes(v.reason) &&
    isChance(v.probability) &&
    typeof v.byReason === 'object' &&
    v.byReason !== null &&
    CLOSE_REASONS.every((r) => isChance(v.byReason[r]))
  );
}

/**
 * What to show for a result's close risk, or null: only for a scored result whose likeliest reason reaches the
 * threshold.
 */
export function closeRiskWords(result: Pick<AnalysisResult, 'state' | 'closeRisk'>): CloseRiskWords | null {
  const risk = result.closeRisk;
  if (result.state !== 'scored' || !isCloseRisk(risk) || risk.probability < CLOSE_RISK_THRESHOLD) return null;
  const [name, advice] = CLOSE_RISK_TEXT[risk.reason];
  return { line: `Risk: may be closed as ${name} (${Math.round(risk.probability * 100)}%)`, advice };
}
