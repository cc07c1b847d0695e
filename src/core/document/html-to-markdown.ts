// Node only: rendered HTML (the training dumps) → the Markdown a person would have typed, through the
// same HTML → mdast conversion the trainer uses. Lets text edits (suggestions) be evaluated on real data.
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { parseHtmlTree } from './parse-html';

export function htmlToMarkdown(html: string): string {
  return toMarkdown(parseHtmlTree(html), { extensions: [gfmToMarkdown()], fences: true, bullet: '-' });
}
