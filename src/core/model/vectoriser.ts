// Question → model input, in two cheap stages so the explainer can perturb without rerunning NLP:
//   vectorise(tokens, rawFeatures)  → per-token unigram buckets + per-adjacent-pair bigram buckets
//   modelInput(vec, mask, features) → L2-normalised presence bag [buckets] + standardised features [F]
// Dropping token i removes its unigram and every bigram it is part of (no new bigram is formed).
import { fnv1a32, HASH_NAME } from './hash';

export const VECTORISER_VERSION = 'hash-bag-v1';

export interface VectoriserConfig {
  version: typeof VECTORISER_VERSION;
  hash: typeof HASH_NAME;
  /** Number of hash buckets = width of the bag input. */
  buckets: number;
  bigrams: boolean;
  /** Hand feature ids in model column order. */
  featureNames: string[];
  /** Training-split mean and std per feature (std 0 is stored as 1). */
  featureMean: number[];
  featureStd: number[];
}

export interface Vectorised {
  tokens: string[];
  /** Bucket of token i. */
  unigrams: Int32Array;
  /** Bucket of the pair (i, i+1); length tokens-1 (empty without bigrams). */
  bigrams: Int32Array;
  /** Hand features, raw (unscaled), in config order. */
  features: number[];
}

export interface ModelInput {
  bag: Float32Array;
  features: Float32Array;
}

/** Unigram and bigram keys get distinct prefixes so "a" and the pair ("a","") never share a key. */
export function unigramBucket(token: string, buckets: number): number {
  return fnv1a32(`u\u0001${token}`) % buckets;
}

export function bigramBucket(a: string, b: string, buckets: number): number {
  return fnv1a32(`b\u0001${a}\u0001${b}`) % buckets;
}

export function vectorise(tokens: readonly string[], rawFeatures: readonly number[], config: VectoriserConfig): Vectorised {
  if (rawFeatures.length !== config.featureNames.length) {
    throw new Error(`expected ${config.featureNames.length} features, got ${rawFeatures.length}`);
  }
  const toks = tokens.map((t) => t.toLowerCase());
  const unigrams = Int32Array.from(toks, (t) => unigramBucket(t, config.buckets));
  const pairs = config.bigrams ? Math.max(0, toks.length - 1) : 0;
  const bigrams = new Int32Array(pairs);
  for (let i = 0; i < pairs; i++) bigrams[i] = bigramBucket(toks[i], toks[i + 1], config.buckets);
  return { tokens: toks, unigrams, bigrams, features: [...rawFeatures] };
}

/** Presence bag over kept tokens; `keep[i] === false` drops token i. L2-normalised (all-zero stays zero). */
export function bagFromMask(vec: Vectorised, buckets: number, keep?: ArrayLike<boolean>): Float32Array {
  const bag = new Float32Array(buckets);
  const kept = (i: number) => !keep || keep[i] !== false;
  for (let i = 0; i < vec.unigrams.length; i++) if (kept(i)) bag[vec.unigrams[i]] = 1;
  for (let i = 0; i < vec.bigrams.length; i++) if (kept(i) && kept(i + 1)) bag[vec.bigrams[i]] = 1;
  let n = 0;
  for (let i = 0; i < buckets; i++) n += bag[i];
  if (n > 0) {
    const inv = 1 / Math.sqrt(n);
    for (let i = 0; i < buckets; i++) if (bag[i] !== 0) bag[i] = inv;
  }
  return bag;
}

export function scaleFeatures(raw: readonly number[], config: VectoriserConfig): Float32Array {
  const out = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const z = (raw[i] - config.featureMean[i]) / (config.featureStd[i] || 1);
    out[i] = Number.isFinite(z) ? z : 0;
  }
  return out;
}

/** The model input for one (possibly perturbed) question: token mask and/or replaced raw features. */
export function modelInput(
  vec: Vectorised,
  config: VectoriserConfig,
  keep?: ArrayLike<boolean>,
  rawFeatures: readonly number[] = vec.features,
): ModelInput {
  return { bag: bagFromMask(vec, config.buckets, keep), features: scaleFeatures(rawFeatures, config) };
}

/** Mean/std per column of the training rows (population std; 0 becomes 1 so a constant column scales to 0). */
export function fitScaling(rows: readonly (readonly number[])[], width: number): { mean: number[]; std: number[] } {
  const mean = new Array<number>(width).fill(0);
  const std = new Array<number>(width).fill(0);
  if (rows.length === 0) return { mean, std: std.map(() => 1) };
  for (const r of rows) for (let j = 0; j < width; j++) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < width; j++) std[j] += (r[j] - mean[j]) ** 2 / rows.length;
  return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}
