// A perturbed copy of one vectorised question: what a model scores many of per explanation, without NLP.
export interface Perturbation {
  /** Indices of the tokens of the vectorised question this copy drops (order and repeats do not matter). */
  drop?: ArrayLike<number>;
  /**
   * Indices into the batch's token groups (`scorePerturbations`' third argument): this copy also drops
   * every token of each. The explainer's samples drop whole components, which a model may then score per
   * group instead of per token.
   */
  dropGroups?: ArrayLike<number>;
  /** Replacement raw feature values (model order); absent = the question's own values. */
  features?: ArrayLike<number>;
}

/** Token groups a batch's perturbations name in `dropGroups` (e.g. the explainer's components' tokens). */
export type TokenGroups = readonly ArrayLike<number>[];

/** Every token a perturbation drops, its groups' included (for models that score token lists). */
export function droppedTokens(p: Perturbation, groups: TokenGroups = []): ArrayLike<number> | undefined {
  if (!p.dropGroups?.length) return p.drop;
  const out: number[] = p.drop ? Array.from(p.drop) : [];
  for (let k = 0; k < p.dropGroups.length; k++) {
    const g = groups[p.dropGroups[k]];
    if (!g) throw new RangeError(`perturbation names token group ${p.dropGroups[k]}, the batch has ${groups.length}`);
    for (let i = 0; i < g.length; i++) out.push(g[i]);
  }
  return out;
}
