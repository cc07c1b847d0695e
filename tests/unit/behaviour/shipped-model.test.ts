// The behavioural targets of issue 13 on the model the extension ships. Where the shipped model reaches a
// target, the target is asserted. Where it does not yet (invariance, q-2026.12-2: see its card), the bound
// below is asserted instead, the shipped model's own figure rounded up, so no later model can slide further back
// while issue 13 stays open; each such case also shows as a todo naming the target. Tighten a bound to the
// target when a model reaches it.
// q-2026.12-2 reached gaming, direction and minimum function, and moved invariance from 0.055 / 0.111 (q-2026.12-1)
// to 0.067 / 0.196: substance now counts lines of code and concrete details, which the technologies' slots hold
// in different amounts (models/CHANGELOG.md).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, modelScorer } from '../../../src/core/analyse';
import {
  BEHAVIOUR_TARGETS as T,
  GAMING_TEXTS,
  INVARIANCE_TEMPLATES,
  MINIMUM_CASES,
  TECHNOLOGIES,
  behaviourMarkdown,
  pipelineScore,
  runBehaviourSuite,
  type BehaviourReport,
} from '../../../src/core/eval/behaviour';
import type { ModelScorer } from '../../../src/core/model/scorer';
import { loadShippedModel } from '../support/shipped-model';

const NOT_YET = {
  invarianceMeanSpread: 0.07,
  invarianceWorstSpread: 0.2,
};
for (const [name, target] of [
  ['mean spread', T.invarianceMeanSpread],
  ['worst spread', T.invarianceWorstSpread],
] as const) {
  it.todo(`issue 13: ${name} <= ${target}`);
}

let model: ModelScorer;
let report: BehaviourReport;
beforeAll(async () => {
  await tf.setBackend('cpu');
  model = await loadShippedModel();
  report = await runBehaviourSuite(pipelineScore(model));
  // The figures, for whoever reads the test log (the assertions below only say pass or fail).
  console.log(behaviourMarkdown(report));
}, 120_000);

const fmt = (v: number | null) => (v === null ? 'not scorable' : v.toFixed(3));

describe('the score the suite uses', () => {
  it('is the score analyseQuestion gives with the model scorer (the worker path)', () => {
    const sample = [
      ...INVARIANCE_TEMPLATES.map((t, k) => t.fill(TECHNOLOGIES[k % TECHNOLOGIES.length])),
      ...GAMING_TEXTS.slice(0, 6).map((g) => g.q),
      ...MINIMUM_CASES.slice(-3).map((c) => ({ title: c.q.title, body: '' })),
    ];
    const score = pipelineScore(model);
    for (const q of sample) {
      const result = analyseQuestion(q, modelScorer(model));
      const s = score(q) as number | null;
      expect(result.state === 'scored' ? result.score : null).toBe(s === null ? null : result.score);
      if (s !== null) expect(Math.abs(s - result.score!)).toBeLessThan(1e-9);
    }
  });
});

describe('invariance across technologies', () => {
  it(`mean spread per template <= ${NOT_YET.invarianceMeanSpread} (issue target ${T.invarianceMeanSpread})`, () => {
    const spreads = report.invariance.templates.map((t) => `${t.template} ${t.spread.toFixed(3)}`).join(', ');
    expect(report.invariance.meanSpread, spreads).toBeLessThanOrEqual(NOT_YET.invarianceMeanSpread);
  });

  it(`worst spread <= ${NOT_YET.invarianceWorstSpread} (issue target ${T.invarianceWorstSpread})`, () => {
    const worst = report.invariance.templates.find((t) => t.template === report.invariance.worstTemplate)!;
    expect(
      report.invariance.worstSpread,
      `${worst.template}: ${worst.lowest} ${worst.min.toFixed(3)} .. ${worst.highest} ${worst.max.toFixed(3)}`,
    ).toBeLessThanOrEqual(NOT_YET.invarianceWorstSpread);
  });

  it('every good template scores above every poor template, across any two technologies', () => {
    const g = report.invariance.goodOverPoor;
    expect(
      g.share,
      g.worst ? `closest: ${g.worst.good} vs ${g.worst.poor}, margin ${g.worst.margin.toFixed(3)}` : 'no pairs',
    ).toBeGreaterThanOrEqual(T.goodOverPoorShare);
  });
});

describe('gaming', () => {
  it(`every gaming text scores <= ${T.gamingMaxScore} (not scorable counts as passing)`, () => {
    const failing = report.gaming.texts
      .filter((t) => (t.score ?? 0) > T.gamingMaxScore)
      .map((t) => `${t.id} ${fmt(t.score)}`);
    expect(failing, `max ${report.gaming.max.toFixed(3)} (${report.gaming.maxId})`).toEqual([]);
  });
});

describe('direction', () => {
  it.each([
    'add-code',
    'add-error',
    'add-attempt',
    'remove-code',
    'remove-error',
    'remove-attempt',
    'add-placeholder',
    'fill-placeholder',
  ])('%s moves the score the expected way on every pair', (kind) => {
    const of = report.direction.pairs.filter((p) => p.kind === kind);
    expect(of.length).toBeGreaterThan(0);
    const wrong = of.filter((p) => !p.pass).map((p) => `${p.id} ${fmt(p.base)} -> ${fmt(p.edited)}`);
    expect(wrong.length / of.length, wrong.slice(0, 8).join('; ')).toBeLessThanOrEqual(1 - T.directionShare + 1e-9);
  });
});

describe('minimum function', () => {
  it(`clear good questions score >= ${T.minimumThreshold}, clear poor ones < ${T.minimumThreshold}, with and without title (share >= ${T.minimumPassRate})`, () => {
    const failing = report.minimum.cases
      .filter((c) => !c.pass)
      .map((c) => `${c.quality} ${c.id} (${c.form}) ${fmt(c.score)}`);
    expect(report.minimum.passRate, failing.join('; ')).toBeGreaterThanOrEqual(T.minimumPassRate);
  });

  it('every clear poor question scores below the threshold in every form', () => {
    const failing = report.minimum.cases
      .filter((c) => c.quality === 'poor' && !c.pass)
      .map((c) => `${c.id} (${c.form}) ${fmt(c.score)}`);
    expect(failing).toEqual([]);
  });
});
