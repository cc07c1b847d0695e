// The one contract every hand feature implements. Features read only the canonical QuestionDocument
// (and NLP results cached per block), so training on HTML and serving on Markdown see the same values.
import type { QuestionDocument } from '../document/question-document';
import { featureStats, type FeatureStats } from './feature-stats';

export interface Feature {
  /** Stable kebab-case id: the column name in model files. */
  id: string;
  /** Display name a user understands, e.g. "Question marks". */
  label: string;
  /**
   * What the label says when the question's value is 0, for a feature that counts something present
   * ("Includes a code block" → "No code block"): "What moves the score" must not name a thing the question lacks.
   */
  absentLabel?: string;
  /** Family, for the model card: punctuation, length, vocabulary, pos, sentiment, readability, question. */
  family: 'punctuation' | 'length' | 'vocabulary' | 'pos' | 'sentiment' | 'readability' | 'question';
  /**
   * Substance the score must reward (+1) or filler it must never reward (-1): the trainer keeps the model
   * monotone in this feature, so e.g. adding a real code block can only raise the score. Absent: free.
   */
  monotone?: 1 | -1;
  /** Raw value; always finite. */
  compute(ctx: FeatureContext): number;
}

export interface FeatureContext {
  doc: QuestionDocument;
  /** Counts shared by all features, computed once per document (see feature-stats.ts). */
  stats: FeatureStats;
}

export function featureContext(doc: QuestionDocument): FeatureContext {
  return { doc, stats: featureStats(doc) };
}
