// Rendered HTML (training data, Stack Exchange dumps) → QuestionDocument through the same mdast walker
// as Markdown, so a question typed in the editor and the same question rendered by Stack Overflow
// look alike to every feature. Node-only (parse5): never import this from the worker bundle.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { emptyDocument, mdastToDocument } from './mdast-to-document';
import type { QuestionDocument } from './question-document';

/** Dump quirk: some exports keep newlines as a literal `&#xA;`/`&#10;` even after one decoding pass. */
function normaliseDumpHtml(html: string): string {
  return html.replace(/&amp;#(?:x[aA]|10);/g, '\n').replace(/&amp;#(?:x[dD]|13);/g, '');
}

export function parseHtmlTree(html: string): Root {
  const hast = fromHtml(normaliseDumpHtml(html), { fragment: true });
  // <kbd> is a key name the asker wrote (prose), not code; typed Markdown keeps it as text too.
  return toMdast(hast, { handlers: { kbd: (state, node) => state.all(node) } }) as Root;
}

/** Never throws: unparseable input gives a document with only the title. */
export function parseHtmlQuestion(title: string, html: string): QuestionDocument {
  const t = typeof title === 'string' ? title : '';
  const body = typeof html === 'string' ? html : '';
  const src = { title: t, body, format: 'html' as const, positions: false };
  try {
    return mdastToDocument(parseHtmlTree(body), src);
  } catch {
    return emptyDocument(src);
  }
}
