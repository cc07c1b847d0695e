// Node-side: QuestionRecord → QuestionDocument for training and the score CLI. HTML bodies go through
// the same mdast walker as Markdown (hast → mdast), so both formats give one canonical document.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { parseQuestion } from '../document/parse-markdown';
import { emptyDocument, mdastToDocument, titleBlock } from '../document/mdast-to-document';
import type { QuestionDocument } from '../document/question-document';

/** HTML question → document. (Used until document/parse-html.ts lands; same walker, no positions.) */
export function parseHtmlDocument(title: string, html: string): QuestionDocument {
  const src = { title, body: html, format: 'html' as const, positions: false };
  try {
    return mdastToDocument(toMdast(fromHtml(html, { fragment: true })) as Root, src);
  } catch {
    const doc = emptyDocument(src);
    const t = titleBlock(title);
    if (t) doc.prose = [t];
    return doc;
  }
}

export function documentOf(title: string, body: string, format: 'markdown' | 'html'): QuestionDocument {
  return format === 'html' ? parseHtmlDocument(title, body) : parseQuestion({ title, body });
}

/**
 * Tokens for the preprocessed 60k text (lowercased words, stopwords and punctuation removed, HTML tag
 * names left as words): code blocks (`pre code … code pre`) become one <code-block> token like in a
 * real document, leftover tag words are dropped. There is no title boundary and no stopwords.
 */
export function preprocessedTokens(text: string): string[] {
  const out: string[] = [];
  const withBlocks = text.replace(/\r\n?/g, '\n').replace(/\bpre code\b[\s\S]*?(\bcode pre\b|$)/g, ' \u0001 ');
  for (const w of withBlocks.split(/\s+/)) {
    if (!w) continue;
    if (w === '\u0001') out.push('<code-block>');
    else if (!TAG_WORDS.has(w)) out.push(w);
  }
  return out;
}

const TAG_WORDS = new Set(['pre', 'code', 'strong', 'em', 'href', 'noreferrer', 'nofollow', 'rel', 'blockquote', 'li', 'ul', 'ol', 'br', 'hr', 'img', 'src', 'alt', 'h1', 'h2', 'h3']);
