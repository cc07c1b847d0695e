// Binary classification metrics over (score, label) pairs; label 1 = good. Pure, no dependencies.

/** ROC AUC as the probability a random positive outranks a random negative (ties count one half). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  // Average ranks over ties (Mann-Whitney U).
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = r;
    i = j + 1;
  }
  let nPos = 0;
  let rankSum = 0;
  labels.forEach((y, i) => {
    if (y === 1) {
      nPos++;
      rankSum += ranks[i];
    }
  });
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export interface CurvePoint {
  threshold: number;
  fpr: number;
  tpr: number;
  precision: number;
}

/** ROC/PR points at every distinct threshold, from the highest score down (starts at (0,0)). */
export function rocCurve(scores: readonly number[], labels: readonly number[]): CurvePoint[] {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const P = labels.filter((y) => y === 1).length;
  const N = labels.length - P;
  const pts: CurvePoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0, precision: 1 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < idx.length; i++) {
    if (labels[idx[i]] === 1) tp++;
    else fp++;
    if (i + 1 < idx.length && scores[idx[i + 1]] === scores[idx[i]]) continue;
    pts.push({ threshold: scores[idx[i]], fpr: N ? fp / N : 0, tpr: P ? tp / P : 0, precision: tp / (tp + fp) });
  }
  return pts;
}

/** PR AUC as average precision: sum over thresholds of (recall step) × precision. */
export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const pts = rocCurve(scores, labels);
  let ap = 0;
  for (let i = 1; i < pts.length; i++) ap += (pts[i].tpr - pts[i - 1].tpr) * pts[i].precision;
  return ap;
}

export function brier(probs: readonly number[], labels: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < probs.length; i++) s += (probs[i] - labels[i]) ** 2;
  return probs.length ? s / probs.length : NaN;
}

export function logLoss(probs: readonly number[], labels: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = Math.min(1 - 1e-7, Math.max(1e-7, probs[i]));
    s -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return probs.length ? s / probs.length : NaN;
}

export interface CalibrationBin {
  lo: number;
  hi: number;
  count: number;
  meanProb: number;
  fracPositive: number;
}

/** Equal-width bins over [0,1]; a probability of exactly 1 goes into the last bin. */
export function calibrationBins(probs: readonly number[], labels: readonly number[], bins = 10): CalibrationBin[] {
  const out: CalibrationBin[] = Array.from({ length: bins }, (_, i) => ({
    lo: i / bins,
    hi: (i + 1) / bins,
    count: 0,
    meanProb: 0,
    fracPositive: 0,
  }));
  probs.forEach((p, i) => {
    const b = out[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))];
    b.count++;
    b.meanProb += p;
    b.fracPositive += labels[i];
  });
  for (const b of out) {
    if (b.count) {
      b.meanProb /= b.count;
      b.fracPositive /= b.count;
    }
  }
  return out;
}

/** Expected calibration error: count-weighted mean |mean prob − fraction positive| over bins. */
export function ece(probs: readonly number[], labels: readonly number[], bins = 10): number {
  if (probs.length === 0) return NaN;
  return calibrationBins(probs, labels, bins).reduce(
    (s, b) => s + (b.count / probs.length) * Math.abs(b.meanProb - b.fracPositive),
    0,
  );
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Predicted good when score >= threshold. */
export function confusion(scores: readonly number[], labels: readonly number[], threshold: number): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  scores.forEach((s, i) => {
    const pred = s >= threshold;
    if (pred && labels[i] === 1) c.tp++;
    else if (pred) c.fp++;
    else if (labels[i] === 1) c.fn++;
    else c.tn++;
  });
  return c;
}

export function thresholdMetrics(c: Confusion) {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return {
    accuracy: n ? (c.tp + c.tn) / n : NaN,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** Threshold maximising accuracy on a (validation) split; candidates are midpoints between scores. */
export function bestAccuracyThreshold(scores: readonly number[], labels: readonly number[]): number {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  const cands = [0.5, ...sorted.slice(1).map((s, i) => (s + sorted[i]) / 2)];
  let best = 0.5;
  let bestAcc = -1;
  for (const t of cands) {
    const acc = thresholdMetrics(confusion(scores, labels, t)).accuracy;
    if (acc > bestAcc + 1e-12) {
      bestAcc = acc;
      best = t;
    }
  }
  return best;
}
