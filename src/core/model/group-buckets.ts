// What dropping each group's tokens removes from a question's bag, prepared once per batch: the explainer's
// samples drop whole components (a word's every occurrence, a sentence), so a row is scored from a few
// per-group bucket counts instead of from each of its dropped tokens (a frequent word of a long question
// has dozens of occurrences, with the same buckets again and again).
//
// A row dropping groups a, b, … removes, per bucket, the sum of what each removes alone, except:
// - a pair whose tokens lie in two dropped groups is counted by both: one count comes back (`cross`);
// - groups sharing tokens (a word and its sentence) would count those twice: such a row is not summed
//   here (`overlaps`), the caller drops its tokens one by one.
// Buffers, holder chains and bitsets on purpose: a plain Set/Map version was ~1 ms slower (docs/performance.md).
import type { PerturbationGroups } from './perturbation';

export interface GroupBuckets {
  groups: number;
  /** Group g removes count[k] from bucket[k] for k in [start[g], start[g + 1]). */
  start: Int32Array;
  bucket: Int32Array;
  count: Int32Array;
  /**
   * Pairs with a token in g and the other in a later group other[k], k in [crossStart[g], crossStart[g + 1]): bigram
   * crossBucket[k].
   */
  crossStart: Int32Array;
  crossOther: Int32Array;
  crossBucket: Int32Array;
  /** Per group, `words` 32-bit words of a bitset: the groups sharing a token with it. */
  words: number;
  overlaps: Uint32Array;
}

/**
 * Reusable buffers for `groupBuckets` (one per scorer: a keystroke's batch then allocates next to
 * nothing). The arrays of a result are views into them, valid until the next call.
 */
export class GroupBucketsWorkspace {
  /** Per bucket: a count while one group is summed, zero otherwise (a scratch array the owner may share). */
  readonly counts: Int32Array;
  /** Per token: the newest entry holding it (-1: none), and the serial of the group being marked. */
  head: Int32Array = new Int32Array(0);
  mark: Int32Array = new Int32Array(0);
  serial = 0;
  /** Per entry (a group's distinct token): the token, its group, the previous entry of the same token. */
  token: Int32Array = new Int32Array(0);
  group: Int32Array = new Int32Array(0);
  previous: Int32Array = new Int32Array(0);
  bucket: Int32Array = new Int32Array(0);
  count: Int32Array = new Int32Array(0);
  cross: Int32Array = new Int32Array(0);

  constructor(counts: Int32Array) {
    this.counts = counts;
  }
}

/** `a`, or a larger copy of it (new slots set to `fill`). */
function grown(a: Int32Array, size: number, fill = 0): Int32Array {
  if (a.length >= size) return a;
  const b = new Int32Array(Math.max(size, 2 * a.length));
  if (fill) b.fill(fill);
  b.set(a);
  return b;
}

/**
 * `unigrams[i]` is token i's bucket and `bigrams[j]` the pair (j, j + 1)'s (negative: none). Token
 * indices outside the question are ignored, and so are a group's repeats, as the token path does.
 */
export function groupBuckets(
  unigrams: ArrayLike<number>,
  bigrams: ArrayLike<number>,
  groups: PerturbationGroups,
  w: GroupBucketsWorkspace,
): GroupBuckets {
  const n = unigrams.length;
  const pairs = bigrams.length;
  const G = groups.length;
  if (w.head.length < n) {
    w.head = grown(w.head, n, -1);
    w.mark = grown(w.mark, n, -1);
  }
  if (w.serial > 0x3fffffff) {
    w.mark.fill(-1);
    w.serial = 0;
  }
  // Each group's distinct in-range tokens as entries, chained per token to the entries holding it before.
  let total = 0;
  for (let g = 0; g < G; g++) total += groups[g].tokens.length;
  w.token = grown(w.token, total);
  w.group = grown(w.group, total);
  w.previous = grown(w.previous, total);
  const { head, mark, token, group, previous } = w;
  const tokenStart = new Int32Array(G + 1);
  let entries = 0;
  for (let g = 0; g < G; g++) {
    const own = ++w.serial;
    const list = groups[g].tokens;
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (!(i >= 0 && i < n) || mark[i] === own) continue;
      mark[i] = own;
      token[entries] = i;
      group[entries] = g;
      previous[entries] = head[i];
      head[i] = entries++;
    }
    tokenStart[g + 1] = entries;
  }

  // Per group: its tokens' unigrams and the pairs touching them, a pair inside the group once.
  w.bucket = grown(w.bucket, 3 * entries);
  w.count = grown(w.count, 3 * entries);
  const { counts, bucket, count } = w;
  const start = new Int32Array(G + 1);
  let out = 0;
  for (let g = 0; g < G; g++) {
    const own = ++w.serial;
    for (let e = tokenStart[g]; e < tokenStart[g + 1]; e++) mark[token[e]] = own;
    const first = out;
    const bump = (b: number) => {
      if (b >= 0 && counts[b]++ === 0) bucket[out++] = b;
    };
    for (let e = tokenStart[g]; e < tokenStart[g + 1]; e++) {
      const i = token[e];
      bump(unigrams[i]);
      if (i > 0 && i - 1 < pairs && mark[i - 1] !== own) bump(bigrams[i - 1]);
      if (i < pairs) bump(bigrams[i]);
    }
    for (let k = first; k < out; k++) {
      count[k] = counts[bucket[k]];
      counts[bucket[k]] = 0;
    }
    start[g + 1] = out;
  }

  // Groups sharing a token (every pair of holders), and pairs across two groups: (low group, high group,
  // bigram) triples, then grouped by the low one.
  const words = Math.max(1, Math.ceil(G / 32));
  const overlaps = new Uint32Array(G * words);
  let crosses = 0;
  w.cross = grown(w.cross, 3 * entries);
  const push = (a: number, c: number, b: number) => {
    if (3 * crosses + 3 > w.cross.length) w.cross = grown(w.cross, 3 * crosses + 3);
    w.cross[3 * crosses] = Math.min(a, c);
    w.cross[3 * crosses + 1] = Math.max(a, c);
    w.cross[3 * crosses + 2] = b;
    crosses++;
  };
  for (let e = 0; e < entries; e++) {
    const a = group[e];
    for (let x = previous[e]; x >= 0; x = previous[x]) {
      const c = group[x];
      overlaps[a * words + (c >>> 5)] |= 1 << (c & 31);
      overlaps[c * words + (a >>> 5)] |= 1 << (a & 31);
    }
    const i = token[e];
    if (i >= pairs || i + 1 >= n || bigrams[i] < 0) continue;
    for (let x = head[i + 1]; x >= 0; x = previous[x]) if (group[x] !== a) push(a, group[x], bigrams[i]);
  }
  for (let e = 0; e < entries; e++) head[token[e]] = -1;
  const crossStart = new Int32Array(G + 1);
  for (let k = 0; k < crosses; k++) crossStart[w.cross[3 * k] + 1]++;
  for (let g = 0; g < G; g++) crossStart[g + 1] += crossStart[g];
  const fill = crossStart.slice(0, G);
  const crossOther = new Int32Array(crosses);
  const crossBucket = new Int32Array(crosses);
  for (let k = 0; k < crosses; k++) {
    const at = fill[w.cross[3 * k]]++;
    crossOther[at] = w.cross[3 * k + 1];
    crossBucket[at] = w.cross[3 * k + 2];
  }
  return {
    groups: G,
    start,
    bucket: bucket.subarray(0, out),
    count: count.subarray(0, out),
    crossStart,
    crossOther,
    crossBucket,
    words,
    overlaps,
  };
}
