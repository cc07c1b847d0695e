import { closeRiskWords } from '../shared/close-risk-text';
import type { AnalysisResult } from '../shared/question';
import { bandOf, scoreLabel, scorePoints } from '../shared/score-bands';
import { NEED_TEXT } from '../shared/score-words';

const STATE_TEXT: Record<AnalysisResult['state'], string> = {
  scored: 'Scored',
  'not-scorable': NEED_TEXT,
  error: 'Analysis failed',
};

/** The score in points out of 100 with its label, or the state when there is no score. */
export function ScoreCard({ result }: { result: AnalysisResult }) {
  const scored = result.state === 'scored' && result.score !== null;
  return (
    <section class="score-card" aria-label="Question score">
      <div
        class={`score ${scored ? bandOf(result.score!) : 'none'}`}
        data-testid="score"
        data-state={result.state}
        data-score={scored ? result.score!.toFixed(3) : undefined}
      >
        {scored ? scorePoints(result.score!) : null}
      </div>
      <div class="score-meta">
        {scored ? (
          <div class="label" data-testid="score-label">
            {scoreLabel(result.score!)}
          </div>
        ) : null}
        <div class="state">
          {scored ? 'out of 100: how likely this question is to be well received' : STATE_TEXT[result.state]}
        </div>
        {result.reason ? <div class="reason">{result.reason}</div> : null}
        <CloseRiskNote result={result} />
      </div>
    </section>
  );
}

/** The likeliest close reason, in words, with what to do about it (nothing below the threshold). */
export function CloseRiskNote({ result }: { result: AnalysisResult }) {
  const risk = closeRiskWords(result);
  if (!risk) return null;
  return (
    <p class="risk" data-testid="close-risk">
      <strong>{risk.line}</strong> {risk.advice}
    </p>
  );
}
