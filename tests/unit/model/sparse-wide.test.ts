// Sparse scoring of perturbations must give the dense tfjs model's numbers.
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { droppedTokens, perturbedFeatures, type PerturbationGroup } from '../../../src/core/model/perturbation';
import { mulberry32 } from '../../../src/core/util/rng';
import type { ModelConfig } from '../../../src/core/model/model-config';
import { underCeiling } from '../../../src/core/model/calibration';
import { predictLogits } from '../../../src/training/network';
import { modelInput } from '../../../src/core/model/vectoriser';
import { loadShippedModel, loadShippedTfjsModel } from '../support/shipped-model';

const QUESTIONS = [
  {
    title: 'How do I parse JSON in Python?',
    body: 'I tried `json.loads` but it fails:\n\n```\nValueError: Expecting value\n```\n\nWhat am I doing wrong?',
  },
  { title: 'help plz urgent', body: 'my code dont work, pls fix it asap!!! thanks in advance' },
  {
    title: '',
    body: 'Why does my React component render twice? I read the docs about StrictMode and tried removing it.',
  },
  // Repeated pairs: a bigram counted twice must lose exactly one count per dropped occurrence.
  {
    title: 'Why does the file not load?',
    body: 'The file does not load. The file is there and the file is readable, but the file does not load in the app.',
  },
];

describe('ModelScorer.scorePerturbations (sparse wide part)', () => {
  // The shipped TF-IDF bag, and a presence bag (no idf: a bucket is 1 while any of its terms is kept) on the same
  // weights.
  const bags = [
    ['TF-IDF bag (shipped)', undefined],
    ['presence bag', (c: ModelConfig) => ({ ...c, vectoriser: { ...c.vectoriser, idf: undefined } })],
  ] as const;
  it.each(bags)(
    '%s: matches the dense tfjs model on random dropped tokens and feature replacements',
    async (_name, adapt) => {
      const model = await loadShippedModel(adapt);
      const tfModel = await loadShippedTfjsModel();
      const config = model.config.vectoriser;
      const ceilingColumn = model.config.ceiling ? config.featureNames.indexOf(model.config.ceiling.feature) : -1;
      const rand = mulberry32(7);
      for (const q of QUESTIONS) {
        const vec = model.vectorise(parseQuestion(q));
        // Share dropped from 0 to ~90%: both the update path (few dropped) and the recount (many).
        const perts = Array.from({ length: 20 }, (_, k) => ({
          drop: vec.tokens.flatMap((_, i) => (rand() < k / 22 ? [i] : [])),
          features: k % 2 ? config.featureMean : undefined,
        }));
        // Order and repeats do not matter: the same drops reversed and doubled.
        perts.push(
          ...perts.slice(0, 6).map((p) => ({
            ...p,
            drop: Array.from(p.drop)
              .reverse()
              .flatMap((i) => [i, i]),
          })),
        );
        const sparse = model.scorePerturbations(vec, perts);
        const inputs = perts.map((p) => modelInput(vec, config, p.drop, p.features));
        // tfjs's own predict on the model tfjs loaded: the reference for the runtime's reader and sums
        const dense = predictLogits(
          tfModel,
          inputs.map((x) => x.bag),
          inputs.map((x) => x.features),
        ).map((z, i) =>
          // The shipped score: calibrated, then under the model's ceiling as far as its feature holds in this copy.
          underCeiling(
            z,
            model.config.calibration,
            model.config.ceiling,
            ceilingColumn < 0 ? 0 : (perts[i].features ?? vec.features)[ceilingColumn],
          ),
        );
        sparse.forEach((s, i) => {
          expect(Math.abs(s - dense[i])).toBeLessThan(1e-5);
        });
        model.scoreInputs(inputs).forEach((s, i) => {
          expect(Math.abs(s - dense[i])).toBeLessThan(1e-5);
        });
        // Perturbations must matter: masks change the score.
        expect(new Set(sparse.map((s) => s.toFixed(6))).size).toBeGreaterThan(1);
      }
      tfModel.dispose();
    },
  );

  it('leaves no tensors behind', async () => {
    const model = await loadShippedModel();
    const vec = model.vectorise(parseQuestion(QUESTIONS[0]));
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++)
      model.scorePerturbations(vec, [{}, { drop: vec.tokens.flatMap((_, j) => (j % 2 ? [j] : [])) }]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('sparse scoring of rows that drop token groups', () => {
  const question = QUESTIONS[3];
  // Groups as the explainer makes them: every occurrence of a word (disjoint, often adjacent), sentences
  // (contiguous, overlapping the words, cut inside repeated pairs: dropping two neighbours must remove the
  // pair between them once), tokens dealt round-robin to 5 groups (every pair crosses two groups), and
  // a group with repeats and out-of-range indices, an empty one; then groups that reset a feature (one of
  // them with tokens too, and two on the same column).
  function groupsOf(tokens: readonly string[]): PerturbationGroup[] {
    const n = tokens.length;
    const words = [...new Set(tokens)].map((w) => tokens.flatMap((t, i) => (t === w ? [i] : [])));
    const cuts = [0, 3, 7, 11, 17, 22, n];
    const sentences = cuts.slice(1).map((to, k) => Array.from({ length: to - cuts[k] }, (_, i) => cuts[k] + i));
    const dealt = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: n }, (_, i) => i).filter((i) => i % 5 === r),
    );
    const lists = [...words, ...sentences, ...dealt, [3, 3, 2, -1, n + 4], []];
    return [
      ...lists.map((tokens) => ({ tokens, feature: -1 })),
      { tokens: [], feature: 0 },
      { tokens: [], feature: 5 },
      { tokens: [], feature: 5 },
      { tokens: [0, 1], feature: 9 },
    ];
  }

  it('gives the numbers of the same rows as token lists, and sums disjoint groups per group', async () => {
    const model = await loadShippedModel();
    const vec = model.vectorise(parseQuestion(question));
    const groups = groupsOf(vec.tokens);
    const words = new Set(vec.tokens).size;
    const rand = mulberry32(11);
    const pick = (from: number, to: number, share: number) =>
      Array.from({ length: to - from }, (_, k) => from + k).filter(() => rand() < share);
    const rows: { dropGroups: number[]; drop?: number[]; features?: readonly number[] }[] = [
      // Words only (disjoint), sentences only (disjoint), mixed (overlapping), repeated groups, tokens too.
      ...Array.from({ length: 30 }, (_, k) => ({ dropGroups: pick(0, words, 0.05 + k / 40) })),
      ...Array.from({ length: 15 }, () => ({ dropGroups: pick(words, words + 6, 0.5) })),
      ...Array.from({ length: 15 }, () => ({ dropGroups: pick(words + 6, words + 11, 0.5) })),
      ...Array.from({ length: 10 }, () => ({ dropGroups: [...pick(0, words, 0.3), words + 1] })),
      { dropGroups: [0, 0, 1, 1, words + 11, words + 12] },
      { dropGroups: [1, 2], drop: [5, 6] },
      { dropGroups: [words + 11], features: model.config.vectoriser.featureMean },
      // Feature resets: alone, with words, over a replacement, the same column twice, with tokens.
      ...Array.from({ length: 10 }, () => ({
        dropGroups: [...pick(0, words, 0.2), ...pick(words + 13, words + 17, 0.5)],
      })),
      { dropGroups: [words + 13], features: vec.features.map((v) => v + 1) },
      { dropGroups: [words + 14, words + 15] },
      { dropGroups: [words + 16, 2] },
    ].filter((p) => p.dropGroups.length > 0);
    const grouped = model.scorePerturbations(vec, rows, groups);
    const byGroup = model.groupedRows;
    const mean = model.config.vectoriser.featureMean;
    const asTokens = rows.map((p) => ({
      drop: droppedTokens(p, groups),
      features: perturbedFeatures(p, groups, vec.features, mean),
    }));
    const byToken = model.scorePerturbations(vec, asTokens);
    const dense = model.scoreInputs(asTokens.map((p) => modelInput(vec, model.config.vectoriser, p.drop, p.features)));
    grouped.forEach((s, i) => {
      expect(Math.abs(s - byToken[i])).toBeLessThan(1e-12);
      expect(Math.abs(s - dense[i])).toBeLessThan(1e-5);
    });
    expect(new Set(grouped.map((s) => s.toFixed(6))).size).toBeGreaterThan(20);
    // Every row of disjoint groups was summed per group; the overlapping ones and the one with tokens were not.
    const inRange = (g: number) => Array.from(groups[g].tokens).filter((i) => i >= 0 && i < vec.tokens.length);
    const shareTokens = (a: number, b: number) => a !== b && inRange(a).some((i) => inRange(b).includes(i));
    const disjoint = rows.filter(
      (p) => !p.drop && !p.dropGroups.some((a) => p.dropGroups.some((b) => shareTokens(a, b))),
    ).length;
    expect(byGroup).toBe(disjoint);
    expect(disjoint).toBeGreaterThan(50);
    expect(rows.length - disjoint).toBeGreaterThan(5);
  });

  it('refuses a group index the batch does not have', async () => {
    const model = await loadShippedModel();
    const vec = model.vectorise(parseQuestion(question));
    const two = [
      { tokens: [0], feature: -1 },
      { tokens: [1], feature: 3 },
    ];
    expect(() => model.scorePerturbations(vec, [{ dropGroups: [2] }], two)).toThrow(RangeError);
    expect(() => model.scorePerturbations(vec, [{ dropGroups: [0] }])).toThrow(RangeError);
    expect(() =>
      model.scorePerturbations(vec, [{ dropGroups: [0] }], [{ tokens: [], feature: vec.features.length }]),
    ).toThrow(RangeError);
    // -1 is the only "no feature": the sparse scorer and the definition every other model uses agree.
    for (const feature of [-2, 0.5]) {
      expect(() => model.scorePerturbations(vec, [{ dropGroups: [0] }], [{ tokens: [], feature }])).toThrow(RangeError);
      expect(() =>
        perturbedFeatures({ dropGroups: [0] }, [{ tokens: [], feature }], vec.features, vec.features),
      ).toThrow(RangeError);
    }
    // A refused batch leaves nothing behind: the next one still gives the token path's numbers.
    const [a] = model.scorePerturbations(vec, [{ dropGroups: [0, 1] }], two);
    const features = Array.from(vec.features);
    features[3] = model.config.vectoriser.featureMean[3];
    const [b] = model.scorePerturbations(vec, [{ drop: [0, 1], features }]);
    expect(Math.abs(a - b)).toBeLessThan(1e-12);
  });
});
