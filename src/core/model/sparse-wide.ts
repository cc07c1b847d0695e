// Fast scoring of many perturbed copies of one question, from the loaded tfjs model's own weights. The
// bag (16k+ hash buckets, ~1% non-zero) enters only the linear `wide` layer, so its contribution is a
// sparse dot product over the question's own buckets; the deep head (Dense(H, relu) → Dense(1) on the
// hand features) is a few hundred multiply-adds per row. Both in plain JS: the tfjs CPU backend spends
// milliseconds per call on bookkeeping for these tiny shapes, and the explainer scores hundreds of rows
// per keystroke. The numbers equal the dense tfjs model's (tested to 1e-5; float32 weights, float64 sums).
import type * as tf from '@tensorflow/tfjs';
import type { VectoriserConfig, Vectorised } from './vectoriser';

export class SplitNetwork {
  private readonly counts: Int32Array;

  private constructor(
    private readonly wideKernel: Float32Array,
    private readonly wideBias: number,
    /** Deep head: hidden kernel [F][H] row-major (as tfjs stores it), bias [H], output kernel [H], bias. */
    private readonly hiddenKernel: Float32Array,
    private readonly hiddenBias: Float32Array,
    private readonly outKernel: Float32Array,
    private readonly outBias: number,
  ) {
    this.counts = new Int32Array(wideKernel.length);
  }

  /**
   * Splits the wide-and-deep network of network.ts (bag → wide; features → hidden(relu) → deep; logit =
   * wide + deep); null for any other architecture, which then scores through tfjs.
   */
  static from(model: tf.LayersModel): SplitNetwork | null {
    const names = model.layers.map((l) => l.name).sort().join(',');
    if (names !== 'bag,deep,features,hidden,logit,wide' || model.inputs.length !== 2) return null;
    const hidden = model.getLayer('hidden');
    if ((hidden.getConfig() as { activation?: string }).activation !== 'relu') return null;
    const values = (layer: string) => model.getLayer(layer).getWeights().map((w) => Float32Array.from(w.dataSync() as Float32Array));
    const [wideKernel, wideBias] = values('wide');
    const [hiddenKernel, hiddenBias] = values('hidden');
    const [outKernel, outBias] = values('deep');
    return new SplitNetwork(wideKernel, wideBias[0], hiddenKernel, hiddenBias, outKernel, outBias[0]);
  }

  /** The deep head's logit for one row of scaled features. */
  deepLogit(features: Float32Array): number {
    const units = this.hiddenBias.length;
    let z = this.outBias;
    for (let j = 0; j < units; j++) {
      let a = this.hiddenBias[j];
      for (let i = 0; i < features.length; i++) a += features[i] * this.hiddenKernel[i * units + j];
      if (a > 0) z += a * this.outKernel[j];
    }
    return z;
  }

  /** The wide part's logit for the bag of `vec` with the tokens `keep` marks (writeBag's numbers, sparse). */
  wideLogit(vec: Vectorised, config: VectoriserConfig, keep?: ArrayLike<boolean>): number {
    const counts = this.counts;
    const touched: number[] = [];
    const add = (b: number) => {
      if (counts[b]++ === 0) touched.push(b);
    };
    const kept = (i: number) => !keep || keep[i] !== false;
    // Negative bucket: a term outside an exact vocabulary (not in the bag).
    for (let i = 0; i < vec.unigrams.length; i++) if (kept(i) && vec.unigrams[i] >= 0) add(vec.unigrams[i]);
    for (let i = 0; i < vec.bigrams.length; i++) if (kept(i) && kept(i + 1) && vec.bigrams[i] >= 0) add(vec.bigrams[i]);
    let dot = 0;
    let sq = 0;
    for (const b of touched) {
      const v = config.idf ? (1 + Math.log(counts[b])) * config.idf[b] : 1;
      dot += v * this.wideKernel[b];
      sq += v * v;
      counts[b] = 0;
    }
    return this.wideBias + (sq > 0 ? dot / Math.sqrt(sq) : 0);
  }

  /** Logits for one question under many (keep mask, scaled features) perturbations. */
  logits(vec: Vectorised, config: VectoriserConfig, rows: readonly { keep?: ArrayLike<boolean>; features: Float32Array }[]): number[] {
    return rows.map((row) => this.wideLogit(vec, config, row.keep) + this.deepLogit(row.features));
  }
}
