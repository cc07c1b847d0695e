// The close-reason head: P(reason | closed) over CLOSE_REASONS, a multinomial logistic regression on the
// main model's own inputs (the TF-IDF bag and the scaled hand features), so it costs no extra NLP.
// Trained in plain JS over the sparse bag (like sparse-trainer.ts), shipped as an ordinary tfjs layers
// model (bag ‖ features → Dense(4, softmax)), and scored sparsely in JS from that model's weights: it runs
// on every keystroke, where tfjs bookkeeping for one tiny row would cost more than the sums.
import * as tf from '@tensorflow/tfjs';
import { CLOSE_REASONS } from '../../shared/close-risk';
import { adamStep } from './adam';
import { exportModel, type ModelFiles } from './io';
import { mulberry32, shuffleInPlace } from './rng';
import { sparseBag } from './sparse-trainer';
import { scaleFeatures, type Vectorised, type VectoriserConfig } from './vectoriser';

export const CLOSE_REASONS_JSON = 'close-reasons.json';
export const CLOSE_REASONS_WEIGHTS = 'close-reasons.weights.bin';

const K = CLOSE_REASONS.length;

export interface CloseHeadRow {
  vec: Vectorised;
  /** Index into CLOSE_REASONS. */
  reason: number;
  /** Loss weight; default 1. */
  weight?: number;
}

export interface CloseHeadOptions {
  seed: number;
  epochs?: number;
  learningRate?: number;
  /** L2 on the kernel (not the bias). */
  l2?: number;
  batchSize?: number;
  /** 'balanced' (default): each class weighs the same in the loss, so the rare ones are not ignored. */
  classWeights?: 'balanced' | 'none';
  onEpoch?: (info: { epoch: number; loss: number; ms: number }) => void;
}

/** Dense(4) weights as tfjs stores them: kernel [B + F][4] row-major (bag rows, then feature rows), bias [4]. */
export interface CloseHeadWeights {
  kernel: Float32Array;
  bias: Float32Array;
}

interface SparseRow { idx: Int32Array; val: Float64Array; f: Float64Array; y: number; w: number }

/** Row logits z[k] = bias + bag·W + features·W, in float64. */
function logits(kernel: ArrayLike<number>, bias: ArrayLike<number>, B: number, idx: Int32Array, val: ArrayLike<number>, f: ArrayLike<number>, z: Float64Array): void {
  for (let k = 0; k < K; k++) z[k] = bias[k];
  for (let q = 0; q < idx.length; q++) {
    const at = idx[q] * K;
    const v = val[q];
    for (let k = 0; k < K; k++) z[k] += v * kernel[at + k];
  }
  for (let i = 0; i < f.length; i++) {
    const v = f[i];
    if (v === 0) continue;
    const at = (B + i) * K;
    for (let k = 0; k < K; k++) z[k] += v * kernel[at + k];
  }
}

/** z → softmax(z) in place (max subtracted, so large logits do not overflow). */
function softmax(z: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < K; k++) z[k] /= sum;
}

/** Per class N / (K · n_class) over the row weights (sklearn's 'balanced'); 0 for a class with no rows. */
function balancedWeights(rows: readonly SparseRow[]): Float64Array {
  const per = new Float64Array(K);
  let total = 0;
  for (const r of rows) {
    per[r.y] += r.w;
    total += r.w;
  }
  return per.map((n) => (n > 0 ? total / (K * n) : 0));
}

export async function trainCloseHead(rows: readonly CloseHeadRow[], config: VectoriserConfig, o: CloseHeadOptions): Promise<CloseHeadWeights> {
  const B = config.buckets;
  const F = config.featureNames.length;
  const tr: SparseRow[] = rows.map((r) => {
    if (!(Number.isInteger(r.reason) && r.reason >= 0 && r.reason < K)) throw new Error(`close reason index ${r.reason} is not one of 0..${K - 1}`);
    // The bag exactly as the main model's trainer builds it (sparseBag reads only `vec`).
    return { ...sparseBag({ vec: r.vec, label: 0 }, config), f: Float64Array.from(scaleFeatures(r.vec.features, config)), y: r.reason, w: r.weight ?? 1 };
  });
  const classWeight = (o.classWeights ?? 'balanced') === 'balanced' ? balancedWeights(tr) : new Float64Array(K).fill(1);
  // Zeros: the problem is convex, and buckets never seen in training keep weight 0.
  const params = [new Float64Array((B + F) * K), new Float64Array(K)];
  const [W, b] = params;
  const grads = params.map((p) => new Float64Array(p.length));
  const [gW, gb] = grads;
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  const lr = o.learningRate ?? 0.01;
  const l2 = o.l2 ?? 0;
  const batchSize = o.batchSize ?? 64;
  const rand = mulberry32(o.seed);
  const order = tr.map((_, i) => i);
  const z = new Float64Array(K);
  /** Adds the batch's mean-loss gradient plus the L2 term to the grads; returns the summed loss. */
  const accumulate = (batch: readonly number[]): number => {
    for (const g of grads) g.fill(0);
    let lossSum = 0;
    for (const i of batch) {
      const r = tr[i];
      const s = r.w * classWeight[r.y];
      logits(W, b, B, r.idx, r.val, r.f, z);
      softmax(z);
      lossSum += -s * Math.log(Math.max(z[r.y], 1e-300));
      for (let k = 0; k < K; k++) z[k] = (s * (z[k] - (k === r.y ? 1 : 0))) / batch.length;
      for (let q = 0; q < r.idx.length; q++) {
        const at = r.idx[q] * K;
        for (let k = 0; k < K; k++) gW[at + k] += z[k] * r.val[q];
      }
      for (let f = 0; f < F; f++) {
        const at = (B + f) * K;
        if (r.f[f] !== 0) for (let k = 0; k < K; k++) gW[at + k] += z[k] * r.f[f];
      }
      for (let k = 0; k < K; k++) gb[k] += z[k];
    }
    if (l2 > 0) for (let j = 0; j < W.length; j++) gW[j] += 2 * l2 * W[j];
    return lossSum;
  };
  let t = 0;
  for (let epoch = 1; epoch <= (o.epochs ?? 20); epoch++) {
    const started = Date.now();
    shuffleInPlace(order, rand);
    let lossSum = 0;
    for (let s = 0; s < order.length; s += batchSize) {
      lossSum += accumulate(order.slice(s, s + batchSize));
      adamStep(params, grads, m, v, ++t, lr);
    }
    o.onEpoch?.({ epoch, loss: lossSum / Math.max(1, tr.length), ms: Date.now() - started });
  }
  return { kernel: Float32Array.from(W), bias: Float32Array.from(b) };
}

/** The head as a tfjs layers model: inputs 'bag' [B] and 'features' [F] (the main model's), softmax over CLOSE_REASONS. */
export function buildCloseHeadModel(weights: CloseHeadWeights, B: number, F: number): tf.LayersModel {
  if (weights.kernel.length !== (B + F) * K || weights.bias.length !== K) {
    throw new Error(`close head weights are [${weights.kernel.length}] + [${weights.bias.length}], expected [${(B + F) * K}] + [${K}]`);
  }
  const bag = tf.input({ shape: [B], name: 'bag' });
  const features = tf.input({ shape: [F], name: 'features' });
  const joined = tf.layers.concatenate({ name: 'close_joined' }).apply([bag, features]) as tf.SymbolicTensor;
  const dense = tf.layers.dense({ units: K, activation: 'softmax', name: 'close_reason' });
  const out = dense.apply(joined) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [bag, features], outputs: out, name: 'close_reasons' });
  const kernel = tf.tensor2d(weights.kernel, [B + F, K]);
  const bias = tf.tensor1d(weights.bias);
  dense.setWeights([kernel, bias]);
  kernel.dispose();
  bias.dispose();
  return model;
}

/** The head's two files (close-reasons.json naming ./close-reasons.weights.bin), to sit beside model.json. */
export function exportCloseHead(model: tf.LayersModel): Promise<ModelFiles> {
  return exportModel(model, { weightsFile: CLOSE_REASONS_WEIGHTS });
}

/** The head's weights read out of its tfjs model once; probabilities in plain JS, no tensors per call. */
export class CloseHead {
  private readonly z = new Float64Array(K);

  private constructor(
    private readonly kernel: Float32Array,
    private readonly bias: Float32Array,
    /** Widths of the bag and feature inputs. */
    readonly buckets: number,
    readonly features: number,
  ) {}

  /** Null unless `model` is buildCloseHeadModel's shape: [bag, features] → concatenate → Dense(4, softmax). */
  static from(model: tf.LayersModel): CloseHead | null {
    const names = model.layers.map((l) => l.name).sort().join(',');
    if (names !== 'bag,close_joined,close_reason,features' || model.inputNames.join(',') !== 'bag,features') return null;
    const dense = model.getLayer('close_reason');
    const cfg = dense.getConfig() as { activation?: string; units?: number; useBias?: boolean };
    if (cfg.activation !== 'softmax' || cfg.units !== K || cfg.useBias === false) return null;
    // The kernel's rows follow the concatenation's input order, which must be bag then features.
    const inbound = (model.getLayer('close_joined') as unknown as { inboundNodes: { inboundLayers: { name: string }[] }[] }).inboundNodes[0];
    if (inbound?.inboundLayers.map((l) => l.name).join(',') !== 'bag,features') return null;
    const [B, F] = model.inputs.map((x) => x.shape[1] ?? 0);
    const [kernel, bias] = dense.getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array));
    if (kernel.length !== (B + F) * K) return null;
    return new CloseHead(kernel, bias, B, F);
  }

  /** P(reason | closed) in CLOSE_REASONS order, from the same bag and scaled features the main model reads. */
  probabilities(vec: Vectorised, config: VectoriserConfig): number[] {
    if (config.buckets !== this.buckets || config.featureNames.length !== this.features) {
      throw new Error(`close head expects ${this.buckets} buckets and ${this.features} features, the config has ${config.buckets} and ${config.featureNames.length}`);
    }
    const { idx, val } = sparseBag({ vec, label: 0 }, config);
    logits(this.kernel, this.bias, this.buckets, idx, val, scaleFeatures(vec.features, config), this.z);
    softmax(this.z);
    return Array.from(this.z);
  }
}
