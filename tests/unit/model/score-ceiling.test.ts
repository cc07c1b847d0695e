// The no-substance ceiling (calibration.ts `underCeiling`, applied by ModelScorer after calibration): a
// question with nothing concrete to check stays under the ceiling whatever its words, the order among such
// questions is kept, and questions with substance are untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { IDENTITY_CALIBRATION, sigmoid, underCeiling } from '../../../src/core/model/calibration';
import type { ModelScorer } from '../../../src/core/model/scorer';
import { loadShippedModel } from '../support/shipped-model';

const CEILING = { feature: 'no-substance', score: 0.2 };
const LOGITS = Array.from({ length: 161 }, (_, i) => -20 + i * 0.25);

describe('underCeiling', () => {
  it('is the calibrated score when there is no ceiling or its feature does not hold', () => {
    const c = { method: 'platt' as const, a: 0.9, b: -0.3 };
    for (const z of LOGITS) {
      expect(underCeiling(z, c, undefined, 1)).toBe(sigmoid(0.9 * z - 0.3));
      expect(underCeiling(z, c, CEILING, 0)).toBe(sigmoid(0.9 * z - 0.3));
    }
  });

  it('keeps every score under the ceiling when the feature holds, however high the logit', () => {
    for (const z of LOGITS) expect(underCeiling(z, IDENTITY_CALIBRATION, CEILING, 1)).toBeLessThan(0.2);
    // Far past it the soft minimum is the ceiling itself, up to the rounding of z − softplus(z − top).
    for (const z of [50, 1e3, 1e6]) expect(underCeiling(z, IDENTITY_CALIBRATION, CEILING, 1)).toBeLessThan(0.2 + 1e-9);
  });

  it('is strictly increasing in the logit, so the order among the questions it holds is kept', () => {
    const s = LOGITS.map((z) => underCeiling(z, IDENTITY_CALIBRATION, CEILING, 1));
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
  });

  it('barely moves a low score, and lowers more as the feature holds more (the explainer resets it to a fraction)', () => {
    const low = Math.log(0.02 / 0.98);
    expect(0.02 - underCeiling(low, IDENTITY_CALIBRATION, CEILING, 1)).toBeLessThan(0.002);
    const high = Math.log(0.7 / 0.3);
    const byWeight = [0, 0.25, 0.5, 1].map((w) => underCeiling(high, IDENTITY_CALIBRATION, CEILING, w));
    for (let i = 1; i < byWeight.length; i++) expect(byWeight[i]).toBeLessThan(byWeight[i - 1]);
    expect(underCeiling(high, IDENTITY_CALIBRATION, CEILING, 7)).toBe(byWeight[3]);
  });
});

describe('the shipped model with its ceiling', () => {
  let capped: ModelScorer;
  let uncapped: ModelScorer;
  beforeAll(async () => {
    capped = await loadShippedModel();
    uncapped = await loadShippedModel((c) => ({ ...c, ceiling: undefined }));
  }, 60_000);

  const fluentButEmpty = parseQuestion({
    title: 'What is the difference between the version and the api?',
    body: 'I tried the following approach, however the difference between the version and the api is not clear to me. I read the documentation and the examples. What is the difference, and which one should I use?',
  });
  const withCode = parseQuestion({
    title: 'Why does sorted() return None for my list?',
    body: 'I call `sorted()` on a list of numbers and print the result:\n\n```python\nnums = [3, 1, 2]\nresult = nums.sort()\nprint(result)\n```\n\nIt prints `None` instead of `[1, 2, 3]`. What am I doing wrong?',
  });

  it('names a ceiling the scorer applies', () => {
    expect(capped.config.ceiling).toEqual(CEILING);
  });

  it('holds a question with nothing concrete under the ceiling, below what its words alone would give', () => {
    const vec = capped.vectorise(fluentButEmpty);
    expect(vec.features[capped.config.vectoriser.featureNames.indexOf('no-substance')]).toBe(1);
    expect(capped.score(fluentButEmpty)).toBeLessThan(CEILING.score);
    expect(capped.score(fluentButEmpty)).toBeLessThan(uncapped.score(fluentButEmpty));
  });

  it('leaves a question with substance exactly as the calibrated model scores it', () => {
    expect(capped.score(withCode)).toBe(uncapped.score(withCode));
  });

  it('gives perturbations the ceiling their own features call for (the explainer and verification read these)', () => {
    const vec = capped.vectorise(fluentButEmpty);
    const column = capped.config.vectoriser.featureNames.indexOf('no-substance');
    const own = capped.scorePerturbations(vec, [{}])[0];
    expect(own).toBe(capped.score(fluentButEmpty));
    // Resetting the feature to its typical value (a fraction) lifts the ceiling part of the way.
    const [reset] = capped.scorePerturbations(vec, [{ dropGroups: [0] }], [{ tokens: [], feature: column }]);
    const [free] = uncapped.scorePerturbations(vec, [{ dropGroups: [0] }], [{ tokens: [], feature: column }]);
    expect(reset).toBeGreaterThan(own);
    expect(reset).toBeLessThan(free);
  });

  it('scores dense inputs (evaluation) as it scores documents', async () => {
    const { modelInput } = await import('../../../src/core/model/vectoriser');
    for (const doc of [fluentButEmpty, withCode]) {
      const [p] = capped.scoreInputs([modelInput(capped.vectorise(doc), capped.config.vectoriser)]);
      expect(Math.abs(p - capped.score(doc))).toBeLessThan(1e-6);
    }
  });

  it('refuses a config whose ceiling names a feature the model lacks', async () => {
    await expect(
      loadShippedModel((c) => ({ ...c, ceiling: { feature: 'no-such-feature', score: 0.2 } })),
    ).rejects.toThrow(/ceiling/);
  });
});
