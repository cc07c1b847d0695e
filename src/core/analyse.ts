// The analysis every context runs: canonical document → gate → checks → score. Pure.
import type { Contribution, AnalysisResult, QuestionInput } from '../shared/question';
import type { Finding } from '../shared/finding';
import type { CloseRisk } from '../shared/close-risk';
import { isCloseRisk } from '../shared/close-risk-text';
import { parseQuestion } from './document/parse-markdown';
import type { QuestionDocument } from './document/question-document';
import { gate } from './gate';
import { runChecks, scoreHeuristically } from './heuristic-scorer';
import { perturbableModelScorer } from './explainer/model-scorer-adapter';
import type { ModelScorer } from './model/scorer';
import { explainAndSuggest } from './suggestions/explain-and-suggest';

export interface Scored {
  score: number;
  contributions: Contribution[];
  /** Suggestions of the scorer itself (the model's verified suggestions). */
  suggestions?: Finding[];
  /** The heuristic findings still worth showing as tips (default: all of them). */
  tips?: Finding[];
  /** How well the explanation's local surrogate fits the model (weighted R²). */
  fidelity?: number;
  /** The likeliest close reason and its chance (a model with a close-reason head). */
  closeRisk?: CloseRisk;
}

/**
 * The close-reason head, optional on the model: declared here so the display side works (and compiles)
 * before and after a model that has it ships.
 */
interface CloseRiskHead {
  closeRisk?(doc: QuestionDocument): CloseRisk | null;
}

/** What turns a scorable document into a score: the heuristic scorer, or the tfjs model with its explainer. */
export interface Scorer {
  readonly version: string;
  score(doc: QuestionDocument, input: QuestionInput, heuristicFindings: Finding[]): Scored;
}

export const heuristicScorer: Scorer = {
  version: 'heuristic-1',
  score(doc) {
    const { score, contributions } = scoreHeuristically(doc);
    return { score, contributions };
  },
};

/** The tfjs model as a Scorer: its score, a LIME-style explanation, and counterfactually verified suggestions. */
export function modelScorer(model: ModelScorer): Scorer {
  const perturbable = perturbableModelScorer(model);
  return {
    version: model.version,
    score(doc, input, heuristicFindings) {
      // Verification re-scores edited text through the same parse → features → model path (cached per
      // chunk/block); the text as typed is `doc` itself, already vectorised for the explanation.
      const rescore = (q: QuestionInput) => model.score(q === input ? doc : parseQuestion(q));
      const result = explainAndSuggest({ doc, input, model: perturbable, rescore, heuristicFindings });
      const closeRisk = (model as ModelScorer & CloseRiskHead).closeRisk?.(doc);
      return {
        score: result.baseScore,
        contributions: result.contributions,
        suggestions: result.suggestions,
        tips: result.tips,
        fidelity: result.fidelity,
        ...(closeRisk ? { closeRisk } : {}),
      };
    },
  };
}

export interface QuestionScore {
  scorable: boolean;
  score: number | null;
}

/** Gate then model, nothing else: batch scoring (worker `scoreBatch`, `npm run score`) shares it. */
export function scoreDocument(doc: QuestionDocument, model: ModelScorer): QuestionScore {
  return gate(doc).scorable ? { scorable: true, score: model.score(doc) } : { scorable: false, score: null };
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
    const scored = scorer.score(doc, input, tips);
    const score = Math.min(1, Math.max(0, scored.score));
    return {
      state: 'scored',
      score: Number.isFinite(score) ? score : 0,
      findings: [...(scored.suggestions ?? []), ...(scored.tips ?? tips)],
      contributions: scored.contributions,
      ...(scored.fidelity !== undefined ? { fidelity: scored.fidelity } : {}),
      // checked here, before it crosses the worker boundary: a malformed head output (NaN, unknown reason) is dropped
      ...(isCloseRisk(scored.closeRisk) ? { closeRisk: scored.closeRisk } : {}),
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
