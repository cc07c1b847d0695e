// What a row dropping whole groups removes from the bag, summed per group, must equal counting its dropped
// tokens one by one (a unigram goes with its token, a pair with either of its tokens).
import { describe, expect, it } from 'vitest';
import { groupBuckets, GroupBucketsWorkspace } from '../../../src/core/model/group-buckets';
import { mulberry32 } from '../../../src/core/util/rng';

const BUCKETS = 40;

/** Reference: the bucket counts a set of dropped tokens removes. */
function removedByTokens(unigrams: number[], bigrams: number[], dropped: Set<number>): Map<number, number> {
  const out = new Map<number, number>();
  const add = (b: number) => b >= 0 && out.set(b, (out.get(b) ?? 0) + 1);
  unigrams.forEach((b, i) => {
    if (dropped.has(i)) add(b);
  });
  bigrams.forEach((b, j) => {
    if (dropped.has(j) || dropped.has(j + 1)) add(b);
  });
  return out;
}

/** The per-group sum the scorer does, or null when the groups share tokens (the scorer's token path). */
function removedByGroups(g: ReturnType<typeof groupBuckets>, drop: number[]): Map<number, number> | null {
  const set = new Set(drop);
  const has = (x: number, y: number) => (g.overlaps[x * g.words + (y >>> 5)] >>> (y & 31)) & 1;
  for (const x of set) for (const y of set) if (has(x, y)) return null;
  const out = new Map<number, number>();
  for (const x of set) {
    for (let e = g.start[x]; e < g.start[x + 1]; e++) out.set(g.bucket[e], (out.get(g.bucket[e]) ?? 0) + g.count[e]);
    for (let e = g.crossStart[x]; e < g.crossStart[x + 1]; e++)
      if (set.has(g.crossOther[e])) out.set(g.crossBucket[e], out.get(g.crossBucket[e])! - 1);
  }
  for (const [b, c] of out) if (c === 0) out.delete(b);
  return out;
}

describe('groupBuckets', () => {
  it('sums to the token count for any disjoint groups dropped, and flags every pair of groups sharing a token', () => {
    const rand = mulberry32(3);
    // One workspace for every trial, as a scorer keeps it: nothing may leak from one call into the next.
    const workspace = new GroupBucketsWorkspace(new Int32Array(BUCKETS));
    let summed = 0;
    let refused = 0;
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 30);
      // Few buckets, so tokens and pairs collide; some tokens and pairs have none (-1).
      const bucket = () => (rand() < 0.1 ? -1 : Math.floor(rand() * 8));
      const unigrams = Array.from({ length: n }, bucket);
      const bigrams = Array.from({ length: n - 1 }, () => (rand() < 0.2 ? -1 : 8 + Math.floor(rand() * 30)));
      // Up to 40 groups (two bitset words): random token sets, with repeats and out-of-range indices.
      const groups = Array.from({ length: 1 + Math.floor(rand() * 40) }, () =>
        Array.from({ length: Math.floor(rand() * 4) }, () => Math.floor(rand() * (n + 2)) - 1),
      );
      const g = groupBuckets(
        unigrams,
        bigrams,
        groups.map((tokens) => ({ tokens, feature: -1 })),
        workspace,
      );
      expect(workspace.counts.every((c) => c === 0)).toBe(true);
      expect(workspace.head.every((e) => e === -1)).toBe(true);
      for (let row = 0; row < 20; row++) {
        const drop = groups.map((_, x) => x).filter(() => rand() < 0.3);
        const tokens = new Set(drop.flatMap((x) => groups[x]).filter((i) => i >= 0 && i < n));
        const shared = drop.some((x) =>
          drop.some((y) => x !== y && groups[x].some((i) => i >= 0 && i < n && groups[y].includes(i))),
        );
        const sums = removedByGroups(g, drop);
        if (shared) {
          expect(sums).toBeNull();
          refused++;
          continue;
        }
        expect(sums).toEqual(removedByTokens(unigrams, bigrams, tokens));
        summed++;
      }
    }
    expect(summed).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(500);
  });
});
