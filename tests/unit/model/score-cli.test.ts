// The score CLI end to end: spawned via tsx on a small fixture with a tiny model trained here (never
// the shipped one), including bad lines that must be reported on stderr and skipped.
import * as tf from '@tensorflow/tfjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_CALIBRATION } from '../../../src/core/model/calibration';
import { defaultEncoder } from '../../../src/core/model/default-encoder';
import { exportModel } from '../../../src/training/io';
import { writeModelFolder } from '../../../src/training/node-files';
import { buildNetwork } from '../../../src/training/network';
import { VECTORISER_VERSION } from '../../../src/core/model/vectoriser';

const root = resolve(__dirname, '../../..');
let modelDir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const names = [...defaultEncoder.featureNames];
  const model = buildNetwork({ buckets: 64, features: names.length, seed: 1 });
  modelDir = mkdtempSync(join(tmpdir(), 'ml-editor-score-'));
  writeModelFolder(modelDir, await exportModel(model), {
    version: 'q-test-score',
    threshold: 0.5,
    calibration: IDENTITY_CALIBRATION,
    tokenizer: defaultEncoder.tokenizer,
    trainedAt: 'test',
    files: { model: 'model.json' },
    vectoriser: {
      version: VECTORISER_VERSION,
      hash: 'fnv1a-32-utf8',
      buckets: 64,
      bigrams: true,
      featureNames: names,
      featureMean: names.map(() => 0),
      featureStd: names.map(() => 1),
    },
  });
  model.dispose();
});

describe('npm run score', () => {
  it('scores good lines through the gate, skips bad lines with a reason on stderr', () => {
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/score.ts', 'tests/fixtures/model/score-input.jsonl', '--model', modelDir],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['md-1', 'html-1', 'short']);
    for (const o of out.slice(0, 2)) {
      expect(o.scorable).toBe(true);
      expect(o.score).toBeGreaterThanOrEqual(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
    expect(out[2]).toEqual({ id: 'short', scorable: false, score: null });
    expect(run.stderr).toMatch(/score-input\.jsonl:3: not valid JSON/);
    expect(run.stderr).toMatch(/score-input\.jsonl:4: needs string "title" and "body"/);
    expect(run.stderr).toMatch(/score-input\.jsonl:6: unknown format "rtf"/);
    expect(run.stderr).toMatch(/3 input\(s\) skipped/);
  }, 150_000);
});
