// Unfilled template parts: an ellipsis standing for what should be written, a bracketed "[your code here]"
// or "<expected result>", a TODO, and code blocks with nothing real in them. One definition, read by the
// model's view of a question (model-view.ts: the model never sees them) and by the placeholders feature.
import { blockMemo } from '../nlp/block-memo';

// `[goal]`, `[error message]`, `<describe the error here>`, `<paste your code here>`; a bracket of words only,
// so "[1]" or "<T>" are not placeholders; one-word angle brackets only with a template word ("<div>" is HTML).
const BRACKETED = String.raw`\[\s*\p{L}[\p{L}\s'-]{0,60}\]|<\s*(?:\p{L}[\p{L}'-]*\s+){1,10}\p{L}[\p{L}'-]*\s*>|<\s*(?:here|your|insert|describe|paste|todo|tbd)\s*>`;
const MARKERS = String.raw`…|\.{3,}|\b(?:TODO|TBD|FIXME)\b|\bx{3,}\b`;

const PROSE_PLACEHOLDER = new RegExp(`${BRACKETED}|${MARKERS}`, 'giu');
const PROSE_PLACEHOLDER_TEST = new RegExp(`${BRACKETED}|${MARKERS}`, 'iu');
// A line of a code block that stands for code: an ellipsis character anywhere ("Error: …"), a line of dots,
// a bracketed phrase, a TODO or "your code here".
const CODE_PLACEHOLDER_LINE = new RegExp(
  String.raw`…|^\s*(?:(?://|#|--)\s*)?(?:\.{3,}|${BRACKETED}|(?:TODO|TBD|FIXME)\b.*|.*\b(?:your|paste|insert)\b.*\bhere\b.*)\s*$`,
  'iu',
);
// A comment line ("// the smallest code that shows the problem"): a block of nothing else holds no code.
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|--\s|#\s|<!--)/;

/** Placeholders in a run of prose. */
export function prosePlaceholders(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(PROSE_PLACEHOLDER)) n++;
  return n;
}

export function hasProsePlaceholder(text: string): boolean {
  return proseMemo(text, () => PROSE_PLACEHOLDER_TEST.test(text));
}

/** The text with each placeholder replaced by `word` (so "I tried … but … happened." stays one sentence). */
export function replaceProsePlaceholders(text: string, word: string): string {
  return text.replace(PROSE_PLACEHOLDER, ` ${word} `);
}

/** A code block with nothing but white space, placeholder lines and comments. */
export function isPlaceholderCode(code: string): boolean {
  return codeMemo(code, () =>
    code.split('\n').every((line) => line.trim() === '' || CODE_PLACEHOLDER_LINE.test(line) || COMMENT_LINE.test(line)),
  );
}

// Per block text: the model's view tests every block on every keystroke.
const proseMemo = blockMemo<boolean>('document/placeholders: prose', 2048);
const codeMemo = blockMemo<boolean>('document/placeholders: code', 512);
