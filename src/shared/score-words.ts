// The score in words a person reads, the same in the page and the popup. Dependency-free (content script).
import type { Finding } from './finding';
import { scoreLabel, scorePoints } from './score-bands';

/** Shown instead of a number before the gate scores the text (a badge has little room; the panel says more). */
export const NEED_TEXT_SHORT = 'Write more';
export const NEED_TEXT = 'Write a title and a few sentences to get a score.';

/** "41 points · Could be clearer". */
export function scoreLine(score: number): string {
  return `${scorePoints(score)} points · ${scoreLabel(score)}`;
}

export const countText = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Suggestions first by measured gain (largest first); findings without a gain keep their order after them. */
export function byGain(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (b.gain ?? -1) - (a.gain ?? -1)); // sort is stable
}
