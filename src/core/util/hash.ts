// FNV-1a, 32-bit (offset basis 2166136261, prime 16777619), over the UTF-8 bytes of a string or over its UTF-16
// code units. Both are shipped behaviour, so neither may change: the UTF-8 hash gives the vectoriser's buckets and
// the tokenizer id the same in Node (training) and in the worker; the UTF-16 one seeds the explainer's sampling
// (the same text, the same explanation) without encoding the text first.
export const HASH_NAME = 'fnv1a-32-utf8';

/** What the hash runs over: UTF-8 bytes (the model's hash) or UTF-16 code units (a seed). */
export type HashUnits = 'utf8' | 'utf16';

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

const encoder = new TextEncoder();

/** One FNV-1a step: xor the unit in, multiply by the prime modulo 2^32. */
function step(h: number, unit: number): number {
  return Math.imul(h ^ unit, PRIME) >>> 0;
}

export function fnv1a32(text: string, units: HashUnits = 'utf8'): number {
  let h = OFFSET_BASIS;
  if (units === 'utf16') {
    for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  } else {
    const bytes = encoder.encode(text);
    for (let i = 0; i < bytes.length; i++) h = step(h, bytes[i]);
  }
  return h;
}
