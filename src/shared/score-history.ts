// A draft's score over time: pure, so the background and tests share it. A history belongs to one question:
// another field, or a different question typed into the same field, starts a new one.
import type { ScorePoint } from './protocol';
import type { QuestionInput } from './question';

export interface DraftHistory {
  /** The field this history belongs to; another field starts a new history. */
  fieldId: string;
  /** Words that identify the question (its title and opening), to notice a different one in the same field. */
  words?: string[];
  points: ScorePoint[];
}

export const MAX_HISTORY_POINTS = 60;
const SIGNATURE_WORDS = 40;
/** Below this share of words in common, the text is another question, not an edit of the same one. */
export const SAME_QUESTION_OVERLAP = 0.3;

/** The question's identifying words: the title's and the body's first ones, lowercased, 3 letters and up. */
export function questionWords(input: QuestionInput): string[] {
  const words = `${input.title} ${input.body}`.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, SIGNATURE_WORDS);
}

/** Whether two signatures are the same question being edited (Jaccard overlap of their words). */
export function sameQuestion(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const set = new Set(a);
  const common = b.filter((w) => set.has(w)).length;
  return common / (a.length + b.length - common) >= SAME_QUESTION_OVERLAP;
}

/** Appends a score unless it equals the last one; keeps the newest MAX_HISTORY_POINTS points. */
export function appendScore(
  history: DraftHistory | null,
  fieldId: string,
  score: number,
  at: number,
  input?: QuestionInput,
): DraftHistory {
  const words = input ? questionWords(input) : history?.words;
  const same = history?.fieldId === fieldId && (!input || !history.words || sameQuestion(history.words, words!));
  const points = same ? history!.points : [];
  const out = (p: ScorePoint[]): DraftHistory => (words ? { fieldId, words, points: p } : { fieldId, points: p });
  const last = points[points.length - 1];
  if (last && Math.abs(last.score - score) < 0.0005) return out(points);
  return out([...points, { at, score }].slice(-MAX_HISTORY_POINTS));
}
