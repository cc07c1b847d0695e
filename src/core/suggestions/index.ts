// Public surface: explain a question's score and turn it into verified suggestions.
export { explainAndSuggest, topContributions, severityForGain, type ExplainAndSuggestInput, type ExplainAndSuggestResult, type SuggestOptions } from './explain-and-suggest';
export { SUGGESTION_KINDS, CHECK_TO_KINDS } from './registry';
export type { Candidate, SuggestionContext, SuggestionKind } from './suggestion';
