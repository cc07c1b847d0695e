import type { ScorePoint } from '../shared/protocol';
import { scorePoints } from '../shared/score-bands';

const WIDTH = 332;
const HEIGHT = 48;

/** This draft's score over time, so the writer sees the question improve. */
export function ScoreHistory({ points, onClear }: { points: ScorePoint[]; onClear: () => void }) {
  if (points.length === 0) return null;
  const step = points.length > 1 ? WIDTH / (points.length - 1) : 0;
  const y = (score: number) => HEIGHT - 4 - score * (HEIGHT - 8);
  const path = points.map((p, i) => `${(i * step).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0].score;
  const last = points[points.length - 1].score;
  return (
    <section class="history" aria-label="Score history of this question">
      <div class="history-head">
        <h2>
          This question: {scorePoints(first)} → {scorePoints(last)}
        </h2>
        <button type="button" class="link" data-testid="clear-history" onClick={onClear}>
          Clear history
        </button>
      </div>
      <svg
        data-testid="score-history"
        data-points={points.length}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Score went from ${scorePoints(first)} to ${scorePoints(last)} over ${points.length} analyses`}
      >
        <line x1={0} x2={WIDTH} y1={y(0.5)} y2={y(0.5)} class="axis" />
        {points.length > 1 ? (
          <polyline points={path} class="trend" fill="none" />
        ) : (
          <circle cx={4} cy={y(first)} r={3} class="dot" />
        )}
      </svg>
    </section>
  );
}
