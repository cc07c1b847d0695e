// The tfjs layers network: bag [buckets] → Dense(16) (an embedding bag: a presence-weighted sum of
// bucket vectors), concatenated with the scaled hand features → Dense(16, relu) → Dense(1) logit.
// Sigmoid and calibration are applied outside, from the model config.
import * as tf from '@tensorflow/tfjs';

export interface NetworkOptions {
  buckets: number;
  features: number;
  embedding?: number;
  hidden?: number;
  seed: number;
}

export function buildNetwork(o: NetworkOptions): tf.LayersModel {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: o.seed * 101 + k });
  const bag = tf.input({ shape: [o.buckets], name: 'bag' });
  const features = tf.input({ shape: [o.features], name: 'features' });
  const embedded = tf.layers
    .dense({
      units: o.embedding ?? 16,
      name: 'bag_embedding',
      kernelInitializer: init(1),
    })
    .apply(bag) as tf.SymbolicTensor;
  const joined = tf.layers.concatenate({ name: 'joined' }).apply([embedded, features]) as tf.SymbolicTensor;
  const hidden = tf.layers
    .dense({ units: o.hidden ?? 16, activation: 'relu', name: 'hidden', kernelInitializer: init(2) })
    .apply(joined) as tf.SymbolicTensor;
  const logit = tf.layers.dense({ units: 1, name: 'logit', kernelInitializer: init(3) }).apply(hidden) as tf.SymbolicTensor;
  return tf.model({ inputs: [bag, features], outputs: logit, name: 'question_quality' });
}

/** Logits for a batch of inputs, leaving no tensors behind. */
export function predictLogits(model: tf.LayersModel, bags: Float32Array[], features: Float32Array[]): number[] {
  if (bags.length === 0) return [];
  const buckets = bags[0].length;
  const width = features[0].length;
  const out = tf.tidy(() => {
    const b = tf.tensor2d(concat(bags, buckets), [bags.length, buckets]);
    const f = tf.tensor2d(concat(features, width), [features.length, width]);
    return model.predict([b, f]) as tf.Tensor;
  });
  const values = Array.from(out.dataSync());
  out.dispose();
  return values;
}

export function concat(rows: readonly Float32Array[], width: number): Float32Array {
  const flat = new Float32Array(rows.length * width);
  rows.forEach((r, i) => flat.set(r, i * width));
  return flat;
}
