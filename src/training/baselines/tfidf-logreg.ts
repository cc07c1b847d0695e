// Baseline: TF-IDF over unigrams + bigrams (exact vocabulary, min document frequency 2, sublinear tf,
// L2-normalised rows) and an L2-regularised logistic regression fitted by full-batch gradient descent
// with Adam steps. Deterministic: no randomness anywhere.
import { sigmoid } from '../../core/model/calibration';

export interface TfidfLogRegOptions {
  minDf?: number;
  l2?: number;
  epochs?: number;
  learningRate?: number;
}

interface SparseRow {
  idx: Int32Array;
  val: Float32Array;
}

export function ngrams(tokens: readonly string[]): string[] {
  const t = tokens.map((x) => x.toLowerCase());
  const out = [...t];
  for (let i = 0; i + 1 < t.length; i++) out.push(`${t[i]} ${t[i + 1]}`);
  return out;
}

export class TfidfLogReg {
  private vocab = new Map<string, number>();
  private idf: Float32Array = new Float32Array(0);
  private w: Float64Array = new Float64Array(0);
  private b = 0;

  constructor(private readonly options: TfidfLogRegOptions = {}) {}

  fit(docs: readonly (readonly string[])[], labels: readonly number[]): this {
    const minDf = this.options.minDf ?? 2;
    const df = new Map<string, number>();
    for (const d of docs) for (const g of new Set(ngrams(d))) df.set(g, (df.get(g) ?? 0) + 1);
    const terms = [...df.entries()]
      .filter(([, n]) => n >= minDf)
      .map(([g]) => g)
      .sort();
    this.vocab = new Map(terms.map((g, i) => [g, i]));
    this.idf = Float32Array.from(terms, (g) => Math.log((1 + docs.length) / (1 + df.get(g)!)) + 1);
    const rows = docs.map((d) => this.transform(d));
    const n = rows.length;
    const dim = terms.length;
    const l2 = this.options.l2 ?? 1e-4;
    const lr = this.options.learningRate ?? 0.05;
    const w = new Float64Array(dim);
    let b = 0;
    const m = new Float64Array(dim + 1);
    const v = new Float64Array(dim + 1);
    const g = new Float64Array(dim + 1);
    for (let epoch = 1; epoch <= (this.options.epochs ?? 200); epoch++) {
      g.fill(0);
      for (let r = 0; r < n; r++) {
        const row = rows[r];
        let z = b;
        for (let k = 0; k < row.idx.length; k++) z += w[row.idx[k]] * row.val[k];
        const d = (sigmoid(z) - labels[r]) / n;
        for (let k = 0; k < row.idx.length; k++) g[row.idx[k]] += d * row.val[k];
        g[dim] += d;
      }
      for (let j = 0; j < dim; j++) g[j] += l2 * w[j];
      // Adam
      const b1 = 0.9,
        b2 = 0.999;
      for (let j = 0; j <= dim; j++) {
        m[j] = b1 * m[j] + (1 - b1) * g[j];
        v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
        const step = (lr * (m[j] / (1 - b1 ** epoch))) / (Math.sqrt(v[j] / (1 - b2 ** epoch)) + 1e-8);
        if (j < dim) w[j] -= step;
        else b -= step;
      }
    }
    this.w = w;
    this.b = b;
    return this;
  }

  transform(tokens: readonly string[]): SparseRow {
    const tf = new Map<number, number>();
    for (const g of ngrams(tokens)) {
      const j = this.vocab.get(g);
      if (j !== undefined) tf.set(j, (tf.get(j) ?? 0) + 1);
    }
    const idx = Int32Array.from(tf.keys());
    const val = Float32Array.from(idx, (j) => (1 + Math.log(tf.get(j)!)) * this.idf[j]);
    let sq = 0;
    for (let k = 0; k < val.length; k++) sq += val[k] * val[k];
    const norm = Math.sqrt(sq) || 1;
    for (let k = 0; k < val.length; k++) val[k] /= norm;
    return { idx, val };
  }

  predict(tokens: readonly string[]): number {
    const row = this.transform(tokens);
    let z = this.b;
    for (let k = 0; k < row.idx.length; k++) z += this.w[row.idx[k]] * row.val[k];
    return sigmoid(z);
  }

  get vocabularySize(): number {
    return this.vocab.size;
  }
}

/** Majority-class baseline: predicts the training base rate for everyone (ROC AUC 0.5 by construction). */
export function majorityBaseline(trainLabels: readonly number[]): { rate: number; predict: () => number } {
  const rate = trainLabels.reduce((s, y) => s + y, 0) / Math.max(1, trainLabels.length);
  return { rate, predict: () => rate };
}
