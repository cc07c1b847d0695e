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
}

export function timingRow(what: string, samples: number[], targetP95Ms: number | null, unit = 'ms'): Row {
  const median = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  return {
    what,
    median: `${median.toFixed(2)} ${unit}`,
    p95: `${p95.toFixed(2)} ${unit}`,
    target: targetP95Ms === null ? '' : `p95 ≤ ${targetP95Ms} ${unit}`,
    ok: targetP95Ms === null ? null : p95 <= targetP95Ms,
  };
}

export function printTable(rows: Row[]): string {
  const header = ['what', 'median', 'p95', 'target', 'met'];
  const cells = rows.map((r) => [r.what, r.median, r.p95, r.target, r.ok === null ? '' : r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
