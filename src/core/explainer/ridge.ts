// Weighted ridge regression y ≈ b0 + X·b on binary component vectors, solved through the normal
// equations with a Cholesky factorisation (d is at most ~120, so this is cheap in plain TS).

export interface RidgeFit {
  intercept: number;
  coef: Float64Array;
  /** Weighted R² of the fit on the samples (the surrogate's local fidelity). */
  r2: number;
}

/**
 * `rows[k]` is sample k's 0/1 vector (length d), `y[k]` its score, `w[k]` its kernel weight.
 * `lambda` penalises the coefficients, never the intercept.
 */
export function weightedRidge(rows: readonly Uint8Array[], y: readonly number[], w: readonly number[], lambda: number): RidgeFit {
  const d = rows.length ? rows[0].length : 0;
  const n = d + 1; // column 0 is the intercept
  const A = new Float64Array(n * n);
  const b = new Float64Array(n);
  const idx = new Int32Array(n);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const wk = w[k];
    // Indices of the non-zero columns of [1, row]: A += w x xᵀ only over them.
    let m = 0;
    idx[m++] = 0;
    for (let j = 0; j < d; j++) if (row[j]) idx[m++] = j + 1;
    for (let p = 0; p < m; p++) {
      const ip = idx[p] * n;
      b[idx[p]] += wk * y[k];
      for (let q = p; q < m; q++) A[ip + idx[q]] += wk;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A[i * n + j] = A[j * n + i];
  for (let i = 1; i < n; i++) A[i * n + i] += lambda;
  A[0] += 1e-12;
  const beta = choleskySolve(A, b, n);
  let sw = 0, mean = 0;
  for (let k = 0; k < rows.length; k++) { sw += w[k]; mean += w[k] * y[k]; }
  mean = sw > 0 ? mean / sw : 0;
  let ssRes = 0, ssTot = 0;
  for (let k = 0; k < rows.length; k++) {
    let pred = beta[0];
    const row = rows[k];
    for (let j = 0; j < d; j++) if (row[j]) pred += beta[j + 1];
    ssRes += w[k] * (y[k] - pred) ** 2;
    ssTot += w[k] * (y[k] - mean) ** 2;
  }
  // A model that does not react to any component is explained perfectly by its constant.
  const r2 = ssTot <= 1e-14 ? 1 : Math.max(0, 1 - ssRes / ssTot);
  return { intercept: beta[0], coef: beta.subarray(1), r2 };
}

/** Solves A x = b for symmetric positive (semi-)definite A (row-major n×n); a tiny jitter keeps it stable. */
export function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) L[i * n + i] = Math.sqrt(Math.max(s, 1e-12));
      else L[i * n + j] = s / L[j * n + j];
    }
  }
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
