// What the explainer needs from a model: one expensive vectorisation per question, then cheap batched
// scoring of perturbed copies (dropped tokens or token groups, and/or replaced hand features). ModelScorer satisfies it
// through model-scorer-adapter.ts; tests use synthetic models with known weights.
import type { QuestionDocument } from '../document/question-document';
import type { Token, TokenPlaces } from '../document/tokens';
import type { Perturbation, PerturbationGroups } from '../model/perturbation';

export type { Perturbation, PerturbationGroups, TokenPlaces };

export interface VectorisedLike {
  /** Model tokens in order (lowercased words, or structure markers like `<code-block>`). */
  readonly tokens: readonly string[];
  /** Raw hand features in model order. */
  readonly features: readonly number[];
}

/** A token with where it came from: used to align model tokens to the text the person typed. */
export type SpanToken = Token;

export interface PerturbableModel<V extends VectorisedLike = VectorisedLike> {
  vectorise(doc: QuestionDocument): V;
  /**
   * Scores of perturbed copies of `vec`, in one batch, same order. Must not rerun NLP. A perturbation's
   * `dropGroups` index `groups`: each drops its tokens and sets its feature to `typicalFeatures()`'s value
   * (model/perturbation.ts' `droppedTokens` and `perturbedFeatures` spell it out).
   */
  scorePerturbations(vec: V, perturbations: readonly Perturbation[], groups?: PerturbationGroups): number[];
  /** Typical (training mean) raw value of each feature: a removed feature takes this value. */
  typicalFeatures(): readonly number[];
  /** Stable feature ids and display labels, model order. */
  readonly featureIds: readonly string[];
  readonly featureLabels: readonly string[];
  /** Optional, model order: the label of a feature whose value is 0 (feature.ts' `absentLabel`). */
  readonly featureAbsentLabels?: readonly (string | undefined)[];
  /**
   * Optional: where the model's own tokens are (same order as `vectorise(doc).tokens`), e.g. document/tokens'
   * `tokenPlaces`.
   */
  tokenPlaces?(doc: QuestionDocument): TokenPlaces | undefined;
}
