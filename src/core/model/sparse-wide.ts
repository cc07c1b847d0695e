// Fast scoring of many perturbed copies of one question, from the saved tfjs model's own weights. The
// bag (16k+ hash buckets, ~1% non-zero) enters only the linear `wide` layer, so its contribution is a
// sparse dot product over the question's own buckets; the deep head (Dense(H, relu) → Dense(1) on the
// hand features) is a few hundred multiply-adds per row. Both in plain JS: the tfjs CPU backend spends
// milliseconds per call on bookkeeping for these tiny shapes, and the explainer scores hundreds of rows
// per keystroke. Each perturbed copy is scored as a change to the whole question's sums (prepared once per
// question): only the buckets its dropped tokens (or groups) touch and its replaced features are visited.
// The numbers equal the dense tfjs model's (tested to 1e-5; float32 weights, float64 sums).
import type { LayersGraph } from './layers-graph';
import { groupBuckets, GroupBucketsWorkspace, type GroupBuckets } from './group-buckets';
import { droppedTokens, resetColumn, type Perturbation, type PerturbationGroups } from './perturbation';
import { scaleFeature, scaleFeatures, type VectoriserConfig, type Vectorised } from './vectoriser';
import { RecentObjects } from '../util/lru';

export class SplitNetwork {
  private readonly counts: Int32Array;
  private readonly scratchHidden: Float64Array;
  /** Buckets whose scratch count is non-zero (reset after each row); a typed buffer, so rows allocate nothing. */
  private touched = new Int32Array(1024);

  private constructor(
    private readonly wideKernel: Float32Array,
    private readonly wideBias: number,
    /** Deep head: hidden kernel [F][H] row-major (as tfjs stores it), bias [H], output kernel [H], bias. */
    private readonly hiddenKernel: Float32Array,
    private readonly hiddenBias: Float32Array,
    private readonly outKernel: Float32Array,
    private readonly outBias: number,
    /** > 0: logit = cap·tanh((wide + deep) / cap) + substance · scaled features (network.ts). */
    private readonly styleCap = 0,
    private readonly substanceKernel: Float32Array | null = null,
  ) {
    this.counts = new Int32Array(wideKernel.length);
    this.baseCounts = new Int32Array(wideKernel.length);
    // The groups' bucket counts are summed in the same scratch array (done before any row uses it).
    this.workspace = new GroupBucketsWorkspace(this.counts);
    this.scratchHidden = new Float64Array(hiddenBias.length);
  }

  /**
   * Splits the wide-and-deep network of network.ts (bag → wide; features → hidden(relu) → deep; logit =
   * wide + deep, or its style-capped form); null for any other architecture, which the runtime cannot score.
   */
  static from(model: LayersGraph): SplitNetwork | null {
    const names = [...model.layerNames].sort().join(',');
    const capped = names === 'bag,deep,features,hidden,logit,style_in,style_scale,style_sum,substance,wide';
    if ((!capped && names !== 'bag,deep,features,hidden,logit,wide') || model.inputNames.join(',') !== 'bag,features')
      return null;
    if (capped && model.layerConfig('style_in').activation !== 'tanh') return null;
    if (model.layerConfig('hidden').activation !== 'relu') return null;
    const values = (layer: string) => model.weights(layer);
    const [wideKernel, wideBias] = values('wide');
    const [hiddenKernel, hiddenBias] = values('hidden');
    const [outKernel, outBias] = values('deep');
    if (!capped) return new SplitNetwork(wideKernel, wideBias[0], hiddenKernel, hiddenBias, outKernel, outBias[0]);
    const cap = values('style_scale')[0][0];
    if (Math.abs(values('style_in')[0][0] * cap - 1) > 1e-6) return null;
    return new SplitNetwork(
      wideKernel,
      wideBias[0],
      hiddenKernel,
      hiddenBias,
      outKernel,
      outBias[0],
      cap,
      values('substance')[0],
    );
  }

  /** The logit of one dense input (a bag over every bucket and scaled features), as the tfjs model's predict. */
  logitOfInput(bag: Float32Array, scaled: Float32Array): number {
    let wide = this.wideBias;
    for (let b = 0; b < bag.length; b++) if (bag[b] !== 0) wide += bag[b] * this.wideKernel[b];
    return this.logitOf(wide, this.deepFromHidden(this.hiddenOf(scaled)), this.substanceOf(scaled));
  }

  /** network.ts's output: cap·tanh((wide + deep) / cap) + substance with a style cap, else wide + deep. */
  private logitOf(wide: number, deep: number, substance: number): number {
    return this.styleCap > 0 ? this.styleCap * Math.tanh((wide + deep) / this.styleCap) + substance : wide + deep;
  }

  /** The substance path on scaled features (0 without one). */
  private substanceOf(scaled: ArrayLike<number>): number {
    let substance = 0;
    if (this.substanceKernel) for (let i = 0; i < scaled.length; i++) substance += this.substanceKernel[i] * scaled[i];
    return substance;
  }

  /** Hidden pre-activations for one row of scaled features. */
  private hiddenOf(features: Float32Array): Float64Array {
    const units = this.hiddenBias.length;
    const a = Float64Array.from(this.hiddenBias);
    for (let i = 0; i < features.length; i++) {
      const f = features[i];
      if (f !== 0) for (let j = 0; j < units; j++) a[j] += f * this.hiddenKernel[i * units + j];
    }
    return a;
  }

  private deepFromHidden(a: Float64Array): number {
    let z = this.outBias;
    for (let j = 0; j < a.length; j++) if (a[j] > 0) z += a[j] * this.outKernel[j];
    return z;
  }

  /**
   * The deep head's logit with some features changed: the question's own pre-activations plus the changed
   * columns only (a perturbation changes a few). Columns reset by dropped groups take the typical value
   * (the training mean), over any replacement in `raw`.
   */
  private deepLogit(
    vec: Vectorised,
    config: VectoriserConfig,
    base: PreparedBag,
    raw: ArrayLike<number> | undefined,
    resets: GroupResets | null,
    dropGroups: ArrayLike<number> | undefined,
  ): number {
    let changed = false;
    let reset = 0;
    const s = this.substanceKernel;
    this.rowSubstance = base.substance;
    if (resets && dropGroups) {
      for (let k = 0; k < dropGroups.length; k++) {
        const f = resets.column[dropGroups[k]];
        if (f < 0 || resets.marked[f]) continue;
        resets.marked[f] = 1;
        resets.list[reset++] = f;
        if (resets.moves[f] === null) continue; // the typical value is the question's own
        if (s) this.rowSubstance += s[f] * (scaleFeature(config.featureMean[f], f, config) - base.scaled[f]);
        if (!changed) this.scratchHidden.set(base.hidden);
        changed = true;
        addTo(this.scratchHidden, resets.moves[f]!);
      }
    }
    if (raw) {
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === vec.features[i] || (reset && resets!.marked[i])) continue;
        const delta = scaleFeature(raw[i], i, config) - base.scaled[i];
        if (s) this.rowSubstance += s[i] * delta;
        changed = this.moveHidden(base, changed, i, delta);
      }
    }
    for (let k = 0; k < reset; k++) resets!.marked[resets!.list[k]] = 0;
    return changed ? this.deepFromHidden(this.scratchHidden) : base.deep;
  }

  /**
   * Per group, the feature column it resets, and per column the change its reset makes to the hidden
   * pre-activations (the same products moveHidden forms, once per batch instead of once per row).
   */
  private groupResets(groups: PerturbationGroups, config: VectoriserConfig, base: PreparedBag): GroupResets {
    const features = base.scaled.length;
    const units = this.hiddenBias.length;
    const column = Int32Array.from(groups, (g) => resetColumn(g, features));
    const moves: (Float64Array | null)[] = [];
    for (let i = 0; i < features; i++) {
      const delta = scaleFeature(config.featureMean[i], i, config) - base.scaled[i];
      if (delta === 0) {
        moves.push(null);
        continue;
      }
      const move = new Float64Array(units);
      for (let j = 0; j < units; j++) move[j] = delta * this.hiddenKernel[i * units + j];
      moves.push(move);
    }
    return { column, moves, marked: new Uint8Array(features), list: new Int32Array(features) };
  }

  /** Adds column i's change to the row's pre-activations (copied from the question's on the first change). */
  private moveHidden(base: PreparedBag, changed: boolean, i: number, delta: number): boolean {
    if (delta === 0) return changed;
    const a = this.scratchHidden;
    if (!changed) a.set(base.hidden);
    const units = a.length;
    for (let j = 0; j < units; j++) a[j] += delta * this.hiddenKernel[i * units + j];
    return true;
  }

  /**
   * Logits for one question under many perturbations (dropped tokens or groups, replaced raw features).
   * A row dropping whole groups is summed from the groups' bucket counts (group-buckets.ts).
   */
  logits(
    vec: Vectorised,
    config: VectoriserConfig,
    perturbations: readonly Perturbation[],
    groups?: PerturbationGroups,
  ): number[] {
    const base = this.prepare(vec, config);
    // The question's counts go into a dense array for the batch (one array read per touched bucket and
    // row), and are cleared after it.
    for (let k = 0; k < base.buckets.length; k++) this.baseCounts[base.buckets[k]] = base.counts[k];
    const anyGroups = groups?.length && perturbations.some((p) => p.dropGroups?.length);
    const grouped = anyGroups ? this.groupBucketsOf(vec, groups) : null;
    const resets = anyGroups ? this.groupResets(groups, config, base) : null;
    this.groupedRows = 0;
    try {
      return perturbations.map((p) => {
        if (!p.dropGroups?.length && !p.drop?.length) this.setRow(base.dot, base.sq, base.positive);
        else if (grouped && !p.drop?.length && this.wideWithoutGroups(config, base, grouped, p.dropGroups!))
          this.groupedRows++;
        else {
          const drop = droppedTokens(p, groups)!;
          const dropped = this.marks(vec.unigrams.length);
          this.wideWithout(vec, config, base, drop, dropped);
          for (let k = 0; k < drop.length; k++) if (drop[k] >= 0 && drop[k] < dropped.length) dropped[drop[k]] = 0;
        }
        const { dot, sq, positive } = this.row;
        const wide = this.wideBias + (positive > 0 && sq > 0 ? dot / Math.sqrt(sq) : 0);
        const deep = this.deepLogit(vec, config, base, p.features, resets, p.dropGroups);
        return this.logitOf(wide, deep, this.rowSubstance);
      });
    } finally {
      for (let k = 0; k < base.buckets.length; k++) this.baseCounts[base.buckets[k]] = 0;
    }
  }

  /** The substance path's value for the row deepLogit just computed (0 without one). */
  private rowSubstance = 0;

  /** The wide sums of the row just computed (one object, rewritten per row). */
  private readonly row = { dot: 0, sq: 0, positive: 0 };

  /** Rows of the last batch summed per group rather than per token (tests read it). */
  groupedRows = 0;

  private groupBucketsOf(vec: Vectorised, groups: PerturbationGroups): GroupBuckets {
    const g = groupBuckets(vec.unigrams, vec.bigrams, groups, this.workspace);
    if (this.touched.length < g.bucket.length) this.touched = new Int32Array(g.bucket.length);
    if (this.rowMask.length < g.words) this.rowMask = new Uint32Array(g.words);
    if (this.rowGroups.length < g.groups) this.rowGroups = new Int32Array(g.groups);
    return g;
  }

  private readonly workspace: GroupBucketsWorkspace;

  /** The groups of the row being summed, as a bitset and a list (scratch, cleared after each row). */
  private rowMask = new Uint32Array(1);
  private rowGroups = new Int32Array(0);

  /**
   * The question's sums minus what the dropped groups remove; false (nothing set) when two of them share
   * tokens, which only the token path counts right.
   */
  private wideWithoutGroups(
    config: VectoriserConfig,
    base: PreparedBag,
    g: GroupBuckets,
    dropGroups: ArrayLike<number>,
  ): boolean {
    const mask = this.rowMask;
    const list = this.rowGroups;
    let d = 0;
    for (let k = 0; k < dropGroups.length; k++) {
      const x = dropGroups[k];
      if (!(x >= 0 && x < g.groups)) {
        mask.fill(0);
        throw new RangeError(`perturbation names group ${x}, the batch has ${g.groups}`);
      }
      const bit = 1 << (x & 31);
      if (mask[x >>> 5] & bit) continue; // a repeated group counts once
      mask[x >>> 5] |= bit;
      list[d++] = x;
    }
    const { words, overlaps } = g;
    for (let k = 0; k < d; k++) {
      const at = list[k] * words;
      for (let w = 0; w < words; w++) {
        if (overlaps[at + w] & mask[w]) {
          for (let c = 0; c < d; c++) mask[list[c] >>> 5] = 0;
          return false;
        }
      }
    }
    const removed = this.counts;
    const touched = this.touched;
    const { start, bucket, count, crossStart, crossOther, crossBucket } = g;
    let n = 0;
    for (let k = 0; k < d; k++) {
      const x = list[k];
      const end = start[x + 1];
      for (let e = start[x]; e < end; e++) {
        const b = bucket[e];
        if (removed[b] === 0) touched[n++] = b;
        removed[b] += count[e];
      }
    }
    for (let k = 0; k < d; k++) {
      const x = list[k];
      const end = crossStart[x + 1];
      for (let e = crossStart[x]; e < end; e++) {
        const y = crossOther[e];
        if (mask[y >>> 5] & (1 << (y & 31))) removed[crossBucket[e]]--;
      }
    }
    for (let k = 0; k < d; k++) mask[list[k] >>> 5] = 0;
    this.subtractRemoved(config, base, n);
    return true;
  }

  private setRow(dot: number, sq: number, positive: number): void {
    this.row.dot = dot;
    this.row.sq = sq;
    this.row.positive = positive;
  }

  /** `tf(count)`, looked up in `tfTable` (bucketWeights') for the common small counts. */
  private tfOf(config: VectoriserConfig, tfTable: Float64Array, count: number): number {
    return count < tfTable.length ? tfTable[count] : this.tf(config, count);
  }

  /** The bag's term weight before idf: 1 + ln(count) (TF-IDF) or 1 (presence); 0 when absent. */
  private tf(config: VectoriserConfig, count: number): number {
    if (count <= 0) return 0;
    if (!config.idf) return 1;
    return 1 + Math.log(count);
  }

  /** The counts of the bag being scored, by bucket, during `logits` (all zero otherwise). */
  private readonly baseCounts: Int32Array;

  private readonly prepared = new RecentObjects<Vectorised, PreparedBag>();
  private scratchMarks = new Uint8Array(0);

  private marks(tokens: number): Uint8Array {
    if (this.scratchMarks.length < tokens)
      this.scratchMarks = new Uint8Array(Math.max(tokens, 2 * this.scratchMarks.length));
    return this.scratchMarks.subarray(0, tokens);
  }

  private weights: BucketWeights | null = null;

  /** idf × wide weight and idf² per bucket (presence bag: idf 1), and tf of small counts, for the config in use. */
  private bucketWeights(config: VectoriserConfig): BucketWeights {
    if (this.weights?.config !== config) {
      // Plain loops, not from() with a callback: this runs cold in a new worker (docs/performance.md).
      const n = this.wideKernel.length;
      const idfKernel = new Float64Array(n);
      const idfSquared = new Float64Array(n);
      for (let b = 0; b < n; b++) {
        const idf = config.idf ? config.idf[b] : 1;
        idfKernel[b] = idf * this.wideKernel[b];
        idfSquared[b] = idf * idf;
      }
      const tfTable = new Float64Array(256);
      for (let c = 0; c < tfTable.length; c++) tfTable[c] = this.tf(config, c);
      this.weights = { config, idfKernel, idfSquared, tfTable };
    }
    return this.weights;
  }

  /** The whole question's bucket counts and sums, once per vectorised question. */
  private prepare(vec: Vectorised, config: VectoriserConfig): PreparedBag {
    let p = this.prepared.get(vec);
    if (p) return p;
    // Count in the dense scratch array, then keep the non-zero buckets as two parallel arrays.
    const scratch = this.counts;
    const seen = new Int32Array(vec.unigrams.length + vec.bigrams.length);
    let distinct = 0;
    for (const ids of [vec.unigrams, vec.bigrams]) {
      for (let k = 0; k < ids.length; k++) {
        const b = ids[k];
        if (b >= 0 && scratch[b]++ === 0) seen[distinct++] = b;
      }
    }
    const buckets = seen.slice(0, distinct);
    const counts = new Int32Array(buckets.length);
    let dot = 0;
    let sq = 0;
    let positive = 0;
    const { tfTable } = this.bucketWeights(config);
    for (let k = 0; k < buckets.length; k++) {
      const b = buckets[k];
      const c = scratch[b];
      counts[k] = c;
      scratch[b] = 0;
      // writeBag's value: tf(count) × idf (tf of the common small counts from the table, without a log)
      const v = this.tfOf(config, tfTable, c) * (config.idf ? config.idf[b] : 1);
      dot += v * this.wideKernel[b];
      sq += v * v;
      if (v > 0) positive++;
    }
    const scaled = scaleFeatures(vec.features, config);
    const hidden = this.hiddenOf(scaled);
    p = {
      buckets,
      counts,
      dot,
      sq,
      positive,
      scaled,
      hidden,
      deep: this.deepFromHidden(hidden),
      substance: this.substanceOf(scaled),
    };
    this.prepared.set(vec, p);
    return p;
  }

  /**
   * The question's sums minus what the dropped tokens' unigrams and bigrams contributed. A bucket left
   * with a value adds at least 1 to the squared norm (smooth idf ≥ 1), so the sums cannot cancel to noise.
   */
  private wideWithout(
    vec: Vectorised,
    config: VectoriserConfig,
    base: PreparedBag,
    drop: ArrayLike<number>,
    dropped: Uint8Array,
  ): void {
    const removed = this.counts;
    // Each dropped token touches at most three buckets.
    if (this.touched.length < 3 * drop.length) this.touched = new Int32Array(3 * drop.length);
    const touched = this.touched;
    let n = 0;
    const pairs = vec.bigrams.length;
    for (let k = 0; k < drop.length; k++) {
      const i = drop[k];
      if (i < 0 || i >= dropped.length || dropped[i]) continue; // a repeated index counts once
      dropped[i] = 1;
      // Its unigram, and each pair it is part of unless the pair's other token went first (and took it).
      const u = vec.unigrams[i];
      if (u >= 0 && removed[u]++ === 0) touched[n++] = u;
      const left = i > 0 && i - 1 < pairs && !dropped[i - 1] ? vec.bigrams[i - 1] : -1;
      if (left >= 0 && removed[left]++ === 0) touched[n++] = left;
      const right = i < pairs && !dropped[i + 1] ? vec.bigrams[i] : -1;
      if (right >= 0 && removed[right]++ === 0) touched[n++] = right;
    }
    this.subtractRemoved(config, base, n);
  }

  /** The question's sums minus the `removed` counts of the first n `touched` buckets (which it zeroes). */
  private subtractRemoved(config: VectoriserConfig, base: PreparedBag, n: number): void {
    const removed = this.counts;
    const touched = this.touched;
    let { dot, sq, positive } = base;
    // value = tf(count) × idf: dot moves by Δtf × idf × w and sq by Δ(tf²) × idf² (the products are kept per bucket).
    // tfTable: tf of the counts a row can leave (0 ≤ after ≤ before), looked up for the common small ones.
    const { idfKernel, idfSquared, tfTable } = this.bucketWeights(config);
    const counts = this.baseCounts;
    for (let t = 0; t < n; t++) {
      const b = touched[t];
      const before = counts[b];
      const after = before - removed[b];
      removed[b] = 0;
      const tf0 = this.tfOf(config, tfTable, before);
      const tf1 = this.tfOf(config, tfTable, after);
      dot += (tf1 - tf0) * idfKernel[b];
      sq += (tf1 * tf1 - tf0 * tf0) * idfSquared[b];
      if (after <= 0 && idfSquared[b] > 0) positive--;
    }
    this.setRow(dot, sq, positive);
  }
}

/**
 * Per group, the feature column it resets (-1: none); per column, what resetting it adds to the hidden
 * pre-activations (null: nothing); scratch marks for one row's reset columns.
 */
interface GroupResets {
  column: Int32Array;
  moves: (Float64Array | null)[];
  marked: Uint8Array;
  list: Int32Array;
}

function addTo(a: Float64Array, b: Float64Array): void {
  for (let j = 0; j < a.length; j++) a[j] += b[j];
}

interface BucketWeights {
  config: VectoriserConfig;
  idfKernel: Float64Array;
  idfSquared: Float64Array;
  /** tf(count) for counts below its length. */
  tfTable: Float64Array;
}

interface PreparedBag {
  /** The bag's buckets and their counts (parallel arrays). */
  buckets: Int32Array;
  counts: Int32Array;
  dot: number;
  sq: number;
  /** Buckets with a non-zero value: none left means an empty bag (the sums may hold rounding residue). */
  positive: number;
  /** The deep head on the question's own features: scaled inputs, hidden pre-activations, logit. */
  scaled: Float32Array;
  hidden: Float64Array;
  deep: number;
  /** The substance path on the question's own features (0 without one). */
  substance: number;
}
