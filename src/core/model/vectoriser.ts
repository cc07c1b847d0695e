// Question → model input, in two cheap stages so the explainer can perturb without rerunning NLP:
//   vectorise(tokens, rawFeatures)  → per-token unigram buckets + per-adjacent-pair bigram buckets
//   modelInput(vec, mask, features) → L2-normalised bag [buckets] + standardised features [F]
// The bag is a hashed TF-IDF (sublinear tf × per-bucket idf fitted on the training split) when the
// config has `idf`, else a presence bag (hash-bag-v1, kept for configs without idf).
// Dropping token i removes its unigram and every bigram it is part of (no new bigram is formed).
// A perturbation names the tokens it drops (a short list: the explainer drops a few components at a time).
// With `vocab` (vocab-tfidf-v1) the bucket of a term is its index in the exact training vocabulary
// (no hash collisions); terms outside it get -1 and are left out of the bag.
import { registerCache, WeakCache } from '../cache-registry';
import { fnv1a32, type HASH_NAME } from '../util/hash';

export const VECTORISER_VERSION = 'hash-tfidf-v1';
export const VOCAB_VECTORISER_VERSION = 'vocab-tfidf-v1';
export type VectoriserVersion = 'hash-bag-v1' | 'hash-tfidf-v1' | 'vocab-tfidf-v1';

export interface VectoriserConfig {
  version: VectoriserVersion;
  hash: typeof HASH_NAME;
  /** Number of hash buckets = width of the bag input. */
  buckets: number;
  bigrams: boolean;
  /** Hand feature ids in model column order. */
  featureNames: string[];
  /** Training-split mean and std per feature (std 0 is stored as 1). */
  featureMean: number[];
  featureStd: number[];
  /** Per-bucket inverse document frequency (training split; 0 mutes a bucket). Absent: presence bag. */
  idf?: number[];
  /** Exact vocabulary (unigram "w", bigram "a b"); bucket = index, buckets = vocab.length. Absent: hashing. */
  vocab?: string[];
}

interface VocabLookup {
  unigrams: Map<string, number>;
  /** first word → second word → index: bigram lookups without building the "a b" string. */
  bigrams: Map<string, Map<string, number>>;
}
const lookups = registerCache('model/vectoriser: vocabulary lookups', new WeakCache<readonly string[], VocabLookup>());
function vocabLookup(vocab: readonly string[]): VocabLookup {
  let m = lookups.get(vocab);
  if (!m) {
    m = { unigrams: new Map(), bigrams: new Map() };
    for (let i = 0; i < vocab.length; i++) {
      const term = vocab[i];
      // Tokens never hold a space, so a term with one is the bigram "a b".
      const space = term.indexOf(' ');
      if (space < 0) m.unigrams.set(term, i);
      else {
        const first = term.slice(0, space);
        let next = m.bigrams.get(first);
        if (!next) {
          next = new Map();
          m.bigrams.set(first, next);
        }
        next.set(term.slice(space + 1), i);
      }
    }
    lookups.set(vocab, m);
  }
  return m;
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

export function vectorise(
  tokens: readonly string[],
  rawFeatures: readonly number[],
  config: VectoriserConfig,
): Vectorised {
  if (rawFeatures.length !== config.featureNames.length) {
    throw new Error(`expected ${config.featureNames.length} features, got ${rawFeatures.length}`);
  }
  const toks = tokens.map((t) => t.toLowerCase());
  const pairs = config.bigrams ? Math.max(0, toks.length - 1) : 0;
  const bigrams = new Int32Array(pairs);
  if (config.vocab) {
    const ix = vocabLookup(config.vocab);
    const unigrams = new Int32Array(toks.length);
    for (let i = 0; i < toks.length; i++) unigrams[i] = ix.unigrams.get(toks[i]) ?? -1;
    for (let i = 0; i < pairs; i++) bigrams[i] = ix.bigrams.get(toks[i])?.get(toks[i + 1]) ?? -1;
    return { tokens: toks, unigrams, bigrams, features: [...rawFeatures] };
  }
  const unigrams = Int32Array.from(toks, (t) => unigramBucket(t, config.buckets));
  for (let i = 0; i < pairs; i++) bigrams[i] = bigramBucket(toks[i], toks[i + 1], config.buckets);
  return { tokens: toks, unigrams, bigrams, features: [...rawFeatures] };
}

/**
 * `vectorise(runs.flat(), …)` for a vocabulary config, with each run's unigram ids and inner bigram ids
 * cached by the run's identity (a prose block's token array recurs while the person types elsewhere).
 */
export function vectoriseRuns(
  runs: readonly (readonly string[])[],
  rawFeatures: readonly number[],
  config: VectoriserConfig,
): Vectorised {
  if (!config.vocab || rawFeatures.length !== config.featureNames.length)
    return vectorise(runs.flat(), rawFeatures, config);
  const ix = vocabLookup(config.vocab);
  let perRun = runIds.get(config);
  if (!perRun) {
    perRun = new WeakMap();
    runIds.set(config, perRun);
  }
  const n = runs.reduce((sum, r) => sum + r.length, 0);
  const tokens = new Array<string>(n);
  const unigrams = new Int32Array(n);
  const bigrams = new Int32Array(config.bigrams ? Math.max(0, n - 1) : 0);
  let at = 0;
  for (const run of runs) {
    if (run.length === 0) continue;
    // The run on its own: its tokens, unigram ids and inner pair ids.
    let ids = perRun.get(run);
    if (!ids) {
      ids = vectorise(run, rawFeatures, config);
      perRun.set(run, ids);
    }
    // The pair across the boundary with the previous run.
    if (at > 0 && config.bigrams) bigrams[at - 1] = ix.bigrams.get(tokens[at - 1])?.get(ids.tokens[0]) ?? -1;
    for (let i = 0; i < run.length; i++) tokens[at + i] = ids.tokens[i];
    unigrams.set(ids.unigrams, at);
    if (config.bigrams) bigrams.set(ids.bigrams, at);
    at += run.length;
  }
  return { tokens, unigrams, bigrams, features: [...rawFeatures] };
}

const runIds = registerCache(
  'model/vectoriser: run ids',
  new WeakCache<VectoriserConfig, WeakMap<readonly string[], Vectorised>>(),
);

/** Marks of the dropped token indices (null when nothing is dropped). */
export function droppedMask(tokens: number, drop?: ArrayLike<number>): Uint8Array | null {
  if (!drop?.length) return null;
  const mask = new Uint8Array(tokens);
  for (let k = 0; k < drop.length; k++) if (drop[k] >= 0 && drop[k] < tokens) mask[drop[k]] = 1;
  return mask;
}

/** Buckets (unigram then bigram, with repeats) of the tokens that are not in `drop`. */
export function keptBuckets(vec: Vectorised, drop?: ArrayLike<number>): number[] {
  const dropped = droppedMask(vec.unigrams.length, drop);
  const kept = (i: number) => !dropped || dropped[i] === 0;
  const out: number[] = [];
  for (let i = 0; i < vec.unigrams.length; i++) if (kept(i) && vec.unigrams[i] >= 0) out.push(vec.unigrams[i]);
  for (let i = 0; i < vec.bigrams.length; i++)
    if (kept(i) && kept(i + 1) && vec.bigrams[i] >= 0) out.push(vec.bigrams[i]);
  return out;
}

/**
 * Bag over kept tokens, L2-normalised (all-zero stays zero). Without `idf`: presence (0/1). With
 * `idf`: (1 + ln count) × idf[bucket], the sublinear TF-IDF of the baseline, in hash space.
 */
export function bagWithout(
  vec: Vectorised,
  buckets: number,
  drop?: ArrayLike<number>,
  idf?: readonly number[],
): Float32Array {
  const bag = new Float32Array(buckets);
  writeBag(bag, 0, vec, drop, idf);
  return bag;
}

/** Writes the bag into `out` at `offset` (a zeroed row of a batch matrix), so batches need no copies. */
export function writeBag(
  out: Float32Array,
  offset: number,
  vec: Vectorised,
  drop?: ArrayLike<number>,
  idf?: readonly number[],
): void {
  const counts = new Map<number, number>();
  for (const b of keptBuckets(vec, drop)) counts.set(b, (counts.get(b) ?? 0) + 1);
  let sq = 0;
  for (const [b, c] of counts) {
    const v = idf ? (1 + Math.log(c)) * idf[b] : 1;
    out[offset + b] = v;
    sq += v * v;
  }
  if (sq > 0) {
    const inv = 1 / Math.sqrt(sq);
    for (const b of counts.keys()) out[offset + b] *= inv;
  }
}

export function scaleFeatures(raw: ArrayLike<number>, config: VectoriserConfig): Float32Array {
  const out = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = scaleFeature(raw[i], i, config);
  return out;
}

/** Feature `i` standardised, as the float32 the model reads (non-finite becomes 0). */
export function scaleFeature(raw: number, i: number, config: VectoriserConfig): number {
  const z = (raw - config.featureMean[i]) / (config.featureStd[i] || 1);
  return Number.isFinite(z) ? Math.fround(z) : 0;
}

/** The model input for one (possibly perturbed) question: dropped tokens and/or replaced raw features. */
export function modelInput(
  vec: Vectorised,
  config: VectoriserConfig,
  drop?: ArrayLike<number>,
  rawFeatures: ArrayLike<number> = vec.features,
): ModelInput {
  return { bag: bagWithout(vec, config.buckets, drop, config.idf), features: scaleFeatures(rawFeatures, config) };
}

/**
 * Per-bucket idf from training token lists: ln((1 + N) / (1 + df)) + 1 (smooth idf, as the baseline),
 * 0 for buckets seen in fewer than `minDf` documents (a hashed min-df). Rounded to 4 decimals so the
 * shipped config holds exactly the numbers training used.
 */
export function fitIdf(docs: readonly Vectorised[], buckets: number, minDf = 1): number[] {
  const df = new Int32Array(buckets);
  for (const v of docs) for (const b of new Set(keptBuckets(v))) df[b]++;
  const n = docs.length;
  return Array.from(df, (d) => (d < minDf || d === 0 ? 0 : Math.round((Math.log((1 + n) / (1 + d)) + 1) * 1e4) / 1e4));
}

/**
 * Exact vocabulary of training token lists, as the TF-IDF baseline builds it (lower-cased unigrams
 * and, with `bigrams`, "a b" pairs, kept when in >= `minDf` documents), capped at the `maxTerms` most
 * frequent (ties by term), sorted; idf as fitIdf (smooth, 4 decimals).
 */
export function fitVocab(
  docs: readonly (readonly string[])[],
  bigrams: boolean,
  minDf = 2,
  maxTerms = Infinity,
): { vocab: string[]; idf: number[] } {
  const df = new Map<string, number>();
  for (const d of docs) {
    const t = d.map((x) => x.toLowerCase());
    const terms = new Set(t);
    if (bigrams) for (let i = 0; i + 1 < t.length; i++) terms.add(`${t[i]} ${t[i + 1]}`);
    for (const g of terms) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const byDf = [...df.entries()]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byDf
    .slice(0, Math.min(byDf.length, maxTerms))
    .map(([g]) => g)
    .sort();
  const n = docs.length;
  return { vocab, idf: vocab.map((g) => Math.round((Math.log((1 + n) / (1 + df.get(g)!)) + 1) * 1e4) / 1e4) };
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

/** The bag as (bucket, value) pairs: the same numbers writeBag puts in the dense row (trainers and the close head). */
export function sparseBag(vec: Vectorised, config: VectoriserConfig): { idx: Int32Array; val: Float64Array } {
  const counts = new Map<number, number>();
  for (const b of keptBuckets(vec)) counts.set(b, (counts.get(b) ?? 0) + 1);
  const idx = Int32Array.from(counts.keys());
  const val = Float64Array.from(idx, (b) => (config.idf ? (1 + Math.log(counts.get(b)!)) * config.idf[b] : 1));
  let sq = 0;
  for (const v of val) sq += v * v;
  if (sq > 0) for (let k = 0; k < val.length; k++) val[k] /= Math.sqrt(sq);
  return { idx, val };
}
