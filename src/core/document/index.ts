// Public surface of the document module for the worker and checks. parse-html is deliberately not
// re-exported: it pulls parse5, which only Node training/ingestion needs.
export type * from './question-document';
export { parseQuestion, type QuestionFields } from './parse-markdown';
export { sourceRange } from './source-range';
export { SPECIAL_TOKENS, tokenize, words, type SpecialToken, type TextRange, type Token } from './tokens';
