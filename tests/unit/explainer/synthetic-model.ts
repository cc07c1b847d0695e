// Synthetic models with known weights over word presence and hand features, for testing the explainer.
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { tokenize } from '../../../src/core/document/tokens';
import type {
  PerturbableModel,
  Perturbation,
  PerturbationGroups,
  VectorisedLike,
} from '../../../src/core/explainer/model';
import { droppedTokens, perturbedFeatures } from '../../../src/core/model/perturbation';

export interface SyntheticSpec {
  bias: number;
  /** Weight of each word's presence (any occurrence kept). */
  words: Record<string, number>;
  /** Weight per unit of each feature, its value for every doc, and its typical value. */
  features: Array<{ id: string; weight: number; value: number; typical: number; absentLabel?: string }>;
  /** Apply a sigmoid to the linear score. */
  logistic?: boolean;
  /** Tokens the model sees (default: the shared document tokenizer). */
  tokenize?(doc: QuestionDocument): string[];
}

export interface SyntheticModel extends PerturbableModel {
  calls: { vectorise: number; batches: number; rows: number };
}

export function syntheticModel(spec: SyntheticSpec): SyntheticModel {
  const calls = { vectorise: 0, batches: 0, rows: 0 };
  const score = (vec: VectorisedLike, p: Perturbation, groups?: PerturbationGroups) => {
    let z = spec.bias;
    const present = new Set<string>();
    const dropped = new Set(Array.from(droppedTokens(p, groups) ?? []));
    vec.tokens.forEach((t, i) => {
      if (!dropped.has(i)) present.add(t);
    });
    for (const [w, weight] of Object.entries(spec.words)) if (present.has(w)) z += weight;
    const f =
      perturbedFeatures(
        p,
        groups ?? [],
        vec.features,
        spec.features.map((s) => s.typical),
      ) ?? vec.features;
    spec.features.forEach((s, j) => {
      z += s.weight * f[j];
    });
    return spec.logistic ? 1 / (1 + Math.exp(-z)) : z;
  };
  return {
    calls,
    vectorise(doc) {
      calls.vectorise++;
      const tokens = spec.tokenize ? spec.tokenize(doc) : tokenize(doc).map((t) => t.text);
      return { tokens, features: spec.features.map((f) => f.value) };
    },
    scorePerturbations(vec, perts, groups) {
      calls.batches++;
      calls.rows += perts.length;
      return perts.map((p) => score(vec, p, groups));
    },
    typicalFeatures: () => spec.features.map((f) => f.typical),
    featureIds: spec.features.map((f) => f.id),
    featureLabels: spec.features.map((f) => `Label of ${f.id}`),
    featureAbsentLabels: spec.features.map((f) => f.absentLabel),
  };
}
