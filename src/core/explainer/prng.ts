// Deterministic randomness for sampling: the same question text always gets the same perturbations,
// so the same text gets the same explanation. The generator is the trainer's (one mulberry32).
export { mulberry32 as prng } from '../util/rng';

/** FNV-1a over UTF-16 code units (no TextEncoder needed; only used as a seed). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
