// A perturbed copy of one vectorised question: what a model scores many of per explanation, without NLP.
export interface Perturbation {
  /** Indices of the tokens of the vectorised question this copy drops (order and repeats do not matter). */
  drop?: ArrayLike<number>;
  /** Replacement raw feature values (model order); absent = the question's own values. */
  features?: ArrayLike<number>;
}

/**
 * Optional help for a batch that follows a similar one (the same samples a keystroke later): a model may
 * then update a row's previous result for the changed tokens instead of recomputing it. Exactness is the
 * model's job; the hint only says which rows drop what.
 */
export interface BatchHint {
  /** The batch this one follows: rows are reused only if the model scored that very batch last. */
  after: readonly Perturbation[];
  /** Row `row` drops exactly the token indices its namesake in `after` dropped. */
  sameDrops(row: number): boolean;
  /** Whether row `row` drops token `token` (constant time). */
  drops(row: number, token: number): boolean;
}
