// The filtering gate: decides whether there is enough of a question to score. Not-scorable text gets a
// reason in plain words instead of a misleading score.
import type { QuestionDocument } from './document/question-document';
import { createContext } from './checks/check';

/** Fewer words of prose (title + body, code excluded) than this is too little to judge. */
export const GATE_MIN_WORDS = 8;

export type GateResult = { scorable: true } | { scorable: false; reason: string };

export function gate(doc: QuestionDocument): GateResult {
  if (doc.title.trim().length === 0 && doc.body.trim().length === 0) {
    return { scorable: false, reason: 'Nothing to score yet: write a title and describe your problem.' };
  }
  const { signals } = createContext(doc);
  const words = signals.titleWords + signals.bodyWords;
  if (words < GATE_MIN_WORDS) {
    return {
      scorable: false,
      reason: `Not enough text to score yet (${words} of at least ${GATE_MIN_WORDS} words): add a title and a few sentences.`,
    };
  }
  if (!signals.problemSignal && !signals.hasCodeBlock && !signals.hasInlineCode) {
    return {
      scorable: false,
      reason:
        'This does not look like a question yet: say what you are trying to do, what goes wrong, and ask something.',
    };
  }
  return { scorable: true };
}
