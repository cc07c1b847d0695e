// Does following the top suggestion help? For each weak question (scored below `threshold`), apply its
// top verified suggestion's edit to the text and re-analyse the edited text through the full pipeline
// (parse → gate → model), independently of the verification that chose it. A suggestion that inserts a
// template is measured as verification measures it: with the template filled by its neutral stand-in
// (`measure`, stand-ins.ts), since the model never reads a template's placeholders.
import { analyseQuestion, modelScorer } from '../analyse';
import { parseQuestion } from '../document/parse-markdown';
import { perturbableModelScorer } from '../explainer/model-scorer-adapter';
import { runChecks } from '../heuristic-scorer';
import type { ModelScorer } from '../model/scorer';
import type { QuestionInput } from '../../shared/question';
import { explainAndSuggest } from '../suggestions/explain-and-suggest';

export interface SuggestionEffect {
  /** Questions scored below the threshold. */
  weak: number;
  /** …of which had at least one verified suggestion. */
  withSuggestion: number;
  /** …whose score rose after applying the top suggestion. */
  raised: number;
  /** raised / weak: questions without any suggestion count as not helped. */
  share: number;
  medianGain: number | null;
  /** Top suggestion kinds and how often each was first. */
  topKinds: Record<string, number>;
  /** …of withSuggestion: top suggestions that insert a template (their gain measured with its stand-in). */
  templateTop: number;
}

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function measureTopSuggestions(
  inputs: readonly QuestionInput[],
  model: ModelScorer,
  threshold = 0.5,
): SuggestionEffect {
  const scorer = modelScorer(model);
  const perturbable = perturbableModelScorer(model);
  const rescore = (input: QuestionInput) => model.score(parseQuestion(input));
  let weak = 0;
  let withSuggestion = 0;
  let raised = 0;
  const gains: number[] = [];
  const topKinds: Record<string, number> = {};
  let templateTop = 0;
  for (const input of inputs) {
    const before = analyseQuestion(input, scorer);
    if (before.state !== 'scored' || before.score === null || before.score >= threshold) continue;
    weak++;
    const doc = parseQuestion(input);
    const { suggestions, edits, measured } = explainAndSuggest({
      doc,
      input,
      model: perturbable,
      rescore,
      heuristicFindings: runChecks(doc),
    });
    if (!edits.length) continue;
    withSuggestion++;
    topKinds[suggestions[0].id] = (topKinds[suggestions[0].id] ?? 0) + 1;
    if (measured[0] !== edits[0]) templateTop++;
    const after = analyseQuestion(measured[0], scorer);
    const gain = after.state === 'scored' && after.score !== null ? after.score - before.score : -before.score;
    gains.push(gain);
    if (gain > 0) raised++;
  }
  return {
    weak,
    withSuggestion,
    raised,
    share: weak ? raised / weak : 0,
    medianGain: median(gains),
    topKinds,
    templateTop,
  };
}
