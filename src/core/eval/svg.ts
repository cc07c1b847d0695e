// Small self-drawn SVG charts for the model card (no plotting dependency).
import type { CalibrationBin, CurvePoint } from './metrics';

const W = 360;
const H = 360;
const PAD = 44;
const COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df'];

const x = (v: number) => PAD + v * (W - 2 * PAD);
const y = (v: number) => H - PAD - v * (H - 2 * PAD);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function frame(title: string, xLabel: string, yLabel: string): string[] {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="18" text-anchor="middle" font-size="13">${esc(title)}</text>`,
    `<rect x="${PAD}" y="${PAD}" width="${W - 2 * PAD}" height="${H - 2 * PAD}" fill="none" stroke="#888"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#bbb" stroke-dasharray="4 3"/>`,
    `<text x="${W / 2}" y="${H - 10}" text-anchor="middle">${esc(xLabel)}</text>`,
    `<text x="12" y="${H / 2}" text-anchor="middle" transform="rotate(-90 12 ${H / 2})">${esc(yLabel)}</text>`,
  ];
  for (const t of [0, 0.5, 1]) {
    out.push(`<text x="${x(t)}" y="${y(0) + 14}" text-anchor="middle">${t}</text>`);
    out.push(`<text x="${x(0) - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  }
  return out;
}

export function rocSvg(curves: { name: string; points: CurvePoint[]; auc: number }[]): string {
  const out = frame('ROC curve (held-out test)', 'false positive rate', 'true positive rate');
  curves.forEach((c, i) => {
    const d = c.points.map((p, k) => `${k ? 'L' : 'M'}${x(p.fpr).toFixed(1)},${y(p.tpr).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="1.8"/>`);
    out.push(
      `<text x="${x(0.42)}" y="${y(0.05 + 0.06 * (curves.length - 1 - i))}" fill="${COLORS[i % COLORS.length]}">${esc(c.name)} AUC ${c.auc.toFixed(3)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export function calibrationSvg(bins: CalibrationBin[], ece: number): string {
  const out = frame(`Calibration (ECE ${ece.toFixed(3)})`, 'mean predicted probability', 'fraction good');
  const max = Math.max(1, ...bins.map((b) => b.count));
  for (const b of bins) {
    const h = (b.count / max) * 0.25;
    out.push(
      `<rect x="${x(b.lo).toFixed(1)}" y="${y(h).toFixed(1)}" width="${(x(b.hi) - x(b.lo) - 1).toFixed(1)}" height="${(y(0) - y(h)).toFixed(1)}" fill="#d0d7de"/>`,
    );
  }
  const pts = bins.filter((b) => b.count > 0);
  out.push(
    `<path d="${pts.map((b, k) => `${k ? 'L' : 'M'}${x(b.meanProb).toFixed(1)},${y(b.fracPositive).toFixed(1)}`).join(' ')}" fill="none" stroke="${COLORS[0]}" stroke-width="1.8"/>`,
  );
  for (const b of pts)
    out.push(
      `<circle cx="${x(b.meanProb).toFixed(1)}" cy="${y(b.fracPositive).toFixed(1)}" r="3" fill="${COLORS[0]}"/>`,
    );
  out.push(`<text x="${x(0.55)}" y="${y(0.05)}">grey bars: examples per bin</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
