import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/core/util/hash';

// The two FNV-1a loops as they shipped before there was one (model/hash.ts over UTF-8 bytes: the model's buckets
// and tokenizer id; explainer/prng.ts hashText over UTF-16 code units: the explainer's seed). Kept here to prove
// the one implementation gives the same numbers bit for bit.
function shippedUtf8(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function shippedUtf16(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

describe('fnv1a32', () => {
  // Published FNV-1a 32-bit test vectors (ASCII: bytes and code units agree).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hash(%j)', (s, h) => {
    expect(fnv1a32(s)).toBe(h);
    expect(fnv1a32(s, 'utf16')).toBe(h);
  });

  it('hashes UTF-8 bytes by default and UTF-16 code units when asked, which differ beyond ASCII', () => {
    expect(fnv1a32('é')).toBe(shippedUtf8('é'));
    expect(fnv1a32('é', 'utf16')).toBe(shippedUtf16('é'));
    expect(fnv1a32('é')).not.toBe(fnv1a32('é', 'utf16'));
    expect(fnv1a32('é')).not.toBe(fnv1a32('e'));
  });

  it('gives the shipped numbers for any text: astral characters, lone surrogates, control characters', () => {
    for (const s of ['日本', '😀 emoji', '\ud800', 'a\udc00b', '\u0000\u0001', 'u\u0001token', 'b\u0001a\u0001b']) {
      expect(fnv1a32(s)).toBe(shippedUtf8(s));
      expect(fnv1a32(s, 'utf16')).toBe(shippedUtf16(s));
    }
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 64 }),
        fc.string({ unit: 'grapheme', maxLength: 64 }),
        (a, b) => {
          for (const s of [a, b, a + b]) {
            expect(fnv1a32(s)).toBe(shippedUtf8(s));
            expect(fnv1a32(s, 'utf16')).toBe(shippedUtf16(s));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const h of [fnv1a32(s), fnv1a32(s, 'utf16')])
          expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      }),
    );
  });
});
