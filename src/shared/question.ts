// What the content script captures and the worker analyses. Dependency-free.
import type { CloseRisk, CloseRiskWords } from './close-risk';
import type { Finding } from './finding';

/** One question as typed: a title (may be empty) and a Markdown body. */
export interface QuestionInput {
  title: string;
  body: string;
}

export interface Contribution {
  /** Display name a user understands. */
  label: string;
  /** Signed effect on the score (positive helps). */
  value: number;
}

/** A score as the in-page hints show it: points (0–100), the label and band colour beside them, the risk in words. */
export interface ShownScore {
  points: number;
  label: string;
  /** Both in one line: "41 points · Could be clearer" (scoreLine). */
  line: string;
  colour: string;
  risk?: CloseRiskWords;
}

export interface AnalysisResult {
  state: 'scored' | 'not-scorable' | 'error';
  /** In [0, 1], only when `state === 'scored'`. */
  score: number | null;
  /** Why the text was not scored, or what went wrong, in words a user understands. */
  reason?: string;
  /** Model suggestions (verified, with gains) then heuristic findings. */
  findings: Finding[];
  /** Top contributions to the score, for the popup's chart. */
  contributions: Contribution[];
  /** The likeliest close reason and its chance (model scorer with a close-reason head only). */
  closeRisk?: CloseRisk;
  /** How the page shows a scored result (shownScore), added by the background to what it sends the page. */
  shown?: ShownScore;
  /** Weighted R² of the explanation's local surrogate (model scorer only). */
  fidelity?: number;
  /** Version of the scorer that produced the score. */
  scorer: string;
  /** Time spent in the analyser, in ms. */
  elapsedMs: number;
}
