import type { AnalysisResult } from '../shared/question';

/** For the curious, collapsed: which model scored the text and how well its explanation fits, said plainly. */
export function Details({ result }: { result: AnalysisResult }) {
  return (
    <details class="details" data-testid="details">
      <summary>Details</summary>
      <p class="muted">
        The score comes from a model that runs on this device; the chart shows what moved it, and the fit says how
        closely that explanation matches the model (1 is exact).
      </p>
      <div class="scorer" data-testid="scorer">
        Model version: {result.scorer}
      </div>
      {result.fidelity !== undefined ? (
        <div class="scorer" data-testid="fidelity">
          Explanation fit: {result.fidelity.toFixed(2)}
        </div>
      ) : null}
    </details>
  );
}
