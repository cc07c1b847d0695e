// Why a question would likely be closed: the close-reason head's classes (Stack Overflow's 2012 close
// reasons, named as today's users know them). Dependency-free: the content script and popup import it.
export const CLOSE_REASONS = ['unclear', 'opinion-based', 'off-topic', 'too-localized'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export interface CloseRisk {
  /** The likeliest reason. */
  reason: CloseReason;
  /** Chance the question is closed for that reason, in [0, 1]. */
  probability: number;
  /** Chance of being closed for each reason (they sum to the chance of being closed). */
  byReason: Record<CloseReason, number>;
}

/** The risk in words (close-risk-text.ts), as the background sends it to the in-page panel. */
export interface CloseRiskWords {
  /** e.g. "Risk: may be closed as opinion-based (62%)". */
  line: string;
  advice: string;
}
