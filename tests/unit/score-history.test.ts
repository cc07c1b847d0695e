import { describe, expect, it } from 'vitest';
import { appendScore, MAX_HISTORY_POINTS, questionWords, sameQuestion } from '../../src/shared/score-history';

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

describe('one history per question', () => {
  const first = {
    title: 'KeyError when reading the config file',
    body: 'My script stops with a KeyError when it reads the config file in Python.',
  };
  it('edits of the same question keep its history', () => {
    let h = appendScore(null, 'f', 0.8, 1, first);
    h = appendScore(h, 'f', 0.82, 2, { ...first, body: `${first.body} I expected the port number.` });
    expect(h.points.map((p) => p.score)).toEqual([0.8, 0.82]);
  });
  it('a different question typed into the same field starts a new history (no "80 → 5")', () => {
    let h = appendScore(null, 'f', 0.8, 1, first);
    h = appendScore(h, 'f', 0.05, 2, { title: 'help plz', body: 'my css dont work on safari pls fix asap' });
    expect(h.points.map((p) => p.score)).toEqual([0.05]);
  });
  it('sameQuestion: overlap of identifying words', () => {
    expect(sameQuestion(questionWords(first), questionWords(first))).toBe(true);
    expect(
      sameQuestion(
        questionWords(first),
        questionWords({ title: 'Sorting dates in Java', body: 'How can I sort a list of dates?' }),
      ),
    ).toBe(false);
  });
});
