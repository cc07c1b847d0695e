// "Debug the wiring": the network must be able to overfit a handful of examples; the exported files
// must be the real tfjs format and load back to the same predictions; scoring must not leak tensors.
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { IDENTITY_CALIBRATION } from '../../../src/core/model/calibration';
import type { DocumentEncoder } from '../../../src/core/model/encoder';
import { exportModel } from '../../../src/training/io';
import type { ModelConfig } from '../../../src/core/model/model-config';
import { readModelFolder, writeModelFolder } from '../../../src/training/node-files';
import { ModelScorer } from '../../../src/core/model/scorer';
import { logitsFor, train, type TrainRow } from '../../../src/training/trainer';
import { trainSparse } from '../../../src/training/sparse-trainer';
import { fitIdf, vectorise, VECTORISER_VERSION, type VectoriserConfig } from '../../../src/core/model/vectoriser';
import { rocAuc } from '../../../src/core/eval/metrics';

// A tiny, fast encoder: words of the prose, two trivial features.
const tinyEncoder: DocumentEncoder = {
  tokenizer: 'test-words',
  featureNames: ['blocks', 'code'],
  tokenize: (doc: QuestionDocument) => doc.prose.flatMap((b) => b.text.toLowerCase().split(/\W+/).filter(Boolean)),
  features: (doc: QuestionDocument) => [doc.prose.length, doc.codeBlocks.length],
};

const vconfig: VectoriserConfig = {
  version: VECTORISER_VERSION,
  hash: 'fnv1a-32-utf8',
  buckets: 256,
  bigrams: true,
  featureNames: ['blocks', 'code'],
  featureMean: [2, 0.5],
  featureStd: [1, 0.5],
};

const GOOD = [
  'Sorting a list of tuples by the second element',
  'Why does my regex not match newlines',
  'Parsing ISO dates with timezone offsets',
  'Memory leak when closing sockets in a loop',
];
const POOR = ['pls help urgent', 'code not work fix it', 'give me the code asap', 'help me homework now'];
const doc = (title: string, i: number) =>
  parseQuestion({ title, body: i % 2 ? 'Some words here.\n\n```\nx = 1\n```' : 'Some words here.' });
const rows = (): TrainRow[] =>
  [...GOOD.map((t, i) => ({ t, i, label: 1 as const })), ...POOR.map((t, i) => ({ t, i, label: 0 as const }))].map(
    ({ t, i, label }) => {
      const d = doc(t, i);
      return { vec: vectorise(tinyEncoder.tokenize(d), tinyEncoder.features(d), vconfig), label };
    },
  );

let dir: string;
let trainedLogits: number[];

beforeAll(async () => {
  await tf.setBackend('cpu');
  const data = rows();
  // No validation rows: early stopping is off and the last epoch's weights are kept.
  const result = await train(data, [], vconfig, {
    seed: 3,
    epochs: 60,
    patience: 100,
    batchSize: 4,
    learningRate: 0.03,
  });
  trainedLogits = logitsFor(result.model, data, vconfig);
  const config: ModelConfig = {
    version: 'q-test-1',
    vectoriser: vconfig,
    calibration: IDENTITY_CALIBRATION,
    threshold: 0.5,
    tokenizer: tinyEncoder.tokenizer,
    trainedAt: 'test',
    files: { model: 'model.json' },
  };
  dir = mkdtempSync(join(tmpdir(), 'ml-editor-model-'));
  writeModelFolder(dir, await exportModel(result.model), config);
  result.model.dispose();
}, 60_000);

describe('training wiring', () => {
  it('overfits a handful of examples (train AUC 1, every example on the right side)', () => {
    const labels = rows().map((r) => r.label);
    expect(rocAuc(trainedLogits, labels)).toBe(1);
    trainedLogits.forEach((z, i) => {
      expect(z > 0).toBe(labels[i] === 1);
    });
  });

  it('is reproducible: the same seed gives the same weights', async () => {
    const data = rows();
    const a = await train(data, data, vconfig, { seed: 5, epochs: 3, patience: 10, batchSize: 4 });
    const b = await train(data, data, vconfig, { seed: 5, epochs: 3, patience: 10, batchSize: 4 });
    expect(logitsFor(a.model, data, vconfig)).toEqual(logitsFor(b.model, data, vconfig));
    a.model.dispose();
    b.model.dispose();
  });
});

describe('export → load → predict', () => {
  it('writes the real tfjs layers format', () => {
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.json', 'weights.bin']);
    const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual(['./weights.bin']);
    const bytes = json.weightsManifest[0].weights.reduce(
      (n: number, w: { shape: number[] }) => n + 4 * w.shape.reduce((a, b) => a * b, 1),
      0,
    );
    expect(readFileSync(join(dir, 'weights.bin')).length).toBe(bytes);
  });

  it('loads from files and predicts what the trained model predicted', async () => {
    const { files, config } = readModelFolder(dir);
    const scorer = await ModelScorer.fromFiles(files, config, tinyEncoder);
    const probs = [...GOOD, ...POOR].map((t, i) => scorer.score(doc(t, i % 4)));
    probs.forEach((p, i) => {
      expect(p).toBeCloseTo(1 / (1 + Math.exp(-trainedLogits[i])), 5);
    });
  });

  it('loads through fetch of the packaged URL like the worker does', async () => {
    const fetchFn = (async (url: string) => {
      const path = join(dir, String(url).replace('https://ext.test/models/q-test-1/', ''));
      return new Response(readFileSync(path));
    }) as unknown as typeof fetch;
    const scorer = await ModelScorer.fromUrl('https://ext.test/models/q-test-1/', tinyEncoder, fetchFn);
    expect(scorer.version).toBe('q-test-1');
    expect(scorer.score(doc(GOOD[0], 0))).toBeCloseTo(1 / (1 + Math.exp(-trainedLogits[0])), 5);
  });

  it('refuses an encoder with other features or another tokenizer', async () => {
    const { files, config } = readModelFolder(dir);
    await expect(ModelScorer.fromFiles(files, config, { ...tinyEncoder, featureNames: ['x', 'y'] })).rejects.toThrow(
      /expects features/,
    );
    await expect(ModelScorer.fromFiles(files, config, { ...tinyEncoder, tokenizer: 'other' })).rejects.toThrow(
      /tokenizer/,
    );
  });
});

describe('tensor hygiene', () => {
  it('scoring and perturbation scoring leave tf.memory().numTensors unchanged', async () => {
    const { files, config } = readModelFolder(dir);
    const scorer = await ModelScorer.fromFiles(files, config, tinyEncoder);
    const d = doc(GOOD[1], 1);
    scorer.score(d); // warm-up (lazy kernels)
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) scorer.score(d);
    const vec = scorer.vectorise(d);
    const scores = scorer.scorePerturbations(vec, [
      {},
      { drop: vec.tokens.flatMap((_, k) => (k % 2 ? [k] : [])) },
      { features: [0, 0] },
    ]);
    expect(scores).toHaveLength(3);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('wide and deep with a TF-IDF bag', () => {
  it('buckets never seen in training keep wide weight 0 (no random word effects), seen ones move', async () => {
    const data = rows();
    const buckets = 256;
    const idf = new Array<number>(buckets).fill(0);
    const seen = new Set(data.flatMap((r) => [...r.vec.unigrams, ...r.vec.bigrams]));
    for (const b of seen) idf[b] = 1.5;
    const cfg: VectoriserConfig = { ...vconfig, idf };
    const result = await train(data, [], cfg, {
      seed: 2,
      epochs: 5,
      patience: 10,
      batchSize: 4,
      l2: 1e-3,
      embedding: 4,
    });
    const wide = Array.from(result.model.getLayer('wide').getWeights()[0].dataSync());
    expect(wide.filter((_, b) => !seen.has(b)).every((w) => w === 0)).toBe(true);
    expect(wide.filter((_, b) => seen.has(b)).some((w) => w !== 0)).toBe(true);
    expect(result.model.getLayer('bag_embedding').getWeights()[0].shape).toEqual([buckets, 4]);
    result.model.dispose();
  });
});

describe('sparse trainer (the one npm run train uses)', () => {
  it('overfits the handful, and the tfjs model it returns predicts what it trained (AUC 1, right sides)', async () => {
    const data = rows();
    const idf = fitIdf(
      data.map((r) => r.vec),
      vconfig.buckets,
    );
    const cfg: VectoriserConfig = { ...vconfig, idf };
    const result = await trainSparse(data, [], cfg, {
      seed: 3,
      epochs: 80,
      patience: 100,
      batchSize: 4,
      learningRate: 0.05,
    });
    const logits = logitsFor(result.model, data, cfg);
    const labels = data.map((r) => r.label);
    expect(rocAuc(logits, labels)).toBe(1);
    logits.forEach((z, i) => {
      expect(z > 0).toBe(labels[i] === 1);
    });
    result.model.dispose();
  });

  it('is seeded: same seed, same weights; another seed, other weights', async () => {
    const data = rows();
    const run = async (seed: number) => {
      const r = await trainSparse(data, data, vconfig, {
        seed,
        epochs: 4,
        patience: 10,
        batchSize: 3,
        learningRate: 0.01,
      });
      const out = logitsFor(r.model, data, vconfig);
      r.model.dispose();
      return out;
    };
    const a = await run(5);
    expect(await run(5)).toEqual(a);
    expect(await run(6)).not.toEqual(a);
  });

  it('keeps the weights of the best validation epoch (early stopping)', async () => {
    const data = rows();
    const flipped = data.map((r) => ({ ...r, label: (1 - r.label) as 0 | 1 }));
    // Validation labels are the opposite of training ones: AUC only falls, so epoch 1 is kept.
    const r = await trainSparse(data, flipped, vconfig, {
      seed: 1,
      epochs: 30,
      patience: 3,
      batchSize: 4,
      learningRate: 0.05,
    });
    expect(r.bestEpoch).toBe(r.history.reduce((b, h) => (h.valAuc > b.valAuc ? h : b)).epoch);
    expect(r.history.length).toBeLessThan(30);
    expect(
      rocAuc(
        logitsFor(r.model, flipped, vconfig),
        flipped.map((x) => x.label),
      ),
    ).toBeCloseTo(r.bestValAuc, 5);
    r.model.dispose();
  });

  it('warm start: the full-batch fit alone separates the handful and is epoch 0, a candidate for the best epoch', async () => {
    const data = rows();
    const idf = fitIdf(
      data.map((r) => r.vec),
      vconfig.buckets,
    );
    const cfg: VectoriserConfig = { ...vconfig, idf };
    const labels = data.map((r) => r.label);
    const only = await trainSparse(data, [], cfg, { seed: 3, epochs: 0, warmStart: 150, warmStartLearningRate: 0.05 });
    expect(only.history.map((h) => h.epoch)).toEqual([0]);
    expect(rocAuc(logitsFor(only.model, data, cfg), labels)).toBe(1);
    only.model.dispose();
    // Validation labels flipped: every mini-batch epoch only makes validation worse, so epoch 0 is kept.
    const flipped = data.map((r) => ({ ...r, label: (1 - r.label) as 0 | 1 }));
    const r = await trainSparse(data, flipped, cfg, {
      seed: 3,
      epochs: 10,
      patience: 3,
      batchSize: 4,
      learningRate: 0.05,
      warmStart: 150,
    });
    expect(r.history[0].epoch).toBe(0);
    expect(r.bestEpoch).toBe(r.history.reduce((b, h) => (h.valAuc > b.valAuc ? h : b)).epoch);
    expect(
      rocAuc(
        logitsFor(r.model, flipped, cfg),
        flipped.map((x) => x.label),
      ),
    ).toBeCloseTo(r.bestValAuc, 5);
    r.model.dispose();
  });
});
