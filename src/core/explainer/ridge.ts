// Weighted ridge regression y ≈ b0 + X·b on binary component vectors, solved through the normal
// equations with a Cholesky factorisation (d is at most ~120, so this is cheap in plain TS).
// The left-hand side depends on the samples and weights only, not on the scores: a RidgeDesign is
// factorised once and then solves for any score vector (the explainer reuses it across keystrokes).

export interface RidgeFit {
  intercept: number;
  coef: Float64Array;
  /** Weighted R² of the fit on the samples (the surrogate's local fidelity). */
  r2: number;
}

export interface RidgeDesign {
  /** Components d. */
  readonly d: number;
  /** Per sample, the indices of its 0 entries (the removed components). */
  readonly off: readonly Int32Array[];
  readonly w: readonly number[];
  /** Cholesky factor of the (d+1)×(d+1) normal matrix, row-major lower triangle. */
  readonly factor: Float64Array;
}

/**
 * `rows[k]` is sample k's 0/1 vector (length d), `w[k]` its kernel weight. `lambda` penalises the
 * coefficients, never the intercept.
 */
export function ridgeDesign(rows: readonly Uint8Array[], w: readonly number[], lambda: number): RidgeDesign {
  const d = rows.length ? rows[0].length : 0;
  return ridgeDesignOfRemoved(
    d,
    rows.map((row) => removedIndices(row, d)),
    w,
    lambda,
  );
}

/**
 * The same design from each sample's removed components (`off[k]`, ascending indices below d): what the
 * explainer samples directly.
 */
export function ridgeDesignOfRemoved(
  d: number,
  off: readonly Int32Array[],
  w: readonly number[],
  lambda: number,
): RidgeDesign {
  // Samples keep most components, so the fit runs on the removal indicators r = 1 - x, which are sparse:
  // y ≈ b0 + x·b = (b0 + Σb) - r·b. Same penalty on b, unpenalised intercept: the same minimiser.
  // (Each step is its own small function, optimised sooner than one big one: docs/performance.md.)
  const n = d + 1; // column 0 is the intercept
  const A = normalMatrix(off, w, n);
  for (let i = 1; i < n; i++) A[i * n + i] += lambda;
  A[0] += 1e-12;
  return { d, off, w, factor: cholesky(A, n) };
}

function removedIndices(row: Uint8Array, d: number): Int32Array {
  let count = 0;
  for (let j = 0; j < d; j++) if (!row[j]) count++;
  const idx = new Int32Array(count);
  for (let j = 0, at = 0; j < d; j++) if (!row[j]) idx[at++] = j;
  return idx;
}

/** Σ_k w_k [1, r_k][1, r_k]ᵀ, symmetric, row-major n×n. */
function normalMatrix(off: readonly Int32Array[], w: readonly number[], n: number): Float64Array {
  const A = new Float64Array(n * n);
  for (let k = 0; k < off.length; k++) addOuter(A, off[k], w[k], n);
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A[i * n + j] = A[j * n + i];
  return A;
}

function addOuter(A: Float64Array, idx: Int32Array, wk: number, n: number): void {
  A[0] += wk;
  for (let p = 0; p < idx.length; p++) {
    const ip = idx[p] + 1;
    A[ip] += wk;
    const row = ip * n + 1;
    for (let q = p; q < idx.length; q++) A[row + idx[q]] += wk;
  }
}

/** The fit of the scores `y` (one per sample of the design). */
export function solveRidge(design: RidgeDesign, y: readonly number[]): RidgeFit {
  const { d, off, w } = design;
  const n = d + 1;
  const b = new Float64Array(n);
  for (let k = 0; k < off.length; k++) {
    const wy = w[k] * y[k];
    b[0] += wy;
    const idx = off[k];
    for (let p = 0; p < idx.length; p++) b[idx[p] + 1] += wy;
  }
  const gamma = substitute(design.factor, b, n); // y ≈ gamma0 + r·gamma
  let sw = 0,
    mean = 0;
  for (let k = 0; k < off.length; k++) {
    sw += w[k];
    mean += w[k] * y[k];
  }
  mean = sw > 0 ? mean / sw : 0;
  let ssRes = 0,
    ssTot = 0;
  for (let k = 0; k < off.length; k++) {
    let pred = gamma[0];
    const idx = off[k];
    for (let p = 0; p < idx.length; p++) pred += gamma[idx[p] + 1];
    ssRes += w[k] * (y[k] - pred) ** 2;
    ssTot += w[k] * (y[k] - mean) ** 2;
  }
  // A model that does not react to any component is explained perfectly by its constant.
  const r2 = ssTot <= 1e-14 ? 1 : Math.max(0, 1 - ssRes / ssTot);
  const coef = new Float64Array(d);
  let intercept = gamma[0];
  for (let j = 0; j < d; j++) {
    coef[j] = -gamma[j + 1];
    intercept += gamma[j + 1];
  }
  return { intercept, coef, r2 };
}

/** One-off fit: `rows[k]` is sample k's 0/1 vector, `y[k]` its score, `w[k]` its kernel weight. */
export function weightedRidge(
  rows: readonly Uint8Array[],
  y: readonly number[],
  w: readonly number[],
  lambda: number,
): RidgeFit {
  return solveRidge(ridgeDesign(rows, w, lambda), y);
}

/** Solves A x = b for symmetric positive (semi-)definite A (row-major n×n); a tiny jitter keeps it stable. */
export function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  return substitute(cholesky(A, n), b, n);
}

function cholesky(A: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const s = minusDot(A[i * n + j], L, i * n, j * n, j);
      if (i === j) L[i * n + i] = Math.sqrt(Math.max(s, 1e-12));
      else L[i * n + j] = s / L[j * n + j];
    }
  }
  return L;
}

/** s − Σ_{k<len} L[a + k] × L[b + k], subtracted term by term. */
function minusDot(s: number, L: Float64Array, a: number, b: number, len: number): number {
  for (let k = 0; k < len; k++) s -= L[a + k] * L[b + k];
  return s;
}

/** Solves L Lᵀ x = b. */
function substitute(L: Float64Array, b: Float64Array, n: number): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}
