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
