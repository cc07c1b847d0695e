// Node-side: QuestionRecord text → QuestionDocument / tokens for training and the score CLI. HTML goes
// through document/parse-html.ts (the shared HTML path), Markdown through parse-markdown.ts.
import { parseHtmlQuestion } from '../core/document/parse-html';
import { parseQuestion } from '../core/document/parse-markdown';
import type { QuestionDocument } from '../core/document/question-document';
import type { QuestionRecord } from '../core/data';
import { SPECIAL_TOKENS, words } from '../core/document/tokens';

/** A data set's record as the canonical document (its body format decides the parser). */
export function documentOfRecord(r: Pick<QuestionRecord, 'title' | 'body' | 'bodyFormat'>): QuestionDocument {
  return documentOf(r.title, r.body, r.bodyFormat === 'html' ? 'html' : 'markdown');
}

export function documentOf(title: string, body: string, format: 'markdown' | 'html'): QuestionDocument {
  return format === 'html' ? parseHtmlQuestion(title, body) : parseQuestion({ title, body });
}

/**
 * Tokens for the preprocessed 60k text (lowercased words, stopwords and punctuation removed, HTML tag
 * names left as words): code blocks (`pre code … code pre`) become one <code-block> token like in a
 * real document, leftover tag words are dropped, and the remaining words go through the shared word
 * tokenizer (so numbers become `<num>` as in real text). There is no title boundary and no stopwords.
 */
export function preprocessedTokens(text: string): string[] {
  const out: string[] = [];
  const withBlocks = text.replace(/\r\n?/g, '\n').replace(/\bpre code\b[\s\S]*?(\bcode pre\b|$)/g, ' \u0001 ');
  let blocks = 0;
  for (const w of withBlocks.split(/\s+/)) {
    if (!w) continue;
    if (w === '\u0001') blocks++;
    else if (!TAG_WORDS.has(w)) for (const t of words(w)) out.push(t.text);
  }
  // Structural tokens come after the words, as tokenize() orders them.
  for (let i = 0; i < blocks; i++) out.push(SPECIAL_TOKENS.codeBlock);
  return out;
}

const TAG_WORDS = new Set([
  'pre',
  'code',
  'strong',
  'em',
  'href',
  'noreferrer',
  'nofollow',
  'rel',
  'blockquote',
  'li',
  'ul',
  'ol',
  'br',
  'hr',
  'img',
  'src',
  'alt',
  'h1',
  'h2',
  'h3',
]);
