// Explanation → verified suggestions, contributions for the popup chart, and the heuristic tips that
// no measured suggestion already covers. Every suggestion is applied to the text and re-scored by the
// full pipeline (`rescore`); only edits that raise the score are shown, best first. An edit that inserts a
// template is measured by its `measure` text (the template filled with a neutral stand-in), since the model
// never reads a template's placeholders; the person is still given the template.
import type { Finding, Severity, Span } from '../../shared/finding';
import type { Contribution, QuestionInput } from '../../shared/question';
import type { QuestionDocument } from '../document/question-document';
import { explain, type ExplainOptions, type Explanation } from '../explainer/explainer';
import type { PerturbableModel, VectorisedLike } from '../explainer/model';
import { CHECK_TO_KINDS, rankTier, SUGGESTION_KINDS } from './registry';
import type { Candidate, SuggestionContext, SuggestionKind } from './suggestion';
import { fixOf } from './fix-of';

export interface ExplainAndSuggestInput<V extends VectorisedLike> {
  doc: QuestionDocument;
  /** The text `doc` was parsed from; edits apply to it. */
  input: QuestionInput;
  model: PerturbableModel<V>;
  /** Score of a whole question through the full pipeline (parse → features → model). */
  rescore(input: QuestionInput): number;
  heuristicFindings?: readonly Finding[];
  options?: SuggestOptions;
}

export interface SuggestOptions {
  explain?: ExplainOptions;
  kinds?: readonly SuggestionKind[];
  /** Candidates re-scored at most (the cost of verification). */
  maxCandidates?: number;
  maxSuggestions?: number;
  /** Contributions shown per sign. */
  contributionsPerSign?: number;
  /** Smallest gain worth showing (gains ≤ this are dropped; never below 0). */
  minGain?: number;
}

export interface ExplainAndSuggestResult<V extends VectorisedLike = VectorisedLike> {
  /** Top positive then top negative effects, with display labels. */
  contributions: Contribution[];
  /** Verified model suggestions: substance kinds first (registry.ts rankTier), then highest gain first. */
  suggestions: Finding[];
  /** The edited text of each suggestion, in the same order (for evaluation; never sent to the page). */
  edits: QuestionInput[];
  /**
   * The text whose score measured each suggestion's gain, in the same order: its `measure` text (a template
   * filled with a stand-in), or the edit itself (the same object as in `edits`) when it has none.
   */
  measured: QuestionInput[];
  /** Heuristic findings not covered by a confirmed suggestion. */
  tips: Finding[];
  fidelity: number;
  /** Model score of the question as typed. */
  baseScore: number;
  explanation: Explanation<V>;
}

export const SEVERITY_WARNING_GAIN = 0.05;

export function severityForGain(gain: number): Severity {
  return gain >= SEVERITY_WARNING_GAIN ? 'warning' : 'info';
}

const overlaps = (a: Span, b: Span) =>
  a.field === b.field && ((a.start < b.end && b.start < a.end) || (a.start === a.end && b.start === b.end));

function insideCode(doc: QuestionDocument, f: { span: Span; scope: string }): boolean {
  return (
    f.scope === 'span' && f.span.field === 'body' && doc.codeRanges.some(([a, b]) => f.span.start < b && a < f.span.end)
  );
}

const sameText = (a: QuestionInput, b: QuestionInput) => a.title === b.title && a.body === b.body;

export function topContributions(e: Explanation, perSign = 4): Contribution[] {
  const sorted = [...e.attributions].sort((a, b) => b.weight - a.weight);
  const pos = sorted.filter((a) => a.weight > 0).slice(0, perSign);
  const neg = sorted
    .filter((a) => a.weight < 0)
    .reverse()
    .slice(0, perSign);
  return [...pos, ...neg.reverse()].map((a) => ({ label: a.component.label, value: a.weight }));
}

export function explainAndSuggest<V extends VectorisedLike>(
  args: ExplainAndSuggestInput<V>,
): ExplainAndSuggestResult<V> {
  const { doc, input, model, rescore } = args;
  const o = args.options ?? {};
  const heuristicFindings = args.heuristicFindings ?? [];
  const explanation = explain(doc, model, o.explain);
  const ctx: SuggestionContext = { doc, input, explanation, heuristicFindings };

  const candidates: Candidate[] = [];
  for (const kind of o.kinds ?? SUGGESTION_KINDS) {
    let proposed: Candidate[];
    try {
      proposed = kind.propose(ctx);
    } catch {
      continue; // one broken kind must not hide the others
    }
    for (const c of proposed) if (!insideCode(doc, c)) candidates.push(c);
  }
  candidates.sort((a, b) => b.priority - a.priority);

  const minGain = Math.max(0, o.minGain ?? 0);
  const verified: { finding: Finding; edited: QuestionInput; measured: QuestionInput }[] = [];
  // Measured texts already re-scored (at most maxCandidates), compared field by field: no joined title+body
  // key to copy and hash per candidate (~18 kB each for a 3,000-word question).
  const seen: QuestionInput[] = [];
  let old: number | null = null;
  for (const c of candidates) {
    if (seen.length >= (o.maxCandidates ?? 8)) break;
    const measured = c.measure?.(input) ?? c.apply(input);
    if (sameText(measured, input) || seen.some((s) => sameText(s, measured))) continue;
    seen.push(measured);
    old ??= rescore(input);
    const gain = rescore(measured) - old;
    if (!(gain > minGain)) continue;
    const edited = c.measure ? c.apply(input) : measured;
    const fix = fixOf(input, edited, !!c.measure);
    verified.push({
      finding: {
        id: c.id,
        span: c.span,
        scope: c.scope,
        message: c.message,
        severity: severityForGain(gain),
        source: 'model',
        gain,
        ...(fix ? { fix } : {}),
      },
      edited,
      measured,
    });
  }
  // Substance before wording (registry.ts rankTier), then by gain.
  verified.sort((a, b) => rankTier(a.finding.id) - rankTier(b.finding.id) || b.finding.gain! - a.finding.gain!);
  const kept = verified.slice(0, o.maxSuggestions ?? 5);
  const suggestions = kept.map((v) => v.finding);

  const tips = heuristicFindings.filter((f) => {
    const kinds = CHECK_TO_KINDS.get(f.id);
    if (!kinds) return true;
    return !suggestions.some((s) => kinds.includes(s.id) && overlaps(s.span, f.span));
  });

  return {
    contributions: topContributions(explanation, o.contributionsPerSign),
    suggestions,
    edits: kept.map((v) => v.edited),
    measured: kept.map((v) => v.measured),
    tips,
    fidelity: explanation.fidelity,
    baseScore: explanation.baseScore,
    explanation,
  };
}
