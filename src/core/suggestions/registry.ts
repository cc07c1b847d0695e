// Every suggestion kind, and which heuristic checks each one answers (one table, derived from the kinds).
import { addCodeSample } from './add-code-sample';
import { addErrorMessage } from './add-error-message';
import { addQuestion } from './add-question';
import { describeAttempt } from './describe-attempt';
import { formatCode } from './format-code';
import { removeNoise } from './remove-noise';
import { splitLongSentence } from './split-sentence';
import type { SuggestionKind } from './suggestion';
import { titleQuestion } from './title-question';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  removeNoise,
  addCodeSample,
  addErrorMessage,
  describeAttempt,
  addQuestion,
  titleQuestion,
  splitLongSentence,
  formatCode,
];

/** Heuristic check id → the suggestion kinds that, once confirmed, make its tip redundant. */
export const CHECK_TO_KINDS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const k of SUGGESTION_KINDS) for (const c of k.checks) m.set(c, [...(m.get(c) ?? []), k.id]);
  return m;
})();

/**
 * The kinds that add what a reader needs to answer at all: the code, the error, what was tried. Verified
 * suggestions are ranked by tier first, then by gain: removing "thanks" or "urgent" (remove-noise, the only
 * politeness/urgency kind) may raise the score more, but it never makes a question answerable, so when both
 * apply the missing code, error or attempt comes first. Every other kind shares the second tier with it.
 */
export const SUBSTANCE_KINDS: readonly string[] = ['add-code-sample', 'add-error-message', 'describe-attempt'];

/** Ranking tier of a suggestion kind (lower is shown first; gain orders within a tier). */
export function rankTier(kindId: string): number {
  return SUBSTANCE_KINDS.includes(kindId) ? 0 : 1;
}
