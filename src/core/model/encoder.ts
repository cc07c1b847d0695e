// What the model needs from a QuestionDocument: tokens for the bag and raw hand features. Injected so
// the vectoriser and trainer stay testable; the default wires the document tokenizer and the feature
// registry, the one code path shared by training, the score CLI and the worker.
import type { QuestionDocument } from '../document/question-document';

export interface DocumentEncoder {
  /** Identifies the tokenizer (stored in the model config, checked at load). */
  readonly tokenizer: string;
  readonly featureNames: readonly string[];
  tokenize(doc: QuestionDocument): string[];
  features(doc: QuestionDocument): number[];
}
