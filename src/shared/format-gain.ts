// How a measured score gain is written, the same in the page and the popup: in points, the scale of the score
// itself (0–100), so "+21 points" beside a score of 41 adds up. Gains under half a point read "+<1 point":
// a weak question's gains are small, and "+0 points" would say the edit does nothing.
import { countText } from './score-words';

export function gainPoints(gain: number): number {
  return Math.round(Math.max(0, gain) * 100);
}

export const formatGain = (gain: number): string => {
  const points = gainPoints(gain);
  return points < 1 ? '+<1 point' : `+${countText(points, 'point')}`;
};
