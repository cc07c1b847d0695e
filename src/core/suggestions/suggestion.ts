// The one contract every suggestion kind implements: look at the question and its explanation, propose
// concrete edits. Each candidate's edit is applied to the typed text and re-scored before it is shown,
// so only edits with a measured gain become suggestions (a template's gain is measured by filling it with a
// stand-in: `measure`).
import type { Finding, Span } from '../../shared/finding';
import type { QuestionInput } from '../../shared/question';
import type { QuestionDocument } from '../document/question-document';
import type { Attribution, Explanation } from '../explainer/explainer';

export interface SuggestionContext {
  doc: QuestionDocument;
  input: QuestionInput;
  explanation: Explanation;
  heuristicFindings: readonly Finding[];
}

export interface Candidate {
  /** The kind's id (becomes the finding id). */
  id: string;
  /** Concrete and actionable, e.g. `Remove “urgent”`. */
  message: string;
  span: Span;
  scope: 'span' | 'field';
  /** Try-first order when there are more candidates than the verification budget. */
  priority: number;
  /** The question with this suggestion applied. Everything else the person typed stays as it was. */
  apply(input: QuestionInput): QuestionInput;
  /**
   * For an `apply` that inserts a template: the text whose score measures the gain. The same insertion with
   * a neutral stand-in (stand-ins.ts) in place of the template, so the gain comes from what the suggestion
   * is about, never from the template's words or placeholders (which the model masks). Verification and
   * evaluation re-score `measure ?? apply`; the person is still shown and given `apply`.
   */
  measure?(input: QuestionInput): QuestionInput;
}

export interface SuggestionKind {
  id: string;
  /** Heuristic check ids this kind answers: their tips are dropped when this kind is confirmed. */
  checks: readonly string[];
  propose(ctx: SuggestionContext): Candidate[];
}

export function fieldSpan(input: QuestionInput, field: 'title' | 'body'): Span {
  return { field, start: 0, end: input[field].length };
}

export function hasHeuristic(ctx: SuggestionContext, id: string): boolean {
  return ctx.heuristicFindings.some((f) => f.id === id);
}

/** Sum of the negative weights of these hand features (0 when none is a component or none hurts). */
export function featurePenalty(e: Explanation, ids: readonly string[]): number {
  let sum = 0;
  for (const a of e.attributions)
    if (a.component.kind === 'feature' && ids.includes(a.component.text) && a.weight < 0) sum -= a.weight;
  return sum;
}

export function featureValue(e: Explanation, id: string): number | undefined {
  const a: Attribution | undefined = e.attributions.find(
    (x) => x.component.kind === 'feature' && x.component.text === id,
  );
  return a?.component.value;
}
