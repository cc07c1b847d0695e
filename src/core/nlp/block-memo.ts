// Memos of block-local computations, keyed by the block's normalised text. Dependency-free (Lru and the
// cache registry only), so any analysis module can hold one from load time, whatever imports it.
import { registerCache } from '../cache-registry';
import { Lru } from '../util/lru';

/**
 * Memoises a block-local computation by the block's normalised text. Results must be offsets into that
 * text (not into the field), so they stay valid when the block moves; only the changed blocks recompute.
 */
export function blockMemo<T>(name: string, capacity = 1024): (text: string, compute: () => T) => T {
  const cache = registerCache(name, new Lru<string, T>(capacity));
  return (text, compute) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute();
    cache.set(text, value);
    return value;
  };
}
