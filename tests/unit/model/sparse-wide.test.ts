// Sparse scoring of perturbations must give the dense tfjs model's numbers.
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { explain } from '../../../src/core/explainer/explainer';
import { perturbableModelScorer } from '../../../src/core/explainer/model-scorer-adapter';
import { mulberry32 } from '../../../src/core/model/rng';
import type { ModelConfig } from '../../../src/core/model/model-config';
import { modelInput } from '../../../src/core/model/vectoriser';
import { loadShippedModel } from '../support/shipped-model';

const QUESTIONS = [
  { title: 'How do I parse JSON in Python?', body: 'I tried `json.loads` but it fails:\n\n```\nValueError: Expecting value\n```\n\nWhat am I doing wrong?' },
  { title: 'help plz urgent', body: 'my code dont work, pls fix it asap!!! thanks in advance' },
  { title: '', body: 'Why does my React component render twice? I read the docs about StrictMode and tried removing it.' },
  // Repeated pairs: a bigram counted twice must lose exactly one count per dropped occurrence.
  { title: 'Why does the file not load?', body: 'The file does not load. The file is there and the file is readable, but the file does not load in the app.' },
];

describe('ModelScorer.scorePerturbations (sparse wide part)', () => {
  // The shipped TF-IDF bag, and a presence bag (no idf: a bucket is 1 while any of its terms is kept) on the same weights.
  const bags = [
    ['TF-IDF bag (shipped)', undefined],
    ['presence bag', (c: ModelConfig) => ({ ...c, vectoriser: { ...c.vectoriser, idf: undefined } })],
  ] as const;
  it.each(bags)('%s: matches the dense tfjs model on random dropped tokens and feature replacements', async (_name, adapt) => {
    const model = await loadShippedModel(adapt);
    expect(model.sparseScoring).toBe(true);
    const config = model.config.vectoriser;
    const rand = mulberry32(7);
    for (const q of QUESTIONS) {
      const vec = model.vectorise(parseQuestion(q));
      // Share dropped from 0 to ~90%: both the update path (few dropped) and the recount (many).
      const perts = Array.from({ length: 20 }, (_, k) => ({
        drop: vec.tokens.flatMap((_, i) => (rand() < k / 22 ? [i] : [])),
        features: k % 2 ? config.featureMean : undefined,
      }));
      // Order and repeats do not matter: the same drops reversed and doubled.
      perts.push(...perts.slice(0, 6).map((p) => ({ ...p, drop: Array.from(p.drop).reverse().flatMap((i) => [i, i]) })));
      const sparse = model.scorePerturbations(vec, perts);
      const dense = model.scoreInputs(perts.map((p) => modelInput(vec, config, p.drop, p.features)));
      sparse.forEach((s, i) => expect(Math.abs(s - dense[i])).toBeLessThan(1e-5));
      // Perturbations must matter: masks change the score.
      expect(new Set(sparse.map((s) => s.toFixed(6))).size).toBeGreaterThan(1);
    }
    model.dispose();
  });

  it('leaves no tensors behind', async () => {
    const model = await loadShippedModel();
    const vec = model.vectorise(parseQuestion(QUESTIONS[0]));
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) model.scorePerturbations(vec, [{}, { drop: vec.tokens.flatMap((_, j) => (j % 2 ? [j] : [])) }]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('sparse scoring a keystroke later (rows updated from the previous batch)', () => {
  const base = {
    title: 'How do I make a PostgreSQL insert idempotent when the consumer retries?',
    body:
      'My consumer reads orders from a queue and inserts them into PostgreSQL. Under load some rows are written twice.\n\n' +
      'I tried a unique index on the order id, but now the worker stops with a constraint violation. ' +
      'The driver retries on connection loss, which might explain the second insert. Is there a reliable way to make the insert idempotent?',
  };
  // Keystrokes: inside a word (same token count), a replaced word, a space that splits a word (the count
  // changes: nothing to update), words followed by other word components, the title, the same text again.
  const edits = [
    (q: typeof base) => ({ ...q, body: q.body.replace('inserts', 'insertss') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('insertss', 'inserted') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('orders', 'or ders') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('or ders', 'orders').replace('violation', 'violaton') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('constraint', 'constrant') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('unique index', 'uniqe index') }),
    (q: typeof base) => ({ ...q, body: q.body.replace('retries on', 'retrys on') }),
    (q: typeof base) => ({ ...q, title: q.title.replace('idempotent', 'idempotant') }),
    (q: typeof base) => q,
  ];

  it('gives exactly the scores and attributions of a full computation, and does update rows', async () => {
    const warm = await loadShippedModel();
    const fresh = await loadShippedModel();
    const warmModel = perturbableModelScorer(warm);
    let q = base;
    let updated = 0;
    explain(parseQuestion(q), warmModel);
    for (const edit of edits) {
      q = edit(q);
      const a = explain(parseQuestion(q), warmModel);
      updated += warm.reusedRows;
      // A new adapter has no previous batch: every row is computed in full.
      const b = explain(parseQuestion(q), perturbableModelScorer(fresh));
      expect(fresh.reusedRows).toBe(0);
      expect(a.baseScore).toBe(b.baseScore);
      expect(a.attributions.map((x) => x.component.key)).toEqual(b.attributions.map((x) => x.component.key));
      a.attributions.forEach((x, i) => expect(Math.abs(x.weight - b.attributions[i].weight)).toBeLessThan(1e-12));
      expect(Math.abs(a.fidelity - b.fidelity)).toBeLessThan(1e-12);
    }
    expect(updated).toBeGreaterThan(500);
    warm.dispose();
    fresh.dispose();
  });

  it('does not drift: 300 updates in a row still give a full computation\'s numbers', async () => {
    const warm = await loadShippedModel();
    const fresh = await loadShippedModel();
    const warmModel = perturbableModelScorer(warm);
    const typo = { ...base, body: base.body.replace('violation', 'violaton') };
    let updated = 0;
    for (let i = 0; i < 300; i++) {
      explain(parseQuestion(i % 2 ? typo : base), warmModel);
      updated += warm.reusedRows;
    }
    const a = explain(parseQuestion(typo), warmModel);
    const b = explain(parseQuestion(typo), perturbableModelScorer(fresh));
    expect(updated).toBeGreaterThan(299 * 100);
    a.attributions.forEach((x, i) => expect(Math.abs(x.weight - b.attributions[i].weight)).toBeLessThan(1e-12));
    expect(Math.abs(a.baseScore - b.baseScore)).toBe(0);
    warm.dispose();
    fresh.dispose();
  });
});
