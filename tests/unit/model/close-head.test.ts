// The close-reason head: learns separable synthetic reasons, reproducibly; ships as real tfjs files that
// load back to the same numbers; sparse JS scoring equals the dense tfjs model; ModelScorer.closeRisk
// splits 1 − score over the reasons and reuses the question's vectorisation.
import * as tf from '@tensorflow/tfjs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_REASONS } from '../../../src/shared/close-risk';
import { isCloseRisk } from '../../../src/shared/close-risk-text';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { IDENTITY_CALIBRATION } from '../../../src/core/model/calibration';
import {
  CLOSE_REASONS_JSON,
  CLOSE_REASONS_WEIGHTS,
  CloseHead,
  type CloseHeadWeights,
} from '../../../src/core/model/close-head';
import {
  buildCloseHeadModel,
  exportCloseHead,
  trainCloseHead,
  type CloseHeadRow,
} from '../../../src/training/close-head-training';
import { readLayersGraph } from '../../../src/core/model/layers-graph';
import { graphOfTfjsModel } from '../../../src/training/tfjs-graph';
import type { DocumentEncoder } from '../../../src/core/model/encoder';
import { exportModel, loadModel } from '../../../src/training/io';
import type { ModelConfig } from '../../../src/core/model/model-config';
import { buildNetwork } from '../../../src/training/network';
import { readModelFolder, writeModelFolder } from '../../../src/training/node-files';
import { mulberry32 } from '../../../src/core/util/rng';
import { ModelScorer } from '../../../src/core/model/scorer';
import {
  fitIdf,
  modelInput,
  vectorise,
  VECTORISER_VERSION,
  type VectoriserConfig,
} from '../../../src/core/model/vectoriser';

const encoder: DocumentEncoder = {
  tokenizer: 'test-words',
  featureNames: ['words', 'code'],
  tokenize: (doc: QuestionDocument) => doc.prose.flatMap((b) => b.text.toLowerCase().split(/\W+/).filter(Boolean)),
  features: (doc: QuestionDocument) => [encoder.tokenize(doc).length, doc.codeBlocks.length],
};

// Three reasons told apart by their words; too-localized only by a feature (three code blocks): the
// head must learn from both inputs. Too-localized is rare, as it is in the data.
const WORDS = [
  ['unclear', 'confused', 'somehow', 'weird'],
  ['best', 'prefer', 'recommend', 'opinion'],
  ['printer', 'router', 'keyboard', 'monitor'],
  [],
];
const NEUTRAL = ['code', 'python', 'function', 'list', 'value', 'file', 'loop', 'string', 'class', 'table'];
const COUNTS = [40, 40, 40, 8];
const FENCE = '\n\n```\nx = 1\n```';

function question(reason: number, rand: () => number): QuestionDocument {
  const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)];
  const words = Array.from({ length: 6 }, () => pick(NEUTRAL));
  if (WORDS[reason].length) words.splice(2, 0, pick(WORDS[reason]), pick(WORDS[reason]));
  const code = reason === 3 ? 3 : Math.floor(rand() * 2);
  return parseQuestion({ title: words.join(' '), body: `Some words here.${FENCE.repeat(code)}` });
}

const docs = (seed: number, counts = COUNTS) => {
  const rand = mulberry32(seed);
  return counts.flatMap((n, reason) => Array.from({ length: n }, () => ({ doc: question(reason, rand), reason })));
};

const BUCKETS = 512;
const base: VectoriserConfig = {
  version: VECTORISER_VERSION,
  hash: 'fnv1a-32-utf8',
  buckets: BUCKETS,
  bigrams: true,
  featureNames: [...encoder.featureNames],
  featureMean: [10, 0.8],
  featureStd: [2, 1],
};
const vec = (d: QuestionDocument, c: VectoriserConfig) => vectorise(encoder.tokenize(d), encoder.features(d), c);
const trainDocs = docs(1);
const config: VectoriserConfig = {
  ...base,
  idf: fitIdf(
    trainDocs.map((x) => vec(x.doc, base)),
    BUCKETS,
  ),
};
const rowsOf = (ds: { doc: QuestionDocument; reason: number }[]): CloseHeadRow[] =>
  ds.map((x) => ({ vec: vec(x.doc, config), reason: x.reason }));
const F = config.featureNames.length;
const OPTS = { seed: 7, epochs: 30, learningRate: 0.05, batchSize: 16 };

const argmax = (p: number[]) => p.indexOf(Math.max(...p));
const accuracy = (head: CloseHead, rows: CloseHeadRow[]) =>
  rows.filter((r) => argmax(head.probabilities(r.vec, config)) === r.reason).length / rows.length;

let weights: CloseHeadWeights;
let model: tf.LayersModel;
let head: CloseHead;

beforeAll(async () => {
  await tf.setBackend('cpu');
  weights = await trainCloseHead(rowsOf(trainDocs), config, OPTS);
  model = buildCloseHeadModel(weights, BUCKETS, F);
  head = CloseHead.from(graphOfTfjsModel(model))!;
});

describe('trainCloseHead', () => {
  it('separates the four reasons, on the training rows and on fresh ones (the rare one too)', () => {
    expect(accuracy(head, rowsOf(trainDocs))).toBeGreaterThanOrEqual(0.97);
    const fresh = rowsOf(docs(99));
    expect(accuracy(head, fresh)).toBeGreaterThanOrEqual(0.95);
    expect(
      accuracy(
        head,
        fresh.filter((r) => r.reason === 3),
      ),
    ).toBe(1);
  });

  it('is deterministic: the same rows and seed give identical weights, another seed other weights', async () => {
    const again = await trainCloseHead(rowsOf(trainDocs), config, OPTS);
    expect(again.kernel).toEqual(weights.kernel);
    expect(again.bias).toEqual(weights.bias);
    const other = await trainCloseHead(rowsOf(trainDocs), config, { ...OPTS, seed: 8 });
    expect(other.kernel).not.toEqual(weights.kernel);
  });

  it('keeps buckets no training row touches at weight 0', () => {
    const seen = new Set(rowsOf(trainDocs).flatMap((r) => [...r.vec.unigrams, ...r.vec.bigrams]));
    const unseen = Array.from({ length: BUCKETS }, (_, b) => b).filter((b) => !seen.has(b));
    expect(unseen.length).toBeGreaterThan(0);
    expect(unseen.every((b) => CLOSE_REASONS.every((_, k) => weights.kernel[b * 4 + k] === 0))).toBe(true);
  });

  it("'balanced' class weights give a rare class more probability than 'none'", async () => {
    const rows = rowsOf(docs(3, [60, 60, 60, 3]));
    const short = { seed: 1, epochs: 3, learningRate: 0.02, batchSize: 32 };
    const rare = async (classWeights: 'balanced' | 'none') => {
      const m = buildCloseHeadModel(await trainCloseHead(rows, config, { ...short, classWeights }), BUCKETS, F);
      const h = CloseHead.from(graphOfTfjsModel(m))!;
      m.dispose();
      const mine = rows.filter((r) => r.reason === 3);
      return mine.reduce((s, r) => s + h.probabilities(r.vec, config)[3], 0) / mine.length;
    };
    expect(await rare('balanced')).toBeGreaterThan((await rare('none')) + 0.05);
  });

  it('honours row weights: weight 0 rows teach nothing', async () => {
    const rows = rowsOf(trainDocs);
    const muted = await trainCloseHead(
      rows.map((r) => ({ ...r, weight: r.reason === 1 ? 0 : 1 })),
      config,
      OPTS,
    );
    const m = buildCloseHeadModel(muted, BUCKETS, F);
    const h = CloseHead.from(graphOfTfjsModel(m))!;
    m.dispose();
    expect(
      accuracy(
        h,
        rows.filter((r) => r.reason === 1),
      ),
    ).toBeLessThan(0.5);
  });

  it('L2 shrinks the kernel', async () => {
    const norm = (w: CloseHeadWeights) => w.kernel.reduce((s, x) => s + x * x, 0);
    const shrunk = await trainCloseHead(rowsOf(trainDocs), config, { ...OPTS, l2: 0.01 });
    expect(norm(shrunk)).toBeLessThan(0.5 * norm(weights));
  });

  it('rejects a reason index outside CLOSE_REASONS', async () => {
    await expect(trainCloseHead([{ vec: rowsOf(trainDocs)[0].vec, reason: 4 }], config, OPTS)).rejects.toThrow(
      /close reason index/,
    );
  });
});

describe('CloseHead (sparse JS scoring)', () => {
  it('equals the dense tfjs model.predict within 1e-5', () => {
    const rows = rowsOf([...trainDocs, ...docs(5)]);
    const dense = tf.tidy(() => {
      const inputs = rows.map((r) => modelInput(r.vec, config));
      const bag = tf.tensor2d(
        inputs.flatMap((x) => Array.from(x.bag)),
        [rows.length, BUCKETS],
      );
      const feats = tf.tensor2d(
        inputs.flatMap((x) => Array.from(x.features)),
        [rows.length, F],
      );
      return (model.predict([bag, feats]) as tf.Tensor).arraySync() as number[][];
    });
    rows.forEach((r, i) => {
      const sparse = head.probabilities(r.vec, config);
      expect(sparse).toHaveLength(4);
      sparse.forEach((p, k) => {
        expect(Math.abs(p - dense[i][k])).toBeLessThan(1e-5);
      });
    });
    // Not a constant: the rows get different reasons.
    expect(new Set(rows.map((r) => argmax(head.probabilities(r.vec, config)))).size).toBe(4);
  });

  it('creates no tensors per call', () => {
    const v = rowsOf(trainDocs)[0].vec;
    head.probabilities(v, config);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) head.probabilities(v, config);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is null for a model of another shape (the main network)', () => {
    const main = buildNetwork({ buckets: BUCKETS, features: F, hidden: 4, seed: 1 });
    expect(CloseHead.from(graphOfTfjsModel(main))).toBeNull();
    main.dispose();
  });

  it('refuses a config of another width', () => {
    expect(() => head.probabilities(rowsOf(trainDocs)[0].vec, { ...config, buckets: 256 })).toThrow(
      /expects 512 buckets/,
    );
  });
});

describe('export → load', () => {
  it('writes close-reasons.json naming ./close-reasons.weights.bin, and loads back to the same probabilities', async () => {
    const files = await exportCloseHead(model);
    const json = JSON.parse(files.modelJson);
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual([`./${CLOSE_REASONS_WEIGHTS}`]);
    expect(files.weights.length).toBe(4 * ((BUCKETS + F) * 4 + 4));
    const back = CloseHead.from(readLayersGraph(files.modelJson, files.weights))!;
    for (const r of rowsOf(docs(11)))
      expect(back.probabilities(r.vec, config)).toEqual(head.probabilities(r.vec, config));
    // tfjs reads the same file back to the same softmax (the runtime reads it without tfjs)
    const loaded = await loadModel(files);
    const v = rowsOf(docs(11))[0].vec;
    const m = modelInput(v, config);
    const out = loaded.predict([tf.tensor2d(m.bag, [1, BUCKETS]), tf.tensor2d(m.features, [1, F])]) as tf.Tensor;
    const probs = Array.from(out.dataSync());
    out.dispose();
    loaded.dispose();
    head.probabilities(v, config).forEach((p, k) => {
      expect(p).toBeCloseTo(probs[k], 5);
    });
  });

  it('the main export still names ./weights.bin', async () => {
    const main = buildNetwork({ buckets: BUCKETS, features: F, hidden: 4, seed: 1 });
    expect(JSON.parse((await exportModel(main)).modelJson).weightsManifest[0].paths).toEqual(['./weights.bin']);
    main.dispose();
  });
});

describe('ModelScorer with a close-reason head', () => {
  const modelConfig = (closeReasons?: string): ModelConfig => ({
    version: 'q-close-test',
    vectoriser: config,
    calibration: IDENTITY_CALIBRATION,
    threshold: 0.5,
    tokenizer: encoder.tokenizer,
    trainedAt: 'test',
    files: { model: 'model.json', ...(closeReasons ? { closeReasons } : {}) },
  });
  let dir: string;

  beforeAll(async () => {
    // A main model with non-zero bag weights, so the score differs from question to question.
    const main = buildNetwork({ buckets: BUCKETS, features: F, hidden: 4, seed: 2 });
    const wide = tf.randomUniform([BUCKETS, 1], -2, 2, 'float32', 5);
    const bias = tf.zeros([1]);
    main.getLayer('wide').setWeights([wide, bias]);
    tf.dispose([wide, bias]);
    dir = mkdtempSync(join(tmpdir(), 'ml-editor-close-'));
    writeModelFolder(dir, await exportModel(main), modelConfig(CLOSE_REASONS_JSON), {
      closeReasons: await exportCloseHead(model),
    });
    main.dispose();
  });

  it('writes and reads the head beside the main model', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'close-reasons.json',
      'close-reasons.weights.bin',
      'config.json',
      'model.json',
      'weights.bin',
    ]);
    const { config: c, closeFiles } = readModelFolder(dir);
    expect(c.files.closeReasons).toBe(CLOSE_REASONS_JSON);
    expect(closeFiles?.weights).toEqual(new Uint8Array(readFileSync(join(dir, CLOSE_REASONS_WEIGHTS))));
  });

  it('splits 1 − score over the reasons by the head, argmax as the reason', async () => {
    const { files, config: c, closeFiles } = readModelFolder(dir);
    const scorer = await ModelScorer.fromFiles(files, c, encoder, closeFiles);
    const scores = new Set<string>();
    for (const { doc, reason } of docs(21, [3, 3, 3, 3])) {
      const risk = scorer.closeRisk(doc)!;
      expect(isCloseRisk(risk)).toBe(true);
      const closed = 1 - scorer.score(doc);
      scores.add(closed.toFixed(4));
      const sum = CLOSE_REASONS.reduce((s, r) => s + risk.byReason[r], 0);
      expect(sum).toBeCloseTo(closed, 9);
      const given = head.probabilities(scorer.vectorise(doc), config);
      CLOSE_REASONS.forEach((r, k) => {
        expect(risk.byReason[r]).toBeCloseTo(closed * given[k], 9);
      });
      expect(risk.reason).toBe(CLOSE_REASONS[reason]);
      expect(risk.probability).toBe(Math.max(...Object.values(risk.byReason)));
    }
    expect(scores.size).toBeGreaterThan(1);
  });

  it('vectorises once: closeRisk after score runs no NLP', async () => {
    const calls = { tokenize: 0, features: 0 };
    const counting: DocumentEncoder = {
      ...encoder,
      tokenize: (d) => {
        calls.tokenize++;
        return encoder.tokenize(d);
      },
      features: (d) => {
        calls.features++;
        return encoder.features(d);
      },
    };
    const { files, config: c, closeFiles } = readModelFolder(dir);
    const scorer = await ModelScorer.fromFiles(files, c, counting, closeFiles);
    const d = docs(4, [1, 0, 0, 0])[0].doc;
    scorer.score(d);
    const after = { ...calls };
    expect(after.tokenize).toBeGreaterThan(0);
    scorer.closeRisk(d);
    expect(calls).toEqual(after);
  });

  it('loads through fetch like the worker, with the same risk', async () => {
    const url = 'https://ext.test/models/q-close-test/';
    const fetchFn = (async (u: string) =>
      new Response(readFileSync(join(dir, String(u).replace(url, ''))))) as unknown as typeof fetch;
    const scorer = await ModelScorer.fromUrl(url, encoder, fetchFn);
    await scorer.ready();
    const { files, config: c, closeFiles } = readModelFolder(dir);
    const fromFiles = await ModelScorer.fromFiles(files, c, encoder, closeFiles);
    const d = docs(6, [0, 1, 0, 0])[0].doc;
    expect(scorer.closeRisk(d)).toEqual(fromFiles.closeRisk(d));
    expect(scorer.closeRisk(d)?.reason).toBe('opinion-based');
  });

  it('scores without waiting for the head; a head that fails to load fails ready(), not the score', async () => {
    const url = 'https://ext.test/models/q-close-test/';
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowHead = (async (u: string) => {
      const file = String(u).replace(url, '');
      if (file === CLOSE_REASONS_WEIGHTS) await held;
      return new Response(readFileSync(join(dir, file)));
    }) as unknown as typeof fetch;
    const scorer = await ModelScorer.fromUrl(url, encoder, slowHead);
    const d = docs(6, [0, 1, 0, 0])[0].doc;
    const { files, config: c, closeFiles } = readModelFolder(dir);
    const fromFiles = await ModelScorer.fromFiles(files, c, encoder, closeFiles);
    expect(scorer.score(d)).toBe(fromFiles.score(d));
    expect(scorer.closeRisk(d)).toBeNull();
    release();
    await scorer.ready();
    expect(scorer.closeRisk(d)).toEqual(fromFiles.closeRisk(d));

    const missingHead = (async (u: string) => {
      const file = String(u).replace(url, '');
      return file === CLOSE_REASONS_WEIGHTS
        ? new Response('gone', { status: 404 })
        : new Response(readFileSync(join(dir, file)));
    }) as unknown as typeof fetch;
    const broken = await ModelScorer.fromUrl(url, encoder, missingHead);
    expect(broken.score(d)).toBe(fromFiles.score(d));
    await expect(broken.ready()).rejects.toThrow(/HTTP 404/);
  });

  it('is null without a head; a config naming a head needs its files, of the right width', async () => {
    const { files, closeFiles } = readModelFolder(dir);
    const plain = await ModelScorer.fromFiles(files, modelConfig(), encoder);
    expect(plain.closeRisk(docs(2, [1, 0, 0, 0])[0].doc)).toBeNull();
    await expect(ModelScorer.fromFiles(files, modelConfig(CLOSE_REASONS_JSON), encoder)).rejects.toThrow(
      /files were not given/,
    );
    const narrow = buildCloseHeadModel({ kernel: new Float32Array((256 + F) * 4), bias: new Float32Array(4) }, 256, F);
    const wrong = await exportCloseHead(narrow);
    narrow.dispose();
    await expect(ModelScorer.fromFiles(files, modelConfig(CLOSE_REASONS_JSON), encoder, wrong)).rejects.toThrow(
      /reads 256 buckets/,
    );
    expect(closeFiles).toBeDefined();
  });

  it('leaves no tensors: loading and closeRisk create none', async () => {
    const before = tf.memory().numTensors;
    const { files, config: c, closeFiles } = readModelFolder(dir);
    const scorer = await ModelScorer.fromFiles(files, c, encoder, closeFiles);
    const d = docs(8, [1, 0, 0, 0])[0].doc;
    scorer.closeRisk(d);
    const loaded = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) scorer.closeRisk(d);
    expect(tf.memory().numTensors).toBe(loaded);
    expect(tf.memory().numTensors).toBe(before);
  });
});
