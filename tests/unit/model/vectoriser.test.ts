import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/core/util/hash';
import { bagWithout, fitIdf, fitScaling, fitVocab, modelInput, unigramBucket, bigramBucket, vectorise, VECTORISER_VERSION, VOCAB_VECTORISER_VERSION, type VectoriserConfig } from '../../../src/core/model/vectoriser';
import { fitPlatt, calibrate } from '../../../src/core/model/calibration';

const config = (buckets = 64): VectoriserConfig => ({
  version: VECTORISER_VERSION,
  hash: 'fnv1a-32-utf8',
  buckets,
  bigrams: true,
  featureNames: ['a', 'b'],
  featureMean: [1, 0],
  featureStd: [2, 1],
});

describe('fnv1a32', () => {
  // Published FNV-1a 32-bit test vectors.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hash(%j)', (s, h) => expect(fnv1a32(s)).toBe(h));

  it('hashes UTF-8 bytes, so non-ASCII text is stable', () => {
    expect(fnv1a32('é')).not.toBe(fnv1a32('e'));
    expect(fnv1a32('日本')).toBe(fnv1a32('日本'));
  });
});

describe('vectorise and bagWithout', () => {
  it('sets unigram and bigram buckets and L2-normalises the presence bag', () => {
    const vec = vectorise(['How', 'to', 'sort'], [3, 5], config(4096));
    expect(vec.tokens).toEqual(['how', 'to', 'sort']);
    expect(Array.from(vec.unigrams)).toEqual(['how', 'to', 'sort'].map((t) => unigramBucket(t, 4096)));
    expect(Array.from(vec.bigrams)).toEqual([bigramBucket('how', 'to', 4096), bigramBucket('to', 'sort', 4096)]);
    const bag = bagWithout(vec, 4096);
    const nonZero = Array.from(bag).filter((v) => v !== 0);
    expect(nonZero.length).toBe(5);
    expect(Math.hypot(...nonZero)).toBeCloseTo(1);
  });

  it('dropping a token removes its unigram and every bigram through it', () => {
    const vec = vectorise(['a', 'b', 'c'], [0, 0], config(1 << 16));
    const bag = bagWithout(vec, 1 << 16, [1]);
    const on = new Set(Array.from(bag.keys()).filter((i) => bag[i] !== 0));
    expect(on).toEqual(new Set([unigramBucket('a', 1 << 16), unigramBucket('c', 1 << 16)]));
  });

  it('an all-dropped mask gives a zero bag, and repeated tokens count once', () => {
    const vec = vectorise(['x', 'x'], [0, 0], config());
    expect(Array.from(bagWithout(vec, 64, [0, 1])).every((v) => v === 0)).toBe(true);
    const bag = bagWithout(vec, 64);
    expect(Array.from(bag).filter((v) => v !== 0).length).toBe(2); // 'x' and the pair (x,x)
  });

  it('standardises features and accepts replaced raw values', () => {
    const vec = vectorise(['a'], [3, 5], config());
    expect(Array.from(modelInput(vec, config()).features)).toEqual([1, 5]);
    expect(Array.from(modelInput(vec, config(), undefined, [1, -2]).features)).toEqual([0, -2]);
  });

  it('rejects a feature vector of the wrong width', () => {
    expect(() => vectorise(['a'], [1], config())).toThrow(/expected 2 features/);
  });

  it('fitScaling gives mean/std and maps a constant column to std 1', () => {
    const { mean, std } = fitScaling([[1, 7], [3, 7]], 2);
    expect(mean).toEqual([2, 7]);
    expect(std).toEqual([1, 1]);
  });
});

describe('hashed TF-IDF bag', () => {
  const B = 1 << 16; // wide enough that these few keys do not collide (checked below)
  const docs = [['a', 'b'], ['a', 'c'], ['a', 'b', 'd']].map((t) => vectorise(t, [0, 0], config(B)));
  const u = (t: string) => unigramBucket(t, B);

  it('fits idf = ln((1+N)/(1+df)) + 1 per bucket, 0 for unseen buckets and below min-df', () => {
    const keys = ['a', 'b', 'c', 'd'].map(u);
    expect(new Set(keys).size).toBe(4);
    const idf = fitIdf(docs, B);
    const expected = (df: number) => Math.round((Math.log(4 / (1 + df)) + 1) * 1e4) / 1e4;
    expect([idf[u('a')], idf[u('b')], idf[u('c')], idf[u('d')]]).toEqual([expected(3), expected(2), expected(1), expected(1)]);
    expect(idf[u('zzz-unseen')]).toBe(0);
    const pruned = fitIdf(docs, B, 2);
    expect([pruned[u('a')], pruned[u('b')], pruned[u('c')]]).toEqual([expected(3), expected(2), 0]);
  });

  it('weights a bucket by (1 + ln count) × idf and L2-normalises', () => {
    const idf = new Array<number>(B).fill(0);
    idf[u('x')] = 2;
    idf[u('y')] = 1;
    const vec = vectorise(['x', 'x', 'y'], [0, 0], { ...config(B), bigrams: false });
    const bag = bagWithout(vec, B, undefined, idf);
    const x = (1 + Math.log(2)) * 2;
    const y = 1;
    const norm = Math.hypot(x, y);
    expect(bag[u('x')]).toBeCloseTo(x / norm, 6);
    expect(bag[u('y')]).toBeCloseTo(y / norm, 6);
    // Dropping one 'x' lowers its count to 1; modelInput uses the config's idf the same way.
    const dropped = modelInput(vec, { ...config(B), bigrams: false, idf }, [1]).bag;
    expect(dropped[u('x')]).toBeCloseTo(2 / Math.hypot(2, 1), 6);
  });

  it('a bucket with idf 0 contributes nothing, and all-muted input stays an all-zero bag', () => {
    const vec = vectorise(['x'], [0, 0], { ...config(B), bigrams: false });
    const bag = bagWithout(vec, B, undefined, new Array<number>(B).fill(0));
    expect(bag.every((v) => v === 0)).toBe(true);
  });
});

describe('Platt calibration', () => {
  it('recovers a known slope and offset from data generated by it', () => {
    // Exact expected frequencies: at logit z, the positive share is sigmoid(0.5 z - 1).
    const logits: number[] = [];
    const labels: number[] = [];
    for (let z = -6; z <= 6; z += 0.5) {
      const p = 1 / (1 + Math.exp(-(0.5 * z - 1)));
      const pos = Math.round(p * 200);
      for (let k = 0; k < 200; k++) {
        logits.push(z);
        labels.push(k < pos ? 1 : 0);
      }
    }
    const c = fitPlatt(logits, labels);
    expect(c.a).toBeCloseTo(0.5, 1);
    expect(c.b).toBeCloseTo(-1, 1);
    expect(calibrate(2, c)).toBeCloseTo(0.5, 1);
  });
});

describe('exact-vocabulary TF-IDF bag (vocab-tfidf-v1)', () => {
  const docs = [['How', 'to', 'sort'], ['how', 'to', 'parse'], ['sort', 'it'], ['how', 'to']];

  it('keeps terms (unigrams and "a b" pairs) seen in >= min-df documents, with smooth idf', () => {
    const { vocab, idf } = fitVocab(docs, true, 2);
    expect(vocab).toEqual(['how', 'how to', 'sort', 'to']);
    const df: Record<string, number> = { how: 3, 'how to': 3, sort: 2, to: 3 };
    vocab.forEach((t, i) => expect(idf[i]).toBeCloseTo(Math.log(5 / (1 + df[t])) + 1, 4));
    expect(fitVocab(docs, false, 2).vocab).toEqual(['how', 'sort', 'to']);
  });

  it('caps the vocabulary at the most frequent terms, ties broken by term', () => {
    expect(fitVocab(docs, true, 1, 2).vocab).toEqual(['how', 'how to']);
    expect(fitVocab(docs, true, 1, 3).vocab).toEqual(['how', 'how to', 'to']);
  });

  it('maps terms to their vocabulary index, unknown terms to -1, and leaves unknowns out of the bag', () => {
    const { vocab, idf } = fitVocab(docs, true, 2);
    const c: VectoriserConfig = { ...config(vocab.length), version: VOCAB_VECTORISER_VERSION, vocab, idf };
    const vec = vectorise(['How', 'to', 'fly'], [0, 0], c);
    expect(Array.from(vec.unigrams)).toEqual([vocab.indexOf('how'), vocab.indexOf('to'), -1]);
    expect(Array.from(vec.bigrams)).toEqual([vocab.indexOf('how to'), -1]);
    const bag = bagWithout(vec, c.buckets, undefined, c.idf);
    const on = [vocab.indexOf('how'), vocab.indexOf('to'), vocab.indexOf('how to')];
    const norm = Math.hypot(...on.map((j) => idf[j]));
    on.forEach((j) => expect(bag[j]).toBeCloseTo(idf[j] / norm, 6));
    expect(bag.filter((v) => v !== 0).length).toBe(3);
    // Dropping "to" removes its unigram and the "how to" pair; "fly" never counted.
    const dropped = bagWithout(vec, c.buckets, [1], c.idf);
    expect(Array.from(dropped)).toEqual(Array.from(bagWithout(vectorise(['how'], [0, 0], c), c.buckets, undefined, c.idf)));
  });
});
