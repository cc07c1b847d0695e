// The score function the suite is run with: gate then model, as the worker's `scoreBatch` does. Its score
// equals `analyseQuestion`'s with the model scorer (tested), without the explainer's cost per text.
import { scoreDocument } from '../../analyse';
import { parseQuestion } from '../../document/parse-markdown';
import type { ModelScorer } from '../../model/scorer';
import type { ScoreFn } from './types';

export function pipelineScore(model: ModelScorer): ScoreFn {
  return (q) => {
    const { score } = scoreDocument(parseQuestion(q), model);
    // analyseQuestion clamps to [0, 1] and maps a non-finite score to 0; do the same.
    return score === null ? null : Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  };
}
