// Public surface of the explainer.
export { explain, negatives, featureAttribution, defaultSampleCount, warmUpExplainer, type Attribution, type Explanation, type ExplainOptions } from './explainer';
export type { PerturbableModel, Perturbation, SpanToken, VectorisedLike } from './model';
export type { Component, ComponentKind, ComponentLimits } from './components';
export { perturbableModelScorer } from './model-scorer-adapter';
