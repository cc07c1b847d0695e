// The close-reason head at run time: P(reason | closed) over CLOSE_REASONS, a multinomial logistic regression on
// the main model's own inputs (the TF-IDF bag and the scaled hand features), so it costs no extra NLP. Scored
// sparsely in JS from its saved weights: it runs on every keystroke, where tfjs bookkeeping for one tiny row
// would cost more than the sums. Training and export: src/training/close-head-training.ts.
import type { LayersGraph } from './layers-graph';
import { CLOSE_REASONS } from '../../shared/close-risk';
import { scaleFeatures, sparseBag, type Vectorised, type VectoriserConfig } from './vectoriser';

export const CLOSE_REASONS_JSON = 'close-reasons.json';
export const CLOSE_REASONS_WEIGHTS = 'close-reasons.weights.bin';

const K = CLOSE_REASONS.length;

/** Dense(4) weights as tfjs stores them: kernel [B + F][4] row-major (bag rows, then feature rows), bias [4]. */
export interface CloseHeadWeights {
  kernel: Float32Array;
  bias: Float32Array;
}

/** Row logits z[k] = bias + bag·W + features·W, in float64. */
export function logits(
  kernel: ArrayLike<number>,
  bias: ArrayLike<number>,
  B: number,
  idx: Int32Array,
  val: ArrayLike<number>,
  f: ArrayLike<number>,
  z: Float64Array,
): void {
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
export function softmax(z: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < K; k++) z[k] /= sum;
}

/** The head's weights read out of its saved model once; probabilities in plain JS, no tensors per call. */
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
  static from(model: LayersGraph): CloseHead | null {
    const names = [...model.layerNames].sort().join(',');
    if (names !== 'bag,close_joined,close_reason,features' || model.inputNames.join(',') !== 'bag,features')
      return null;
    const cfg = model.layerConfig('close_reason');
    if (cfg.activation !== 'softmax' || cfg.units !== K || cfg.use_bias === false) return null;
    // The kernel's rows follow the concatenation's input order, which must be bag then features.
    if (model.inboundLayers('close_joined').join(',') !== 'bag,features') return null;
    const [B, F] = model.inputNames.map((name) => model.inputWidth(name));
    const [kernel, bias] = model.weights('close_reason');
    if (!kernel || !bias || kernel.length !== (B + F) * K) return null;
    return new CloseHead(kernel, bias, B, F);
  }

  /** P(reason | closed) in CLOSE_REASONS order, from the same bag and scaled features the main model reads. */
  probabilities(vec: Vectorised, config: VectoriserConfig): number[] {
    if (config.buckets !== this.buckets || config.featureNames.length !== this.features) {
      throw new Error(
        `close head expects ${this.buckets} buckets and ${this.features} features, the config has ${config.buckets} and ${config.featureNames.length}`,
      );
    }
    const { idx, val } = sparseBag(vec, config);
    logits(this.kernel, this.bias, this.buckets, idx, val, scaleFeatures(vec.features, config), this.z);
    softmax(this.z);
    return Array.from(this.z);
  }
}
