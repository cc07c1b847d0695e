// The one definition of the score's colour bands, decided on the points a person sees.
import { describe, expect, it } from 'vitest';
import { BAND_COLOUR, bandOf, LABEL_BANDS, scoreLabel, scorePoints } from '../../src/shared/score-bands';

describe('bandOf', () => {
  it.each([
    [0, 'poor'],
    [0.394, 'poor'],
    // 0.395 shows as 40: the band follows the shown number
    [0.395, 'fair'],
    [0.4, 'fair'],
    [0.654, 'fair'],
    [0.655, 'good'],
    [0.66, 'good'],
    [1, 'good'],
  ] as const)('%s → %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
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

describe('scoreLabel: the plain label beside the number', () => {
  it.each([
    [0, 'Needs work'],
    [0.394, 'Needs work'],
    [0.395, 'Could be clearer'],
    [0.654, 'Could be clearer'],
    [0.655, 'Good'],
    [0.844, 'Good'],
    [0.845, 'Great'],
    [1, 'Great'],
  ] as const)('%s → %s', (score, label) => {
    expect(scoreLabel(score)).toBe(label);
  });

  it('label bands start where the colour bands start, so a label never disagrees with its colour', () => {
    for (let points = 0; points <= 100; points++) {
      const score = points / 100;
      const label = scoreLabel(score);
      const band = bandOf(score);
      expect(band === 'good' ? ['Good', 'Great'] : band === 'fair' ? ['Could be clearer'] : ['Needs work']).toContain(label);
    }
    expect(LABEL_BANDS.map(([min]) => min)).toEqual([...LABEL_BANDS.map(([min]) => min)].sort((a, b) => b - a));
  });
});
