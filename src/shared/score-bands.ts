// The score's colour bands, the one definition for the in-page badge, the popup and the toolbar badge.
// Dependency-free. Bands are decided on the points a person sees (0–100), so a shown 66 is never amber.

export type ScoreBand = 'good' | 'fair' | 'poor';

/** Lowest points of each band, best first. */
export const BAND_MIN_POINTS: Readonly<Record<ScoreBand, number>> = { good: 66, fair: 40, poor: 0 };

/** Each band's colour where the page or the browser gives the background (white text reads on all three). */
export const BAND_COLOUR: Readonly<Record<ScoreBand, string>> = { good: '#15803d', fair: '#b45309', poor: '#b91c1c' };

/** A 0..1 score as the whole points shown to a person. */
export function scorePoints(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

export function bandOf(score: number): ScoreBand {
  const points = scorePoints(score);
  return points >= BAND_MIN_POINTS.good ? 'good' : points >= BAND_MIN_POINTS.fair ? 'fair' : 'poor';
}
