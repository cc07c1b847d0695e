// Fast trainer for the wide-and-deep network (no embedding bag): the same model and loss as trainer.ts,
// but forward/backward in plain JS over the sparse bag (a question touches ~200 of 16k buckets), Adam
// on all weights. The tfjs CPU backend spends most of a step multiplying zeros; this does not, which
// keeps `npm run train` within its time budget. The result is loaded into the tfjs layers network
// (buildNetwork), so what ships and what the worker runs is the ordinary tfjs model.
import type * as tf from '@tensorflow/tfjs';
import { rocAuc } from '../core/eval/metrics';
import { adamStep } from './adam';
import { buildNetwork } from './network';
import { mulberry32, shuffleInPlace } from '../core/util/rng';
import type { TrainOptions, TrainResult, TrainRow } from './trainer';
import { scaleFeatures, sparseBag, type Vectorised, type VectoriserConfig } from '../core/model/vectoriser';
import * as tfjs from '@tensorflow/tfjs';

/** A training row as the JS trainers read it: the bag's non-zero buckets, scaled features, target and loss weight. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
  f: Float64Array;
  y: number;
  w: number;
}

/** The row of a vectorised question, its bag exactly as the shipped scorer builds it. */
export function sparseRow(vec: Vectorised, config: VectoriserConfig, y: number, w = 1): SparseRow {
  return { ...sparseBag(vec, config), f: Float64Array.from(scaleFeatures(vec.features, config)), y, w };
}

class Params {
  constructor(
    readonly w: Float64Array, // wide kernel [B]
    readonly bw: Float64Array, // wide bias [1]
    readonly W1: Float64Array, // hidden kernel [F*H], row-major [F][H] like tfjs
    readonly b1: Float64Array, // [H]
    readonly W2: Float64Array, // deep kernel [H]
    readonly b2: Float64Array, // [1]
    readonly S: Float64Array, // substance kernel [F] (used with a style cap)
  ) {}
  all(): Float64Array[] {
    return [this.w, this.bw, this.W1, this.b1, this.W2, this.b2, this.S];
  }
  clone(): Params {
    const [a, b, c, d, e, f, g] = this.all().map((x) => Float64Array.from(x));
    return new Params(a, b, c, d, e, f, g);
  }
  zeros(): Params {
    const [a, b, c, d, e, f, g] = this.all().map((x) => new Float64Array(x.length));
    return new Params(a, b, c, d, e, f, g);
  }
}

/**
 * The logit, and the derivative of the logit with respect to the words-and-style sum (1 without a cap).
 * Without a cap: wide + deep. With one: cap·tanh((wide + deep) / cap) + S · features (the substance path).
 */
const out = { z: 0, slope: 1 };
function logit(p: Params, r: SparseRow, F: number, H: number, h: Float64Array, cap = 0): typeof out {
  let z = p.bw[0] + p.b2[0];
  for (let k = 0; k < r.idx.length; k++) z += p.w[r.idx[k]] * r.val[k];
  for (let j = 0; j < H; j++) {
    let a = p.b1[j];
    for (let i = 0; i < F; i++) a += r.f[i] * p.W1[i * H + j];
    h[j] = Math.max(a, 0);
    z += h[j] * p.W2[j];
  }
  if (cap > 0) {
    const t = Math.tanh(z / cap);
    out.slope = 1 - t * t;
    z = cap * t;
    for (let i = 0; i < F; i++) z += p.S[i] * r.f[i];
  } else out.slope = 1;
  out.z = z;
  return out;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export async function trainSparse(
  trainRows: readonly TrainRow[],
  valRows: readonly TrainRow[],
  config: VectoriserConfig,
  o: TrainOptions,
): Promise<TrainResult> {
  if ((o.embedding ?? 0) > 0) throw new Error('trainSparse has no embedding bag: use train() for that');
  const B = config.buckets;
  const F = config.featureNames.length;
  const H = o.hidden ?? 16;
  const cap = o.styleCap ?? 0;
  const rand = mulberry32(o.seed);
  const toSparse = (r: TrainRow): SparseRow => sparseRow(r.vec, config, r.label, r.weight ?? 1);
  const tr = trainRows.map(toSparse);
  const va = valRows.map(toSparse);
  // Glorot-uniform deep kernels from the seeded generator; the wide part starts at 0 (unseen buckets stay 0).
  const glorot = (n: number, fanIn: number, fanOut: number) => {
    const lim = Math.sqrt(6 / (fanIn + fanOut));
    return Float64Array.from({ length: n }, () => (rand() * 2 - 1) * lim);
  };
  let p = new Params(
    new Float64Array(B),
    new Float64Array(1),
    glorot(F * H, F, H),
    new Float64Array(H),
    glorot(H, H, 1),
    new Float64Array(1),
    new Float64Array(F),
  );
  const m = p.zeros();
  const v = p.zeros();
  const g = p.zeros();
  const lr = o.learningRate ?? 0.003;
  const l2 = o.l2 ?? 0;
  const l2Deep = o.l2Deep ?? 0;
  const batchSize = o.batchSize ?? 64;
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const order = tr.map((_, i) => i);
  const valLabels = va.map((r) => r.y);
  const history: TrainResult['history'] = [];
  let best = { auc: -Infinity, epoch: 0, params: p.clone() };
  /** Adds the mean-loss gradient of `rows` (indices into tr) plus the L2 terms to g; returns the summed loss. */
  const accumulate = (batch: readonly number[]): number => {
    for (const x of g.all()) x.fill(0);
    const n = batch.length;
    let lossSum = 0;
    for (const k of batch) {
      const r = tr[k];
      const { z, slope } = logit(p, r, F, H, h, cap);
      lossSum += r.w * (Math.max(z, 0) - z * r.y + Math.log1p(Math.exp(-Math.abs(z))));
      const dz = (r.w * (sigmoid(z) - r.y)) / n;
      if (cap > 0) for (let i = 0; i < F; i++) g.S[i] += dz * r.f[i];
      // Everything below reaches the logit through the (capped) words-and-style sum.
      const d = dz * slope;
      for (let q = 0; q < r.idx.length; q++) g.w[r.idx[q]] += d * r.val[q];
      g.bw[0] += d;
      g.b2[0] += d;
      for (let j = 0; j < H; j++) {
        g.W2[j] += d * h[j];
        dh[j] = h[j] > 0 ? d * p.W2[j] : 0;
        g.b1[j] += dh[j];
      }
      for (let i = 0; i < F; i++) {
        const fi = r.f[i];
        if (fi !== 0) for (let j = 0; j < H; j++) g.W1[i * H + j] += fi * dh[j];
      }
    }
    if (l2 > 0) for (let j = 0; j < B; j++) g.w[j] += 2 * l2 * p.w[j];
    if (l2Deep > 0) {
      for (let j = 0; j < p.W1.length; j++) g.W1[j] += 2 * l2Deep * p.W1[j];
      for (let j = 0; j < H; j++) g.W2[j] += 2 * l2Deep * p.W2[j];
      for (let i = 0; i < F; i++) g.S[i] += 2 * l2Deep * p.S[i];
    }
    return lossSum;
  };
  // Monotone features (sign s). Without a cap: the logit's slope in feature i is sum_j W2[j]·W1[i][j]·[unit j
  // active], so it has the sign s wherever every W1[i][j]·W2[j] has it; a weight of the wrong sign is set to 0
  // (projected descent). With a cap: monotone features feed only the substance path, with a weight of sign s,
  // and the other features only the capped style part.
  const monotone = o.monotone ?? [];
  const project = () => {
    for (let i = 0; i < F; i++) {
      const sign = monotone[i] ?? 0;
      if (cap > 0) {
        if (sign === 0) p.S[i] = 0;
        else {
          if (sign * p.S[i] < 0) p.S[i] = 0;
          for (let j = 0; j < H; j++) p.W1[i * H + j] = 0;
        }
        continue;
      }
      if (sign === 0) continue;
      for (let j = 0; j < H; j++) if (sign * p.W1[i * H + j] * p.W2[j] < 0) p.W1[i * H + j] = 0;
    }
  };
  const step = (M: Params, V: Params, t: number, rate: number) => {
    adamStep(p.all(), g.all(), M.all(), V.all(), t, rate);
    project();
  };
  project();
  if ((o.warmStart ?? 0) > 0) {
    const wm = p.zeros();
    const wv = p.zeros();
    const everyone = tr.map((_, i) => i);
    let loss = 0;
    for (let s = 1; s <= o.warmStart!; s++) {
      loss = accumulate(everyone);
      step(wm, wv, s, o.warmStartLearningRate ?? 0.05);
    }
    const valAuc = va.length
      ? rocAuc(
          va.map((r) => logit(p, r, F, H, h, cap).z),
          valLabels,
        )
      : NaN;
    history.push({ epoch: 0, loss: loss / Math.max(1, tr.length), valAuc });
    best = { auc: valAuc, epoch: 0, params: p.clone() };
  }
  let t = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, rand);
    let lossSum = 0;
    for (let s = 0; s < order.length; s += batchSize) {
      lossSum += accumulate(order.slice(s, s + batchSize));
      step(m, v, ++t, lr);
    }
    const valAuc = va.length
      ? rocAuc(
          va.map((r) => logit(p, r, F, H, h, cap).z),
          valLabels,
        )
      : NaN;
    const info = { epoch, loss: lossSum / Math.max(1, tr.length), valAuc };
    history.push(info);
    o.onEpoch?.({ ...info, ms: Date.now() - started });
    if (!(valAuc <= best.auc)) best = { auc: valAuc, epoch, params: p.clone() };
    else if (epoch - best.epoch >= (o.patience ?? 3)) break;
  }
  p = best.params;
  const model = buildNetwork({ buckets: B, features: F, hidden: H, seed: o.seed, embedding: 0, styleCap: cap });
  setWeights(model, p, B, F, H, cap);
  return { model, bestEpoch: best.epoch, bestValAuc: best.auc, history };
}

function setWeights(model: tf.LayersModel, p: Params, B: number, F: number, H: number, cap: number): void {
  const f32 = (x: Float64Array) => Float32Array.from(x);
  const set = (name: string, ...weights: tf.Tensor[]) => {
    model.getLayer(name).setWeights(weights);
    for (const w of weights) w.dispose();
  };
  set('wide', tfjs.tensor2d(f32(p.w), [B, 1]), tfjs.tensor1d(f32(p.bw)));
  set('hidden', tfjs.tensor2d(f32(p.W1), [F, H]), tfjs.tensor1d(f32(p.b1)));
  set('deep', tfjs.tensor2d(f32(p.W2), [H, 1]), tfjs.tensor1d(f32(p.b2)));
  if (cap > 0) set('substance', tfjs.tensor2d(f32(p.S), [F, 1]));
}
