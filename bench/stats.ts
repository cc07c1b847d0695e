export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface Row {
  what: string;
  median: string;
  p95: string;
  target: string;
  ok: boolean | null;
  /** Sample count, ratios, or how the figure was taken. */
  note?: string;
}

export function timingRow(
  what: string,
  samples: number[],
  targetP95Ms: number | null,
  unit = 'ms',
  note?: string,
): Row {
  const median = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  return {
    what,
    median: `${median.toFixed(2)} ${unit}`,
    p95: `${p95.toFixed(2)} ${unit}`,
    target: targetP95Ms === null ? '' : `p95 ≤ ${targetP95Ms} ${unit}`,
    ok: targetP95Ms === null ? null : p95 <= targetP95Ms,
    note: note ?? `n=${samples.length}`,
  };
}

/** One measured value (no distribution), e.g. a size or a heap figure. */
export function valueRow(what: string, value: string, target = '', ok: boolean | null = null, note = ''): Row {
  return { what, median: value, p95: '', target, ok, note };
}

/** ours / peer as "0.42×" for the median and p95 columns; target: ours no slower (≤ 1×) when `aim` is set. */
export function ratioRow(what: string, ours: number[], peer: number[], aim: boolean): Row {
  const median = percentile(ours, 50) / percentile(peer, 50);
  const p95 = percentile(ours, 95) / percentile(peer, 95);
  return {
    what,
    median: `${median.toFixed(2)}×`,
    p95: `${p95.toFixed(2)}×`,
    target: aim ? 'median ≤ 1×' : '',
    ok: aim ? median <= 1 : null,
    note: 'ours / peer',
  };
}

const escapeCell = (v: string) => v.replace(/\|/g, '\\|');

/** A Markdown table (also readable in a terminal). Rows without a target show "no target" in `met`. */
export function printTable(rows: Row[]): string {
  const header = ['what', 'median', 'p95', 'target', 'met', 'note'];
  const cells = rows.map((r) =>
    [r.what, r.median, r.p95, r.target, r.ok === null ? (r.target ? '' : '—') : r.ok ? 'yes' : 'NO', r.note ?? ''].map(
      escapeCell,
    ),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
