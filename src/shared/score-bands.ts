// The score's bands, the one definition for the in-page badge, the popup and the toolbar badge: colour and
// plain label. Dependency-free. Bands are decided on the points a person sees (0–100), so a shown 66 is never
// amber. Why these cut points: docs/score-bands.md (the score is a calibrated chance of being well received).

export type ScoreBand = 'good' | 'fair' | 'poor';

/** Lowest points of each band, best first. */
export const BAND_MIN_POINTS: Readonly<Record<ScoreBand, number>> = { good: 66, fair: 40, poor: 0 };

/** Each band's colour where the page or the browser gives the background (white text reads on all three). */
export const BAND_COLOUR: Readonly<Record<ScoreBand, string>> = { good: '#15803d', fair: '#b45309', poor: '#b91c1c' };

/** The plain label beside the number: lowest points of each, best first. "Great" splits the top of `good`. */
export const LABEL_BANDS: readonly (readonly [minPoints: number, label: string])[] = [
  [85, 'Great'],
  [BAND_MIN_POINTS.good, 'Good'],
  [BAND_MIN_POINTS.fair, 'Could be clearer'],
  [0, 'Needs work'],
];

/** A 0..1 score as the whole points shown to a person. */
export function scorePoints(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

export function bandOf(score: number): ScoreBand {
  const points = scorePoints(score);
  return points >= BAND_MIN_POINTS.good ? 'good' : points >= BAND_MIN_POINTS.fair ? 'fair' : 'poor';
}

export function scoreLabel(score: number): string {
  const points = scorePoints(score);
  return LABEL_BANDS.find(([min]) => points >= min)![1];
}
