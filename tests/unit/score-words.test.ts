// The score in words: gains in points and suggestions ranked by their gain.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/finding';
import { formatGain, gainPoints } from '../../src/shared/format-gain';
import { byGain, scoreLine } from '../../src/shared/score-words';

const f = (id: string, gain?: number): Finding => ({
  id,
  span: { field: 'body', start: 0, end: 1 },
  scope: 'span',
  message: id,
  severity: 'info',
  source: gain === undefined ? 'heuristic' : 'model',
  gain,
});

describe('gains in points (the formats: tests/unit/content/hover-tip.test.ts)', () => {
  it('the unit is the score’s own', () => {
    expect(formatGain(0.21)).toBe('+21 points');
  });
  it('a gain and a score add up on one scale', () => {
    expect(gainPoints(0.21) + 41).toBe(62);
  });
});

describe('scoreLine', () => {
  it('points and the plain label', () => {
    expect(scoreLine(0.41)).toBe('41 points · Could be clearer');
    expect(scoreLine(0.9)).toBe('90 points · Great');
  });
});

describe('byGain', () => {
  it('largest gain first; findings without a gain after, in their order', () => {
    expect(byGain([f('tip-a'), f('small', 0.01), f('big', 0.2), f('tip-b'), f('mid', 0.05)]).map((x) => x.id)).toEqual([
      'big',
      'mid',
      'small',
      'tip-a',
      'tip-b',
    ]);
  });
});
