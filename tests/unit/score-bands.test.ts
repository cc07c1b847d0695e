// The one definition of the score's colour bands, decided on the points a person sees.
import { describe, expect, it } from 'vitest';
import { BAND_COLOUR, bandOf, LABEL_BANDS, scoreLabel, scorePoints } from '../../src/shared/score-bands';

describe('bandOf and scoreLabel: the colour band and the plain label beside the number', () => {
  it.each([
    [0, 'poor', 'Needs work'],
    [0.394, 'poor', 'Needs work'],
    // 0.395 shows as 40: the band follows the shown number
    [0.395, 'fair', 'Could be clearer'],
    [0.4, 'fair', 'Could be clearer'],
    [0.654, 'fair', 'Could be clearer'],
    [0.655, 'good', 'Good'],
    [0.66, 'good', 'Good'],
    [0.844, 'good', 'Good'],
    [0.845, 'good', 'Great'],
    [1, 'good', 'Great'],
  ] as const)('%s → %s, %s', (score, band, label) => {
    expect(bandOf(score)).toBe(band);
    expect(scoreLabel(score)).toBe(label);
  });

  it('three distinct colours', () => {
    expect(new Set(Object.values(BAND_COLOUR)).size).toBe(3);
  });
});

describe('scorePoints', () => {
  it.each([
    [0, 0],
    [0.004, 0],
    [0.005, 1],
    [0.72, 72],
    [1, 100],
    [1.2, 100],
    [-0.1, 0],
  ])('%s → %s', (score, points) => {
    expect(scorePoints(score)).toBe(points);
  });
});

describe('label bands', () => {
  it('label bands start where the colour bands start, so a label never disagrees with its colour', () => {
    for (let points = 0; points <= 100; points++) {
      const score = points / 100;
      const label = scoreLabel(score);
      const band = bandOf(score);
      expect(band === 'good' ? ['Good', 'Great'] : band === 'fair' ? ['Could be clearer'] : ['Needs work']).toContain(
        label,
      );
    }
    expect(LABEL_BANDS.map(([min]) => min)).toEqual([...LABEL_BANDS.map(([min]) => min)].sort((a, b) => b - a));
  });
});
