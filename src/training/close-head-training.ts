// Training of the close-reason head (core/model/close-head.ts): plain JS over the sparse bag (like sparse-trainer),
// shipped as an ordinary tfjs layers model (bag ‖ features → Dense(4, softmax)) the runtime reads without tfjs.
import * as tf from '@tensorflow/tfjs';
import { CLOSE_REASONS } from '../shared/close-risk';
import { adamStep } from './adam';
import { CLOSE_REASONS_WEIGHTS, logits, softmax, type CloseHeadWeights } from '../core/model/close-head';
import { exportModel } from './io';
import type { ModelFiles } from '../core/model/layers-graph';
import { mulberry32, shuffleInPlace } from '../core/util/rng';
import type { Vectorised, VectoriserConfig } from '../core/model/vectoriser';
import { type SparseRow, sparseRow } from './sparse-trainer';

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

export async function trainCloseHead(
  rows: readonly CloseHeadRow[],
  config: VectoriserConfig,
  o: CloseHeadOptions,
): Promise<CloseHeadWeights> {
  const B = config.buckets;
  const F = config.featureNames.length;
  const tr: SparseRow[] = rows.map((r) => {
    if (!(Number.isInteger(r.reason) && r.reason >= 0 && r.reason < K))
      throw new Error(`close reason index ${r.reason} is not one of 0..${K - 1}`);
    // The bag exactly as the main model's trainer builds it.
    return sparseRow(r.vec, config, r.reason, r.weight ?? 1);
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

/**
 * The head as a tfjs layers model: inputs 'bag' [B] and 'features' [F] (the main model's), softmax over CLOSE_REASONS.
 */
export function buildCloseHeadModel(weights: CloseHeadWeights, B: number, F: number): tf.LayersModel {
  if (weights.kernel.length !== (B + F) * K || weights.bias.length !== K) {
    throw new Error(
      `close head weights are [${weights.kernel.length}] + [${weights.bias.length}], expected [${(B + F) * K}] + [${K}]`,
    );
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
