// analyseQuestion carries the scorer's close risk into the result, only when scored and well-formed;
// modelScorer asks the model's close-reason head when the model has one.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyseQuestion, modelScorer, type Scorer } from '../../src/core/analyse';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import type { ModelScorer } from '../../src/core/model/scorer';
import type { CloseRisk } from '../../src/shared/close-risk';
import { GOOD_BODY, GOOD_TITLE } from './checks/helpers';
import { loadShippedModel } from './support/shipped-model';

const RISK: CloseRisk = {
  reason: 'opinion-based',
  probability: 0.62,
  byReason: { unclear: 0.1, 'opinion-based': 0.62, 'off-topic': 0.05, 'too-localized': 0.03 },
};

const GOOD = { title: GOOD_TITLE, body: GOOD_BODY };
/** Below the gate's minimum (8 words): not scorable. */
const TOO_SHORT = { title: 'help', body: 'it fails' };

function fakeScorer(closeRisk?: unknown): Scorer & { score: ReturnType<typeof vi.fn> } {
  return {
    version: 'fake-1',
    score: vi.fn(() => ({ score: 0.4, contributions: [], closeRisk: closeRisk as CloseRisk | undefined })),
  };
}

describe('analyseQuestion and the close risk', () => {
  it('copies the scorer’s close risk into a scored result', () => {
    const result = analyseQuestion(GOOD, fakeScorer(RISK));
    expect(result.state).toBe('scored');
    expect(result.closeRisk).toEqual(RISK);
  });

  it('has no closeRisk key when the scorer gives none', () => {
    const result = analyseQuestion(GOOD, fakeScorer());
    expect(result.state).toBe('scored');
    expect('closeRisk' in result).toBe(false);
  });

  it('a not-scorable text gets no close risk (and the scorer is not asked)', () => {
    const scorer = fakeScorer(RISK);
    const result = analyseQuestion(TOO_SHORT, scorer);
    expect(result.state).toBe('not-scorable');
    expect(result.closeRisk).toBeUndefined();
    expect(scorer.score).not.toHaveBeenCalled();
  });

  it('an error result gets no close risk', () => {
    const scorer: Scorer = {
      version: 'broken',
      score: () => {
        throw new Error('boom');
      },
    };
    const result = analyseQuestion(GOOD, scorer);
    expect(result.state).toBe('error');
    expect(result.closeRisk).toBeUndefined();
  });

  it.each([
    ['NaN probability', { ...RISK, probability: Number.NaN }],
    ['unknown reason', { ...RISK, reason: 'spam' }],
    ['no byReason', { reason: 'unclear', probability: 0.5 }],
  ])('drops a malformed close risk (%s) before it crosses the worker boundary', (_name, risk) => {
    const result = analyseQuestion(GOOD, fakeScorer(risk));
    expect(result.state).toBe('scored');
    expect('closeRisk' in result).toBe(false);
  });

  it('the result with a close risk survives structured cloning (the worker and storage)', () => {
    const result = analyseQuestion(GOOD, fakeScorer(RISK));
    expect(structuredClone(result).closeRisk).toEqual(RISK);
  });
});

describe('modelScorer and the close-reason head', () => {
  let model: ModelScorer;
  beforeAll(async () => {
    model = await loadShippedModel();
  });

  it("the shipped model has the head: its risk is the head's own, and the reasons add up to 1 − score", () => {
    expect(model.hasCloseHead).toBe(true);
    const result = analyseQuestion(GOOD, modelScorer(model));
    expect(result.state).toBe('scored');
    expect(result.closeRisk).toEqual(model.closeRisk(parseQuestion(GOOD)));
    const sum = Object.values(result.closeRisk!.byReason).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - (1 - result.score!))).toBeLessThan(1e-9);
  });

  it('an opinion-seeking question: opinion-based is the likeliest reason', () => {
    const risk = model.closeRisk(
      parseQuestion({
        title: 'What is the best IDE for Python?',
        body: 'Which is the best IDE for Python? What do you all prefer and why?',
      }),
    );
    expect(risk?.reason).toBe('opinion-based');
  });

  it('with a head: asks it for the document and carries its answer', () => {
    const head = vi.fn(() => RISK);
    const withHead = Object.assign(Object.create(model) as ModelScorer, { closeRisk: head });
    const result = analyseQuestion(GOOD, modelScorer(withHead));
    expect(result.state).toBe('scored');
    expect(result.closeRisk).toEqual(RISK);
    expect(head).toHaveBeenCalledTimes(1);
    const doc = (head.mock.calls[0] as unknown[])[0] as { title: string; body: string };
    expect({ title: doc.title, body: doc.body }).toEqual(GOOD);
  });

  it('a head that answers null: no close risk', () => {
    const withHead = Object.assign(Object.create(model) as ModelScorer, { closeRisk: () => null });
    expect(analyseQuestion(GOOD, modelScorer(withHead)).closeRisk).toBeUndefined();
  });
});
