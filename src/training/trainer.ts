// Training loop for the network: seeded shuffles, mini-batches built on the fly (the bag is wide, so
// the whole matrix is never materialised), early stopping on validation ROC AUC, best weights kept.
import * as tf from '@tensorflow/tfjs';
import { rocAuc } from '../core/eval/metrics';
import { buildNetwork, predictLogits } from './network';
import { mulberry32, shuffleInPlace } from '../core/util/rng';
import { modelInput, scaleFeatures, writeBag, type Vectorised, type VectoriserConfig } from '../core/model/vectoriser';

export interface TrainRow {
  vec: Vectorised;
  label: 0 | 1;
  /** Loss weight (e.g. to balance sets); default 1. */
  weight?: number;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  batchSize?: number;
  learningRate?: number;
  /** L2 on the wide kernel and the embedding kernel (the bag weights). */
  l2?: number;
  /** L2 on the deep part's dense kernels. */
  l2Deep?: number;
  /** Embedding-bag width in the deep part (0: none). */
  embedding?: number;
  /**
   * > 0: words and style (bag and non-monotone features) move the logit by at most ±cap, and the monotone
   * features reach it through a linear substance path of signed weights (network.ts). trainSparse only.
   */
  styleCap?: number;
  hidden?: number;
  /**
   * Per feature: +1 / -1 keeps the logit non-decreasing / non-increasing in that feature (FEATURE_MONOTONE),
   * by projecting the hidden kernel after every step so each hidden unit's path has the right sign. trainSparse only.
   */
  monotone?: readonly number[];
  /**
   * Full-batch Adam steps on all weights before the mini-batch epochs (the TF-IDF baseline's solver:
   * a converged logistic regression to start from); epoch 0 is then a candidate for the best epoch.
   * trainSparse only.
   */
  warmStart?: number;
  warmStartLearningRate?: number;
  /** Stop after this many epochs without a better validation AUC. */
  patience?: number;
  onEpoch?: (info: { epoch: number; loss: number; valAuc: number; ms: number }) => void;
}

export interface TrainResult {
  model: tf.LayersModel;
  bestEpoch: number;
  bestValAuc: number;
  history: { epoch: number; loss: number; valAuc: number }[];
}

/** One batch as flat row-major matrices, written in place (no per-row bag copies). */
export function batchMatrices(
  rows: readonly TrainRow[],
  config: VectoriserConfig,
): { bag: Float32Array; features: Float32Array } {
  const width = config.featureNames.length;
  const bag = new Float32Array(rows.length * config.buckets);
  const features = new Float32Array(rows.length * width);
  rows.forEach((r, i) => {
    writeBag(bag, i * config.buckets, r.vec, undefined, config.idf);
    features.set(scaleFeatures(r.vec.features, config), i * width);
  });
  return { bag, features };
}

export function inputs(rows: readonly TrainRow[], config: VectoriserConfig) {
  const xs = rows.map((r) => modelInput(r.vec, config));
  return { bags: xs.map((x) => x.bag), features: xs.map((x) => x.features) };
}

export function logitsFor(
  model: tf.LayersModel,
  rows: readonly TrainRow[],
  config: VectoriserConfig,
  batch = 256,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i += batch) {
    const { bags, features } = inputs(rows.slice(i, i + batch), config);
    out.push(...predictLogits(model, bags, features));
  }
  return out;
}

export async function train(
  trainRows: readonly TrainRow[],
  valRows: readonly TrainRow[],
  config: VectoriserConfig,
  o: TrainOptions,
): Promise<TrainResult> {
  const rand = mulberry32(o.seed);
  const model = buildNetwork({
    buckets: config.buckets,
    features: config.featureNames.length,
    seed: o.seed,
    embedding: o.embedding,
    hidden: o.hidden,
  });
  const optimizer = tf.train.adam(o.learningRate ?? 0.003);
  const batchSize = o.batchSize ?? 64;
  const order = trainRows.map((_, i) => i);
  const valLabels = valRows.map((r) => r.label);
  const history: TrainResult['history'] = [];
  let best = { auc: -Infinity, epoch: 0, weights: [] as tf.Tensor[] };
  const bagWidth = config.buckets;
  const featWidth = config.featureNames.length;
  // L2 written out here so the saved topology carries no regulariser.
  const kernel = (name: string) => model.layers.find((l) => l.name === name)?.trainableWeights[0];
  const bagKernels = ['wide', 'bag_embedding'].map(kernel).filter((k) => k !== undefined);
  const deepKernels = ['hidden', 'deep'].map(kernel).filter((k) => k !== undefined);
  const l2 = o.l2 ?? 0;
  const l2Deep = o.l2Deep ?? 0;
  const penalty = (kernels: typeof bagKernels, c: number) =>
    kernels.map((k) => k.read().square().sum().mul(c) as tf.Scalar).reduce((a, b) => a.add(b));

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, rand);
    let lossSum = 0;
    let seen = 0;
    for (let i = 0; i < order.length; i += batchSize) {
      const rows = order.slice(i, i + batchSize).map((k) => trainRows[k]);
      const m = batchMatrices(rows, config);
      const loss = tf.tidy(() => {
        const b = tf.tensor2d(m.bag, [rows.length, bagWidth]);
        const f = tf.tensor2d(m.features, [rows.length, featWidth]);
        const y = tf.tensor2d(
          rows.map((r) => r.label),
          [rows.length, 1],
        );
        const w = tf.tensor2d(
          rows.map((r) => r.weight ?? 1),
          [rows.length, 1],
        );
        return optimizer.minimize(() => {
          const logits = model.apply([b, f], { training: true }) as tf.Tensor;
          const data = tf.losses.sigmoidCrossEntropy(y, logits, w) as tf.Scalar;
          let total = data;
          if (l2 > 0) total = total.add(penalty(bagKernels, l2));
          if (l2Deep > 0) total = total.add(penalty(deepKernels, l2Deep));
          return total;
        }, true) as tf.Scalar;
      });
      lossSum += loss.dataSync()[0] * rows.length;
      seen += rows.length;
      loss.dispose();
    }
    const valAuc = valRows.length ? rocAuc(logitsFor(model, valRows, config), valLabels) : NaN;
    const info = { epoch, loss: lossSum / Math.max(1, seen), valAuc };
    history.push(info);
    o.onEpoch?.({ ...info, ms: Date.now() - started });
    if (!(valAuc <= best.auc)) {
      best.weights.forEach((t) => {
        t.dispose();
      });
      best = { auc: valAuc, epoch, weights: model.getWeights().map((t) => t.clone()) };
    } else if (epoch - best.epoch >= (o.patience ?? 3)) break;
  }
  model.setWeights(best.weights);
  best.weights.forEach((t) => {
    t.dispose();
  });
  optimizer.dispose();
  return { model, bestEpoch: best.epoch, bestValAuc: best.auc, history };
}
