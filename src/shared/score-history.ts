// A draft's score over time: pure, so the background and tests share it.
import type { ScorePoint } from './protocol';

export interface DraftHistory {
  /** The field this history belongs to; another field starts a new history. */
  fieldId: string;
  points: ScorePoint[];
}

export const MAX_HISTORY_POINTS = 60;

/** Appends a score unless it equals the last one; keeps the newest MAX_HISTORY_POINTS points. */
export function appendScore(history: DraftHistory | null, fieldId: string, score: number, at: number): DraftHistory {
  const points = history?.fieldId === fieldId ? history.points : [];
  const last = points[points.length - 1];
  if (last && Math.abs(last.score - score) < 0.0005) return { fieldId, points };
  return { fieldId, points: [...points, { at, score }].slice(-MAX_HISTORY_POINTS) };
}
