import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  bestAccuracyThreshold,
  brier,
  calibrationBins,
  confusion,
  ece,
  rocAuc,
  thresholdMetrics,
} from '../../../src/core/eval/metrics';

describe('rocAuc', () => {
  it.each([
    { name: 'perfect ranking', s: [0.1, 0.2, 0.8, 0.9], y: [0, 0, 1, 1], auc: 1 },
    { name: 'inverted ranking', s: [0.9, 0.8, 0.2, 0.1], y: [0, 0, 1, 1], auc: 0 },
    { name: 'all tied', s: [0.5, 0.5, 0.5, 0.5], y: [0, 1, 0, 1], auc: 0.5 },
    // pairs (pos,neg): (0.4>0.1) (0.4<0.6) (0.9>0.1) (0.9>0.6) → 3/4
    { name: 'one swapped pair', s: [0.1, 0.4, 0.6, 0.9], y: [0, 1, 0, 1], auc: 0.75 },
    // tie between a positive and a negative counts one half: (0.5=0.5) → 0.5, (0.5>0.2) → 1 → 1.5/2
    { name: 'tie counts half', s: [0.2, 0.5, 0.5], y: [0, 0, 1], auc: 0.75 },
  ])('$name', ({ s, y, auc }) => expect(rocAuc(s, y)).toBeCloseTo(auc, 10));

  it('is NaN with one class only', () => expect(rocAuc([0.1, 0.2], [1, 1])).toBeNaN());
});

describe('averagePrecision', () => {
  it('is 1 for a perfect ranking and the hand value for a mixed one', () => {
    expect(averagePrecision([0.9, 0.8, 0.1], [1, 1, 0])).toBeCloseTo(1);
    // ranked: 1 (P=1), 0, 1 (P=2/3): AP = 0.5*1 + 0.5*2/3
    expect(averagePrecision([0.9, 0.8, 0.7], [1, 0, 1])).toBeCloseTo(0.5 + 1 / 3);
  });
});

describe('brier and ece', () => {
  it('brier is the mean squared error', () => {
    expect(brier([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3);
    expect(brier([0.8, 0.3], [1, 0])).toBeCloseTo((0.04 + 0.09) / 2);
  });

  it('ece weights each bin gap by its share of examples', () => {
    // bin [0.2,0.3): two at 0.25, one positive → gap 0.25; bin [0.9,1]: two at 0.95, both positive → gap 0.05
    expect(ece([0.25, 0.25, 0.95, 0.95], [0, 1, 1, 1])).toBeCloseTo(0.5 * 0.25 + 0.5 * 0.05);
    expect(ece([0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3], [1, 1, 1, 0, 0, 0, 0, 0, 0, 0])).toBeCloseTo(0);
  });

  it('puts probability 1 into the last bin', () => {
    const bins = calibrationBins([1, 0], [1, 0], 4);
    expect(bins[3].count).toBe(1);
    expect(bins[0].count).toBe(1);
  });
});

describe('confusion and threshold metrics', () => {
  it('counts predicted good at score >= threshold', () => {
    const c = confusion([0.9, 0.6, 0.4, 0.2], [1, 0, 1, 0], 0.5);
    expect(c).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 });
    expect(thresholdMetrics(c)).toMatchObject({ accuracy: 0.5, precision: 0.5, recall: 0.5 });
  });

  it('finds the accuracy-maximising threshold between the classes', () => {
    const t = bestAccuracyThreshold([0.1, 0.2, 0.35, 0.4], [0, 0, 1, 1]);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThanOrEqual(0.35);
  });
});
