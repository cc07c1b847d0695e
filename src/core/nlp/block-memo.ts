// Memos of block-local computations, keyed by the block's normalised text. Dependency-free (Lru only), so
// any analysis module can hold one from load time, whatever imports it.
import { Lru } from '../util/lru';

const memos: Array<Lru<string, unknown>> = [];

/**
 * Memoises a block-local computation by the block's normalised text. Results must be offsets into that
 * text (not into the field), so they stay valid when the block moves; only the changed blocks recompute.
 */
export function blockMemo<T>(capacity = 1024): (text: string, compute: () => T) => T {
  const cache = new Lru<string, T>(capacity);
  memos.push(cache);
  return (text, compute) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute();
    cache.set(text, value);
    return value;
  };
}

/** Empties every block memo (for tests and timing). */
export function clearBlockMemos(): void {
  for (const m of memos) m.clear();
}
