// One Adam step over parallel parameter, gradient and moment arrays (the JS trainers' optimiser). A weight
// whose gradient and first moment are both 0 is skipped: a bucket no row in the batch touched stays exactly
// as it is, which keeps training sparse and its result independent of unused buckets.
type Floats = Float64Array | Float32Array;

export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-7 } as const;

/** `t`: the step number, from 1. */
export function adamStep(
  params: readonly Floats[],
  grads: readonly Floats[],
  m: readonly Floats[],
  v: readonly Floats[],
  t: number,
  rate: number,
): void {
  const { beta1, beta2, eps } = ADAM;
  const step = (rate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
  for (let a = 0; a < params.length; a++) {
    const P = params[a],
      G = grads[a],
      M = m[a],
      V = v[a];
    for (let j = 0; j < P.length; j++) {
      const g = G[j];
      if (g === 0 && M[j] === 0) continue;
      M[j] = beta1 * M[j] + (1 - beta1) * g;
      V[j] = beta2 * V[j] + (1 - beta2) * g * g;
      P[j] -= (step * M[j]) / (Math.sqrt(V[j]) + eps);
    }
  }
}
