// config.json layout: one line per array (the vocabulary too), and reading it back gives the same config.
import { describe, expect, it } from 'vitest';
import { configJson } from '../../../src/training/node-files';
import type { ModelConfig } from '../../../src/core/model/model-config';

const base = (vocab?: string[]): ModelConfig => ({
  version: 'q-test',
  vectoriser: {
    version: vocab ? 'vocab-tfidf-v1' : 'hash-tfidf-v1',
    hash: 'fnv1a-32-utf8',
    buckets: vocab?.length ?? 4,
    bigrams: true,
    featureNames: ['a'],
    featureMean: [0.5],
    featureStd: [1],
    idf: [1.5, 0, 2.25, 1],
    ...(vocab ? { vocab } : {}),
  },
  calibration: { method: 'platt', a: 1, b: 0 },
  threshold: 0.5,
  tokenizer: 't',
  trainedAt: 'x',
  files: { model: 'model.json' },
});

describe('configJson', () => {
  it.each([
    ['hashed', undefined],
    ['vocabulary', ['<num>', 'a', 'a [1, 2]', 'é "q"']],
  ])('%s config round-trips exactly', (_, vocab) => {
    const c = base(vocab);
    const json = configJson(c);
    expect(JSON.parse(json)).toEqual(c);
    expect(json).toContain('"idf": [1.5,0,2.25,1]');
    // The last key of the vectoriser: no trailing comma.
    if (vocab)
      expect(json.split('\n').filter((l) => l.includes('"vocab"'))).toEqual([`    "vocab": ${JSON.stringify(vocab)}`]);
  });

  it('keeps the close-reason head file name (files.closeReasons)', () => {
    const c = { ...base(), files: { model: 'model.json', closeReasons: 'close-reasons.json' } };
    expect(JSON.parse(configJson(c))).toEqual(c);
  });
});
