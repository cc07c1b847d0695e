// The capped network (network.ts with styleCap): words and style move the logit by at most ±cap, the
// monotone features reach it only through signed linear weights, and the sparse scorer gives the dense
// tfjs model's numbers for it.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { predictLogits } from '../../../src/training/network';
import { mulberry32 } from '../../../src/core/util/rng';
import { SplitNetwork } from '../../../src/core/model/sparse-wide';
import { trainSparse } from '../../../src/training/sparse-trainer';
import type { TrainRow } from '../../../src/training/trainer';
import { graphOfTfjsModel } from '../../../src/training/tfjs-graph';
import { modelInput, vectorise, VECTORISER_VERSION, type VectoriserConfig } from '../../../src/core/model/vectoriser';

const CAP = 1.5;
// Features: [substance (+), filler (-), style (free)]. The label follows substance, but the words and the
// style feature are made very predictive too, so an uncapped model would lean on them.
const config: VectoriserConfig = {
  version: VECTORISER_VERSION,
  hash: 'fnv1a-32-utf8',
  buckets: 64,
  bigrams: false,
  featureNames: ['substance', 'filler', 'style'],
  featureMean: [0.5, 0.5, 0.5],
  featureStd: [0.5, 0.5, 0.5],
};
const MONOTONE = [1, -1, 0];

function rows(n: number, seed: number): TrainRow[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const substance = rand() < 0.5 ? 1 : 0;
    const filler = rand() < 0.5 ? 1 : 0;
    const label = (rand() < (substance ? 0.85 : 0.2) ? 1 : 0) as 0 | 1;
    const style = rand() < 0.9 ? label : 1 - label;
    const words = label ? ['great', 'clear', 'word'] : ['bad', 'vague', 'word'];
    return { vec: vectorise(words, [substance, filler, style], config), label };
  });
}

let model: tf.LayersModel;
beforeAll(async () => {
  await tf.setBackend('cpu');
  const r = await trainSparse(rows(600, 1), [], config, {
    seed: 5,
    epochs: 15,
    patience: 100,
    learningRate: 0.05,
    batchSize: 32,
    styleCap: CAP,
    monotone: MONOTONE,
    hidden: 4,
  });
  model = r.model;
}, 60_000);

const logitOf = (words: string[], features: number[]) => {
  const vec = vectorise(words, features, config);
  const x = modelInput(vec, config);
  return predictLogits(model, [x.bag], [x.features])[0];
};

describe('capped network', () => {
  it('keeps words and style within ±cap of each other: the largest swing they make is at most 2·cap', () => {
    const best = logitOf(['great', 'clear', 'word'], [0, 0, 1]);
    const worst = logitOf(['bad', 'vague', 'word'], [0, 0, 0]);
    expect(best - worst).toBeGreaterThan(0.5); // they do matter
    expect(best - worst).toBeLessThanOrEqual(2 * CAP + 1e-5);
  });

  it('is monotone in the monotone features, whatever the words and style', () => {
    for (const words of [['great', 'clear'], ['bad', 'vague'], []]) {
      for (const style of [0, 1]) {
        for (const filler of [0, 1])
          expect(logitOf(words, [1, filler, style])).toBeGreaterThan(logitOf(words, [0, filler, style]));
        for (const substance of [0, 1])
          expect(logitOf(words, [substance, 1, style])).toBeLessThanOrEqual(
            logitOf(words, [substance, 0, style]) + 1e-6,
          );
      }
    }
  });

  it('gives the same logits sparsely (SplitNetwork) as the dense tfjs model, under dropped tokens and replaced features', () => {
    const split = SplitNetwork.from(graphOfTfjsModel(model));
    expect(split).not.toBeNull();
    const vec = vectorise(['great', 'clear', 'word', 'bad'], [1, 0, 1], config);
    const perts = [{}, { drop: [0, 2] }, { features: [0, 1, 1] }, { drop: [1], features: [1, 1, 0] }];
    const sparse = split!.logits(vec, config, perts);
    const dense = perts.map((p) => {
      const x = modelInput(vec, config, (p as { drop?: number[] }).drop, (p as { features?: number[] }).features);
      return predictLogits(model, [x.bag], [x.features])[0];
    });
    sparse.forEach((s, i) => {
      expect(Math.abs(s - dense[i])).toBeLessThan(1e-5);
    });
  });
});
