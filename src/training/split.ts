// Leak-free splits. Rows are grouped before they are assigned, so exact duplicates, near-duplicate
// titles and questions by the same author always land on the same side; rows of other sets that
// duplicate a held-out row are dropped from training.
import { fnv1a32 } from '../core/util/hash';

export interface SplitItem {
  id: string;
  title: string;
  body: string;
  authorId?: string;
}

/** Lowercased, markup stripped to words, whitespace collapsed: equal for copies differing in format only. */
export function normaliseText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function contentKey(item: Pick<SplitItem, 'title' | 'body'>): string {
  return normaliseText(`${item.title} ${item.body}`);
}

export const words = (text: string): string[] => normaliseText(text).split(' ').filter(Boolean);

/** Word 2-shingles (plus single words, so one-word titles still compare). */
export function shingles(text: string, toWords: (text: string) => string[] = words): Set<string> {
  const ws = toWords(text);
  const out = new Set<string>(ws);
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups rows that must not be split apart: same normalised title+body, same author, or titles whose
 * shingle Jaccard is >= `titleThreshold` (titles of fewer than 3 words only group on exact match).
 * Returns a group index per item (the smallest member index).
 */
export function leakGroups(items: readonly SplitItem[], titleThreshold = 0.8): number[] {
  const uf = new UnionFind(items.length);
  const byKey = new Map<string, number>();
  const byAuthor = new Map<string, number>();
  items.forEach((it, i) => {
    const key = contentKey(it);
    const k = byKey.get(key);
    if (k === undefined) byKey.set(key, i);
    else uf.union(k, i);
    if (it.authorId) {
      const a = byAuthor.get(it.authorId);
      if (a === undefined) byAuthor.set(it.authorId, i);
      else uf.union(a, i);
    }
  });
  // Near-duplicate titles: candidate pairs share a rare-ish word (inverted index), then exact Jaccard.
  const sh = items.map((it) => shingles(it.title));
  const index = new Map<string, number[]>();
  sh.forEach((s, i) => {
    for (const w of s) if (!w.includes(' ')) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  const seen = new Set<number>();
  sh.forEach((s, i) => {
    if (s.size < 3) return;
    seen.clear();
    for (const w of s) {
      const posting = index.get(w);
      if (!posting || posting.length > 200) continue; // common words say nothing about duplication
      for (const j of posting) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (sh[j].size >= 3 && jaccard(s, sh[j]) >= titleThreshold) uf.union(i, j);
      }
    }
  });
  return items.map((_, i) => uf.find(i));
}

export type SplitName = 'train' | 'val' | 'test';

/** Deterministic split of groups by a seeded hash of the group's first id: [0,test) test, then val. */
export function assignSplits(
  items: readonly SplitItem[],
  fractions: { test: number; val: number },
  seed: number,
  titleThreshold = 0.8,
): SplitName[] {
  const groups = leakGroups(items, titleThreshold);
  return groups.map((g) => {
    const u = fnv1a32(`${seed}:${items[g].id}`) / 2 ** 32;
    return u < fractions.test ? 'test' : u < fractions.test + fractions.val ? 'val' : 'train';
  });
}

/**
 * Rows of `candidates` that do not duplicate any held-out row: exact normalised content, same author,
 * or near-duplicate content (word-shingle Jaccard over title+body >= `threshold`).
 */
export function dropLeaks<T extends SplitItem>(
  candidates: readonly T[],
  heldOut: readonly SplitItem[],
  threshold = 0.6,
  toWords: (text: string) => string[] = words,
): { kept: T[]; dropped: T[] } {
  const keys = new Set(heldOut.map(contentKey));
  const authors = new Set(heldOut.map((h) => h.authorId).filter(Boolean));
  const heldSh = heldOut.map((h) => shingles(`${h.title} ${h.body}`, toWords));
  const index = new Map<string, number[]>();
  heldSh.forEach((s, i) => {
    for (const w of s) if (!w.includes(' ')) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const c of candidates) {
    let leak = keys.has(contentKey(c)) || (!!c.authorId && authors.has(c.authorId));
    if (!leak) {
      const s = shingles(`${c.title} ${c.body}`, toWords);
      const counts = new Map<number, number>();
      for (const w of s) {
        if (w.includes(' ')) continue;
        const posting = index.get(w);
        if (!posting || posting.length > 50) continue;
        for (const j of posting) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
      for (const [j, n] of counts) {
        if (n >= 3 && jaccard(s, heldSh[j]) >= threshold) {
          leak = true;
          break;
        }
      }
    }
    (leak ? dropped : kept).push(c);
  }
  return { kept, dropped };
}
