// The analysis every context runs: canonical document → gate → checks → score. Pure.
import type { Contribution, AnalysisResult, QuestionInput } from '../shared/question';
import type { Finding } from '../shared/finding';
import { parseQuestion } from './document/parse-markdown';
import type { QuestionDocument } from './document/question-document';
import { gate } from './gate';
import { runChecks, scoreHeuristically } from './heuristic-scorer';
import type { ModelScorer } from './model/scorer';

/** What turns a scorable document into a score: the heuristic scorer now, the tfjs model later. */
export interface Scorer {
  readonly version: string;
  score(doc: QuestionDocument): { score: number; contributions: Contribution[]; findings?: Finding[] };
}

export const heuristicScorer: Scorer = {
  version: 'heuristic-1',
  score(doc) {
    const { score, contributions } = scoreHeuristically(doc);
    return { score, contributions };
  },
};

/** The tfjs model as a Scorer. */
export function modelScorer(model: ModelScorer): Scorer {
  return {
    version: model.version,
    score(doc) {
      return { score: model.score(doc), contributions: [] };
    },
  };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyseQuestion(input: QuestionInput, scorer: Scorer = heuristicScorer): AnalysisResult {
  const started = now();
  try {
    const doc = parseQuestion(input);
    const tips = runChecks(doc);
    const verdict = gate(doc);
    if (!verdict.scorable) {
      return {
        state: 'not-scorable',
        score: null,
        reason: verdict.reason,
        findings: tips,
        contributions: [],
        scorer: scorer.version,
        elapsedMs: now() - started,
      };
    }
    const scored = scorer.score(doc);
    const score = Math.min(1, Math.max(0, scored.score));
    return {
      state: 'scored',
      score: Number.isFinite(score) ? score : 0,
      findings: [...(scored.findings ?? []), ...tips],
      contributions: scored.contributions,
      scorer: scorer.version,
      elapsedMs: now() - started,
    };
  } catch (error) {
    return {
      state: 'error',
      score: null,
      reason: `The analysis failed: ${error instanceof Error ? error.message : String(error)}`,
      findings: [],
      contributions: [],
      scorer: scorer.version,
      elapsedMs: now() - started,
    };
  }
}
