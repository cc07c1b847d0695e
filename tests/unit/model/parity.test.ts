// The shipped model, scored in Node now, must give the numbers stored in tests/fixtures/model/parity.json
// (the same file the browser E2E test compares the worker against). A failure means the tokenizer, the
// features, the vectoriser or the model files changed after the fixture was generated: if that was
// intended, regenerate it (command in the file's `generatedBy`) and check the model card still holds.
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentOf } from '../../../src/training/records';
import type { ModelScorer } from '../../../src/core/model/scorer';
import { loadShippedModel } from '../support/shipped-model';

interface ParityItem {
  id: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  tokens: number;
  score: number;
  scoreEveryOtherToken: number;
}
const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/model/parity.json'), 'utf8')) as {
  model: string;
  tolerance: number;
  items: ParityItem[];
};

let scorer: ModelScorer;
beforeAll(async () => {
  await tf.setBackend('cpu');
  scorer = await loadShippedModel();
}, 60_000);

describe('parity fixture', () => {
  it('was generated from the shipped model version, with a spread of scores', () => {
    expect(scorer.version).toBe(fixture.model);
    expect(fixture.items.length).toBeGreaterThanOrEqual(20);
    const scores = fixture.items.map((i) => i.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.3);
  });

  it.each(fixture.items.map((i) => [i.id, i] as const))('%s scores as stored (full and perturbed)', (_, item) => {
    const vec = scorer.vectorise(documentOf(item.title, item.body, item.format));
    expect(vec.tokens.length).toBe(item.tokens);
    const [full, everyOther] = scorer.scorePerturbations(vec, [
      {},
      { drop: vec.tokens.flatMap((_, k) => (k % 2 ? [k] : [])) },
    ]);
    expect(Math.abs(full - item.score)).toBeLessThan(fixture.tolerance);
    expect(Math.abs(everyOther - item.scoreEveryOtherToken)).toBeLessThan(fixture.tolerance);
  });
});
