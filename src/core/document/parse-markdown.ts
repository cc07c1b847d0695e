// Markdown (what a person types into the Stack Overflow textarea) → QuestionDocument, with every
// prose character mapped back to its offset in the original title/body.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import { emptyDocument, mdastToDocument, titleBlock } from './mdast-to-document';
import type { ProseBlock, QuestionDocument } from './question-document';

export interface QuestionFields {
  title: string;
  body: string;
}

// Built once: the extension objects are reused for every parse.
const micromarkExtensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

export function parseMarkdownTree(body: string): Root {
  return fromMarkdown(body, { extensions: micromarkExtensions, mdastExtensions });
}

/** Never throws: on any internal failure the body degrades to one plain-text paragraph. */
export function parseQuestion(input: QuestionFields): QuestionDocument {
  const title = typeof input?.title === 'string' ? input.title : '';
  const body = typeof input?.body === 'string' ? input.body : '';
  const src = { title, body, format: 'markdown' as const, positions: true };
  try {
    return mdastToDocument(parseMarkdownTree(body), src);
  } catch {
    const doc = emptyDocument(src);
    const plain = titleBlock(body);
    if (plain) doc.prose.push(asBody(plain));
    return doc;
  }
}

function asBody(b: ProseBlock): ProseBlock {
  return { kind: 'paragraph', text: b.text, pieces: b.pieces.map((p) => ({ ...p, field: 'body' })) };
}
