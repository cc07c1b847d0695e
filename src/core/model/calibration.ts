// Platt scaling: p = sigmoid(a * logit + b), fitted on a validation split by Newton's method on the
// log loss. Applied outside the layers model; the two numbers live in the model config.
export interface Calibration {
  method: 'platt';
  a: number;
  b: number;
}

export const IDENTITY_CALIBRATION: Calibration = { method: 'platt', a: 1, b: 0 };

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function calibrate(logit: number, c: Calibration): number {
  return sigmoid(c.a * logit + c.b);
}

/** Fits a, b minimising log loss (with Platt's smoothed targets, which keep a finite on separable data). */
export function fitPlatt(logits: readonly number[], labels: readonly number[], iterations = 100): Calibration {
  const nPos = labels.filter((y) => y === 1).length;
  const nNeg = labels.length - nPos;
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  const target = (y: number) => (y === 1 ? tPos : tNeg);
  const loss = (a: number, b: number) => {
    let l = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = a * logits[i] + b;
      // log(1 + e^z) - t z, computed stably
      l += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - target(labels[i]) * z;
    }
    return l;
  };
  let a = 0;
  let b = Math.log((nPos + 1) / (nNeg + 1));
  let current = loss(a, b);
  for (let it = 0; it < iterations; it++) {
    let ga = 0,
      gb = 0,
      haa = 1e-9,
      hab = 0,
      hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const t = target(labels[i]);
      const p = sigmoid(a * logits[i] + b);
      const d = p - t;
      const w = p * (1 - p);
      ga += d * logits[i];
      gb += d;
      haa += w * logits[i] * logits[i];
      hab += w * logits[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Backtracking: Newton from a poor start can overshoot.
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-8) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (Math.abs(step * da) + Math.abs(step * db) < 1e-10 || improved < 1e-12) break;
  }
  return { method: 'platt', a, b };
}

/**
 * A design bound on the calibrated score: questions with `feature` at 1 stay under `score`. Issue 13: filler
 * earns nothing, so a question with nothing concrete to check (no code, error, value or name) cannot be
 * talked up by its words; they still rank such questions among themselves.
 */
export interface ScoreCeiling {
  feature: string;
  score: number;
}

const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));

/**
 * The calibrated score under a ceiling, weighted by how far the feature holds (`weight` in [0, 1]; the
 * explainer's resets give a fraction): sigmoid(z − weight·softplus(z − logit(ceiling))), z the calibrated
 * logit. A soft minimum, so it is smooth and strictly increasing in the logit: at weight 1 every score stays
 * below the ceiling, a low score barely moves, and the order among the questions it holds is kept.
 */
export function underCeiling(logit: number, c: Calibration, ceiling: ScoreCeiling | undefined, weight: number): number {
  const z = c.a * logit + c.b;
  if (!ceiling || !(weight > 0)) return sigmoid(z);
  const top = Math.log(ceiling.score / (1 - ceiling.score));
  return sigmoid(z - Math.min(1, weight) * softplus(z - top));
}
