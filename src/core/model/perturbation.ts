// A perturbed copy of one vectorised question: what a model scores many of per explanation, without NLP.
export interface Perturbation {
  /** Indices of the tokens of the vectorised question this copy drops (order and repeats do not matter). */
  drop?: ArrayLike<number>;
  /** Replacement raw feature values (model order); absent = the question's own values. */
  features?: readonly number[];
}
