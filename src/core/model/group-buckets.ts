// What dropping each group's tokens removes from a question's bag, prepared once per batch: the explainer's
// samples drop whole components (a word's every occurrence, a sentence), so a row is scored from a few
// per-group bucket counts instead of from each of its dropped tokens (a frequent word of a long question
// has dozens of occurrences, with the same buckets again and again).
//
// A row dropping groups a, b, … removes, per bucket, the sum of what each removes alone, except:
// - a pair whose tokens lie in two dropped groups is counted by both: one count comes back (`cross`);
// - groups sharing tokens (a word and its sentence) would count those twice: such a row is not summed
//   here (`overlaps`), the caller drops its tokens one by one.
import type { PerturbationGroups } from './perturbation';

export interface GroupBuckets {
  groups: number;
  /** Group g removes count[k] from bucket[k] for k in [start[g], start[g + 1]). */
  start: Int32Array;
  bucket: Int32Array;
  count: Int32Array;
  /** Pairs with a token in g and the other in a later group other[k], k in [crossStart[g], crossStart[g + 1]): bigram crossBucket[k]. */
  crossStart: Int32Array;
  crossOther: Int32Array;
  crossBucket: Int32Array;
  /** Per group, `words` 32-bit words of a bitset: the groups sharing a token with it. */
  words: number;
  overlaps: Uint32Array;
}

/**
 * `unigrams[i]` is token i's bucket and `bigrams[j]` the pair (j, j + 1)'s (negative: none). Token
 * indices outside the question are ignored, and so are a group's repeats, as the token path does.
 * `scratch` is a zeroed count array over all buckets, and is zeroed again on return.
 */
export function groupBuckets(unigrams: ArrayLike<number>, bigrams: ArrayLike<number>, groups: PerturbationGroups, scratch: Int32Array): GroupBuckets {
  const n = unigrams.length;
  const pairs = bigrams.length;
  const G = groups.length;
  // Each group's distinct in-range tokens, in one buffer, and per token the groups holding it (CSR).
  const stamp = new Int32Array(n).fill(-1);
  const tokenStart = new Int32Array(G + 1);
  const held = new Int32Array(n + 1);
  let total = 0;
  for (let g = 0; g < G; g++) {
    const group = groups[g].tokens;
    for (let k = 0; k < group.length; k++) {
      const i = group[k];
      if (i >= 0 && i < n && stamp[i] !== g) {
        stamp[i] = g;
        held[i + 1]++;
        total++;
      }
    }
    tokenStart[g + 1] = total;
  }
  const tokens = new Int32Array(total);
  for (let i = 0; i < n; i++) held[i + 1] += held[i];
  const holders = new Int32Array(total);
  const nextHolder = held.slice(0, n);
  stamp.fill(-1);
  for (let g = 0, at = 0; g < G; g++) {
    const group = groups[g].tokens;
    for (let k = 0; k < group.length; k++) {
      const i = group[k];
      if (i >= 0 && i < n && stamp[i] !== g) {
        stamp[i] = g;
        tokens[at++] = i;
        holders[nextHolder[i]++] = g;
      }
    }
  }

  // Per group: its tokens' unigrams and the pairs touching them, a pair inside the group once.
  const start = new Int32Array(G + 1);
  const bucket: number[] = [];
  const count: number[] = [];
  const touched: number[] = [];
  const bump = (b: number) => {
    if (b >= 0 && scratch[b]++ === 0) touched.push(b);
  };
  stamp.fill(-1);
  for (let g = 0; g < G; g++) {
    for (let k = tokenStart[g]; k < tokenStart[g + 1]; k++) stamp[tokens[k]] = g;
    for (let k = tokenStart[g]; k < tokenStart[g + 1]; k++) {
      const i = tokens[k];
      bump(unigrams[i]);
      if (i > 0 && i - 1 < pairs && stamp[i - 1] !== g) bump(bigrams[i - 1]);
      if (i < pairs) bump(bigrams[i]);
    }
    for (const b of touched) {
      bucket.push(b);
      count.push(scratch[b]);
      scratch[b] = 0;
    }
    touched.length = 0;
    start[g + 1] = bucket.length;
  }

  // Pairs across two groups (each recorded under the lower group), and groups sharing tokens.
  const words = Math.max(1, Math.ceil(G / 32));
  const overlaps = new Uint32Array(G * words);
  const crossLow: number[] = [];
  const crossHigh: number[] = [];
  const crossB: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let x = held[i]; x < held[i + 1]; x++) {
      const a = holders[x];
      for (let y = x + 1; y < held[i + 1]; y++) {
        const c = holders[y];
        overlaps[a * words + (c >>> 5)] |= 1 << (c & 31);
        overlaps[c * words + (a >>> 5)] |= 1 << (a & 31);
      }
    }
    if (i >= pairs || i + 1 >= n || bigrams[i] < 0) continue;
    for (let x = held[i]; x < held[i + 1]; x++) {
      for (let y = held[i + 1]; y < held[i + 2]; y++) {
        const a = holders[x];
        const c = holders[y];
        if (a === c) continue;
        crossLow.push(Math.min(a, c));
        crossHigh.push(Math.max(a, c));
        crossB.push(bigrams[i]);
      }
    }
  }
  const crossStart = new Int32Array(G + 1);
  for (const a of crossLow) crossStart[a + 1]++;
  for (let g = 0; g < G; g++) crossStart[g + 1] += crossStart[g];
  const fill = crossStart.slice(0, G);
  const crossOther = new Int32Array(crossLow.length);
  const crossBucket = new Int32Array(crossLow.length);
  crossLow.forEach((a, k) => {
    const at = fill[a]++;
    crossOther[at] = crossHigh[k];
    crossBucket[at] = crossB[k];
  });
  return { groups: G, start, bucket: Int32Array.from(bucket), count: Int32Array.from(count), crossStart, crossOther, crossBucket, words, overlaps };
}
