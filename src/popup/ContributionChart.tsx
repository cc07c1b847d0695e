import type { Contribution } from '../shared/question';

const MAX_ROWS = 8;

/** Diverging bars of the strongest contributions: helps to the right, hurts to the left. Labels wrap, never cut. */
export function ContributionChart({ contributions }: { contributions: Contribution[] }) {
  const rows = [...contributions]
    .filter((c) => Number.isFinite(c.value) && c.value !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, MAX_ROWS)
    .sort((a, b) => b.value - a.value);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => Math.abs(r.value)));
  return (
    <section class="chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">What moves the score</h2>
      <ul data-testid="contribution-chart" class="bars">
        {rows.map((row, i) => {
          const width = `${Math.max(2, (Math.abs(row.value) / max) * 100)}%`;
          return (
            <li key={`${row.label}-${i}`} data-testid="contribution" data-value={row.value.toFixed(4)}>
              <span class="label">{row.label}</span>
              <span class="half hurts-side">{row.value < 0 ? <span class="bar hurts" style={{ width }} /> : null}</span>
              <span class="half helps-side">{row.value > 0 ? <span class="bar helps" style={{ width }} /> : null}</span>
              <span class="visually-hidden">{row.value > 0 ? 'helps' : 'hurts'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
