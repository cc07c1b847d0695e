// The tfjs layers network, wide and deep:
//   wide:  TF-IDF bag [buckets] → Dense(1)                     (a logistic regression on the bag)
//   deep:  [bag → Dense(E) embedding bag ‖] scaled hand features → Dense(H, relu) → Dense(1)
//   logit = wide + deep, or, with a style cap and a substance path (q-2026.12 on):
//   logit = cap·tanh((wide + deep) / cap) + substance · features
//   where the substance path is linear in the monotone features only (signed weights, the score can only move
//   their way) and everything else (words, style) is bounded by the cap.
// Trained jointly; sigmoid and calibration are applied outside, from the model config.
import * as tf from '@tensorflow/tfjs';

export interface NetworkOptions {
  buckets: number;
  features: number;
  /** Width of the embedding bag feeding the deep part; 0 leaves it out (default 0). */
  embedding?: number;
  hidden?: number;
  /**
   * > 0: the words and style part is bounded, cap·tanh((wide + deep) / cap), and a linear substance path
   * Dense(1, no bias) on the features is added to it (the trainer keeps it to the monotone features).
   */
  styleCap?: number;
  seed: number;
}

export function buildNetwork(o: NetworkOptions): tf.LayersModel {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: o.seed * 101 + k });
  const bag = tf.input({ shape: [o.buckets], name: 'bag' });
  const features = tf.input({ shape: [o.features], name: 'features' });
  // Zeros: buckets never seen in training keep weight 0 instead of a random one.
  const wide = tf.layers.dense({ units: 1, name: 'wide', kernelInitializer: 'zeros' }).apply(bag) as tf.SymbolicTensor;
  let deepIn = features;
  if ((o.embedding ?? 0) > 0) {
    const embedded = tf.layers
      .dense({ units: o.embedding!, name: 'bag_embedding', useBias: false, kernelInitializer: init(1) })
      .apply(bag) as tf.SymbolicTensor;
    deepIn = tf.layers.concatenate({ name: 'joined' }).apply([embedded, features]) as tf.SymbolicTensor;
  }
  const hidden = tf.layers
    .dense({ units: o.hidden ?? 16, activation: 'relu', name: 'hidden', kernelInitializer: init(2) })
    .apply(deepIn) as tf.SymbolicTensor;
  const deep = tf.layers
    .dense({ units: 1, name: 'deep', kernelInitializer: init(3) })
    .apply(hidden) as tf.SymbolicTensor;
  if (!((o.styleCap ?? 0) > 0)) {
    const logit = tf.layers.add({ name: 'logit' }).apply([wide, deep]) as tf.SymbolicTensor;
    return tf.model({ inputs: [bag, features], outputs: logit, name: 'question_quality' });
  }
  // Fixed scales: the cap is a design bound on what words and style can do, not a weight to learn.
  const fixed = (name: string, value: number, activation?: 'tanh') =>
    tf.layers.dense({
      units: 1,
      name,
      useBias: false,
      trainable: false,
      kernelInitializer: tf.initializers.constant({ value }),
      ...(activation ? { activation } : {}),
    });
  const styleSum = tf.layers.add({ name: 'style_sum' }).apply([wide, deep]) as tf.SymbolicTensor;
  const bounded = fixed('style_in', 1 / o.styleCap!, 'tanh').apply(styleSum) as tf.SymbolicTensor;
  const style = fixed('style_scale', o.styleCap!).apply(bounded) as tf.SymbolicTensor;
  const substance = tf.layers
    .dense({ units: 1, name: 'substance', useBias: false, kernelInitializer: 'zeros' })
    .apply(features) as tf.SymbolicTensor;
  const logit = tf.layers.add({ name: 'logit' }).apply([style, substance]) as tf.SymbolicTensor;
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
  rows.forEach((r, i) => {
    flat.set(r, i * width);
  });
  return flat;
}
