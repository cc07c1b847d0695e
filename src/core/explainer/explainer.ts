// LIME-style local explanation of one question's score: sample on/off patterns of the question's
// components (seeded by their layout, so the same text gets the same answer), score all perturbed copies
// in ONE batch (no NLP per perturbation), and fit a locally weighted ridge surrogate. A component's
// attribution is the surrogate's coefficient: how much its presence (or, for a hand feature, its own
// value instead of the typical one) moves the score.
import type { QuestionDocument } from '../document/question-document';
import { buildComponents, DEFAULT_LIMITS, type Component, type ComponentLimits } from './components';
import type { PerturbableModel, Perturbation, VectorisedLike } from './model';
import { registerCache } from '../cache-registry';
import { fnv1a32 } from '../util/hash';
import { Lru } from '../util/lru';
import { mulberry32 } from '../util/rng';
import { ridgeDesignOfRemoved, solveRidge, type RidgeDesign } from './ridge';
import { alignToSource } from './token-spans';

export interface ExplainOptions {
  /** Perturbed samples (the original is one more). Default: scales with the component count, 160–320. */
  samples?: number;
  limits?: Partial<ComponentLimits>;
  /** Largest share of components removed in one sample. */
  maxRemoved?: number;
  /** Kernel width on the share of components removed. */
  kernelWidth?: number;
  /** Ridge penalty, relative to the total sample weight. */
  lambda?: number;
  /** Overrides the layout hash seed (tests). */
  seed?: number;
}

export interface Attribution {
  component: Component;
  /** Signed effect on the score of the component being present (positive helps). */
  weight: number;
}

export interface Explanation<V extends VectorisedLike = VectorisedLike> {
  vec: V;
  /** The model's score of the unperturbed question. */
  baseScore: number;
  /** Surrogate's score with every component removed. */
  intercept: number;
  /** Weighted R² of the surrogate on the samples: how faithfully it mimics the model locally. */
  fidelity: number;
  /** One per component, in component order. */
  attributions: Attribution[];
  samples: number;
  seed: number;
}

export function defaultSampleCount(components: number): number {
  return Math.min(320, Math.max(160, 2 * components + 64));
}

export function explain<V extends VectorisedLike>(
  doc: QuestionDocument,
  model: PerturbableModel<V>,
  options: ExplainOptions = {},
): Explanation<V> {
  const vec = model.vectorise(doc);
  const places = alignToSource(doc, vec.tokens, model.tokenPlaces?.(doc));
  const typical = model.typicalFeatures();
  const components = buildComponents(
    doc,
    vec.tokens,
    places,
    {
      values: vec.features,
      typical,
      ids: model.featureIds,
      labels: model.featureLabels,
      absentLabels: model.featureAbsentLabels,
    },
    { ...DEFAULT_LIMITS, ...options.limits },
  );
  const layout = components.map((c) => c.kind[0]).join('');
  // Deterministic sampling: the same layout always gets the same perturbations, so the same text the same explanation.
  const seed = options.seed ?? seedOf(layout);
  if (components.length === 0) {
    const base = model.scorePerturbations(vec, [{}])[0];
    return { vec, baseScore: base, intercept: base, fidelity: 1, attributions: [], samples: 1, seed };
  }
  const design = sampleDesign(layout, seed, options);
  // Each sample removes whole components: they are the model's groups (their tokens dropped, their
  // feature at its typical value), so a keystroke builds no per-sample data at all.
  const y = model.scorePerturbations(vec, design.perturbations, components);
  const fit = solveRidge(design.ridge, y);
  return {
    vec,
    baseScore: y[0],
    intercept: fit.intercept,
    fidelity: fit.r2,
    attributions: components.map((component, j) => ({ component, weight: fit.coef[j] })),
    samples: design.perturbations.length,
    seed,
  };
}

interface SampleDesign {
  /**
   * Per row, the perturbation removing its dropped components (their indices are the groups'): row 0 is the question
   * itself.
   */
  perturbations: Perturbation[];
  ridge: RidgeDesign;
}

// The samples depend on the components' layout (their kinds in order) and the options only, so a keystroke
// that keeps the layout (most do) reuses the samples and the factorised ridge: only the scores are new.
/** The sampling seed of a component layout: FNV-1a over its UTF-16 code units (no text encoding needed). */
function seedOf(layout: string): number {
  return fnv1a32(layout, 'utf16');
}

const designs = registerCache('explainer/explainer: sample designs', new Lru<string, SampleDesign>(8));

function sampleDesign(layout: string, seed: number, options: ExplainOptions): SampleDesign {
  const d = layout.length;
  const k = options.samples ?? defaultSampleCount(d);
  const maxRemoved = options.maxRemoved ?? 0.5;
  const width = options.kernelWidth ?? 0.35;
  const lambda = options.lambda ?? 1e-3;
  const key = `${layout}|${seed}|${k}|${maxRemoved}|${width}|${lambda}`;
  const cached = designs.get(key);
  if (cached) return cached;

  const rand = mulberry32(seed);
  // Words and sentences overlap (removing a sentence removes its words), which a linear surrogate cannot
  // represent. So samples alternate: odd ones perturb words/phrases (sentences kept), even ones perturb
  // sentences (words kept); features vary in both. Then "word" = the word's own effect and "sentence" =
  // the effect of the whole sentence, and a model linear in its inputs is fitted exactly.
  const kinds = Uint8Array.from(layout, (c) => (c === 's' ? SENTENCE : c === 'f' ? FEATURE : DETAIL));
  const hasSentences = kinds.includes(SENTENCE);
  const hasDetail = kinds.some((kind) => kind !== SENTENCE);
  // Row 0 is the question itself (nothing removed); each sample lists the components it removes.
  const off: Int32Array[] = [new Int32Array(0)];
  const offShare: number[] = [0];
  const scratch = new Int32Array(d);
  const varying = [varyingCount(kinds, false), varyingCount(kinds, true)];
  for (let s = 0; s < k; s++) {
    const sentenceGroup = hasSentences && (!hasDetail || s % 2 === 1);
    const removed = sampleRemoved(scratch, kinds, sentenceGroup, rand() * maxRemoved, rand);
    off.push(scratch.slice(0, removed));
    offShare.push(removed / Math.max(1, varying[Number(sentenceGroup)]));
  }
  const w = offShare.map((f) => Math.exp(-((f / width) ** 2)));
  const totalWeight = w.reduce((a, b) => a + b, 0);
  // Each sample's perturbation drops its removed components: the same index arrays the ridge design reads.
  const perturbations: Perturbation[] = off.map((idx) => (idx.length ? { dropGroups: idx } : {}));
  const design = { perturbations, ridge: ridgeDesignOfRemoved(d, off, w, lambda * totalWeight) };
  designs.set(key, design);
  return design;
}

const DETAIL = 0;
const SENTENCE = 1;
const FEATURE = 2;

/** Whether component kind `kind` varies in a sample that perturbs sentences (`sentenceGroup`) or the rest. */
function varies(kind: number, sentenceGroup: boolean): boolean {
  return kind === FEATURE || (kind === SENTENCE) === sentenceGroup;
}

function varyingCount(kinds: Uint8Array, sentenceGroup: boolean): number {
  let n = 0;
  for (let j = 0; j < kinds.length; j++) if (varies(kinds[j], sentenceGroup)) n++;
  return n;
}

/**
 * One sample: each component varying in it (features always, and sentences or the rest, by
 * `sentenceGroup`) is removed with probability `r`, and at least one is. Writes the removed indices,
 * ascending, to `out` and returns how many. A function of its own, called per sample, so that it is
 * optimised early (docs/performance.md).
 */
function sampleRemoved(
  out: Int32Array,
  kinds: Uint8Array,
  sentenceGroup: boolean,
  r: number,
  rand: () => number,
): number {
  const d = kinds.length;
  let removed = 0;
  for (let j = 0; j < d; j++) if (varies(kinds[j], sentenceGroup) && rand() < r) out[removed++] = j;
  if (removed > 0) return removed;
  // Always remove something: the first varying component at a random offset.
  let j = Math.floor(rand() * d);
  while (!varies(kinds[j], sentenceGroup)) j = (j + 1) % d;
  out[0] = j;
  return 1;
}

/**
 * Builds a few sample designs of typical layouts, so the design code is optimised before it is needed: a
 * design is built only when the layout changes (typing completes a sentence), which leaves that code cold
 * for a long time (docs/performance.md). A worker calls this once when its model has loaded.
 */
export function warmUpExplainer(): void {
  for (let i = 0; i < 4; i++) {
    const layout = `${'p'.repeat(i)}${'w'.repeat(40)}${'s'.repeat(18 + 4 * i)}${'f'.repeat(31)}`;
    const design = sampleDesign(layout, seedOf(layout), {});
    solveRidge(
      design.ridge,
      Array.from({ length: design.perturbations.length }, (_, k) => k % 2),
    );
  }
}
