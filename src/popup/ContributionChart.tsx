import type { Contribution } from '../shared/question';

const ROW = 22;
const WIDTH = 332;
const LABEL = 150;
const MAX_ROWS = 8;

/** Diverging bar chart of the strongest contributions: helps to the right, hurts to the left. */
export function ContributionChart({ contributions }: { contributions: Contribution[] }) {
  const rows = [...contributions]
    .filter((c) => Number.isFinite(c.value) && c.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, MAX_ROWS)
    .sort((a, b) => b.value - a.value);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => Math.abs(r.value)));
  const half = (WIDTH - LABEL) / 2;
  const zero = LABEL + half;
  return (
    <section class="chart" aria-label="What moves the score">
      <h2>What moves the score</h2>
      <svg
        data-testid="contribution-chart"
        role="img"
        aria-label={rows.map((r) => `${r.label}: ${r.value > 0 ? 'helps' : 'hurts'}`).join('; ')}
        width={WIDTH}
        height={rows.length * ROW}
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
      >
        <line x1={zero} x2={zero} y1={0} y2={rows.length * ROW} class="axis" />
        {rows.map((row, i) => {
          const length = (Math.abs(row.value) / max) * (half - 4);
          const x = row.value > 0 ? zero : zero - length;
          return (
            <g key={`${row.label}-${i}`} data-testid="contribution" data-value={row.value.toFixed(4)}>
              <text x={LABEL - 6} y={i * ROW + ROW / 2 + 4} text-anchor="end" class="label">
                {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
              </text>
              <rect x={x} y={i * ROW + 4} width={Math.max(1, length)} height={ROW - 8} rx={2} class={row.value > 0 ? 'helps' : 'hurts'} />
            </g>
          );
        })}
      </svg>
    </section>
  );
}
