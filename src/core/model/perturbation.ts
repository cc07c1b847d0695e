// A perturbed copy of one vectorised question: what a model scores many of per explanation, without NLP.
export interface Perturbation {
  /** Indices of the tokens of the vectorised question this copy drops (order and repeats do not matter). */
  drop?: ArrayLike<number>;
  /**
   * Indices into the batch's groups (`scorePerturbations`' third argument): this copy also drops each
   * one's tokens and resets its feature. The explainer's samples remove whole components, which a model
   * may then score per group instead of per token.
   */
  dropGroups?: ArrayLike<number>;
  /** Replacement raw feature values (model order); absent = the question's own values. */
  features?: ArrayLike<number>;
}

/** A part of the question that perturbations remove as a whole (e.g. one of the explainer's components). */
export interface PerturbationGroup {
  /** Tokens it drops. */
  readonly tokens: ArrayLike<number>;
  /** Feature column it resets to the model's typical value; -1: none. */
  readonly feature: number;
}

export type PerturbationGroups = readonly PerturbationGroup[];

/** The feature column a group resets (-1: none); anything but -1 or a column of `features` is refused. */
export function resetColumn(group: PerturbationGroup, features: number): number {
  const f = group.feature;
  if (!(f === -1 || (Number.isInteger(f) && f >= 0 && f < features)))
    throw new RangeError(`group resets feature ${f}, the model has ${features}`);
  return f;
}

function groupOf(groups: PerturbationGroups, index: number): PerturbationGroup {
  const g = groups[index];
  if (!g) throw new RangeError(`perturbation names group ${index}, the batch has ${groups.length}`);
  return g;
}

/** Every token a perturbation drops, its groups' included (for models that score token lists). */
export function droppedTokens(p: Perturbation, groups: PerturbationGroups = []): ArrayLike<number> | undefined {
  if (!p.dropGroups?.length) return p.drop;
  const out: number[] = p.drop ? Array.from(p.drop) : [];
  for (let k = 0; k < p.dropGroups.length; k++) {
    const tokens = groupOf(groups, p.dropGroups[k]).tokens;
    for (let i = 0; i < tokens.length; i++) out.push(tokens[i]);
  }
  return out;
}

/**
 * The raw features a perturbation is scored with: its replacement (or the question's own values) with its
 * dropped groups' features at their typical values; undefined when that is the question's own.
 */
export function perturbedFeatures(
  p: Perturbation,
  groups: PerturbationGroups,
  own: ArrayLike<number>,
  typical: ArrayLike<number>,
): ArrayLike<number> | undefined {
  let out: number[] | undefined;
  for (let k = 0; k < (p.dropGroups?.length ?? 0); k++) {
    const f = resetColumn(groupOf(groups, p.dropGroups![k]), own.length);
    if (f < 0) continue;
    out ??= Array.from(p.features ?? own);
    out[f] = typical[f];
  }
  return out ?? p.features;
}
