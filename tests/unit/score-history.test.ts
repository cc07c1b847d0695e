import { describe, expect, it } from 'vitest';
import { appendScore, MAX_HISTORY_POINTS } from '../../src/shared/score-history';

describe('appendScore', () => {
  it('starts a history for a new draft', () => {
    expect(appendScore(null, 'f1', 0.4, 10)).toEqual({ fieldId: 'f1', points: [{ at: 10, score: 0.4 }] });
  });
  it('appends changed scores and skips unchanged ones', () => {
    let h = appendScore(null, 'f1', 0.4, 1);
    h = appendScore(h, 'f1', 0.4002, 2);
    h = appendScore(h, 'f1', 0.55, 3);
    expect(h.points.map((p) => p.score)).toEqual([0.4, 0.55]);
  });
  it('starts over when another field is analysed', () => {
    const h = appendScore(appendScore(null, 'f1', 0.4, 1), 'f2', 0.7, 2);
    expect(h).toEqual({ fieldId: 'f2', points: [{ at: 2, score: 0.7 }] });
  });
  it('keeps only the newest points', () => {
    let h = appendScore(null, 'f', 0, 0);
    for (let i = 1; i <= MAX_HISTORY_POINTS + 10; i++) h = appendScore(h, 'f', i / 1000, i);
    expect(h.points).toHaveLength(MAX_HISTORY_POINTS);
    expect(h.points[h.points.length - 1].at).toBe(MAX_HISTORY_POINTS + 10);
    expect(h.points[0].at).toBe(11);
  });
});
