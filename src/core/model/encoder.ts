// What the model needs from a QuestionDocument: tokens for the bag and raw hand features. Injected so
// the vectoriser and trainer stay testable; the default wires the document tokenizer and the feature
// registry, the one code path shared by training, the score CLI and the worker.
import type { QuestionDocument } from '../document/question-document';

export interface DocumentEncoder {
  /** Identifies the tokenizer (stored in the model config, checked at load). */
  readonly tokenizer: string;
  readonly featureNames: readonly string[];
  tokenize(doc: QuestionDocument): string[];
  /**
   * Optional: the same tokens in runs whose concatenation is `tokenize(doc)`, a run being the same array
   * object whenever its text recurs (a prose block), so the model caches its lookups per run.
   */
  tokenRuns?(doc: QuestionDocument): readonly (readonly string[])[];
  features(doc: QuestionDocument): number[];
}
