// FNV-1a, 32-bit, over the UTF-8 bytes of a string. Fixed and documented so the vectoriser gives the
// same buckets in Node (training) and in the worker: offset basis 2166136261, prime 16777619.
export const HASH_NAME = 'fnv1a-32-utf8';

const encoder = new TextEncoder();

export function fnv1a32(text: string): number {
  const bytes = encoder.encode(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
