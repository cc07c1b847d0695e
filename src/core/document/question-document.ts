// The one canonical representation of a question. Markdown typed by a user and HTML from the
// training dumps both become this; every feature, token and check reads only this.
import type { FieldName } from '../../shared/finding';

/**
 * A run of source text copied verbatim: `text[i]` is `source[start + i]` of `field` (a normalised space may stand for
 * any white space char).
 */
export interface SourcePiece {
  field: FieldName;
  /** Offset of the piece in `text` of its block. */
  offset: number;
  /** Offset in the field's original text (UTF-16). */
  start: number;
  length: number;
}

export type ProseKind = 'title' | 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell';

/** Prose a person wrote: no code, no markup. Inline code is replaced by a single space. */
export interface ProseBlock {
  kind: ProseKind;
  /** Whitespace-normalised text (runs of white space become one space, trimmed). */
  text: string;
  /** Maps `text` back to the source; empty when the source has no positions (HTML). */
  pieces: SourcePiece[];
}

export interface CodeBlock {
  code: string;
  lang: string | null;
  /** Span of the whole block (fences included) in the body, when known. */
  start: number | null;
  end: number | null;
}

export interface InlineCode {
  code: string;
  start: number | null;
  end: number | null;
}

export interface LinkRef {
  href: string;
  text: string;
}

export interface QuestionDocument {
  /** Original title, untouched. */
  title: string;
  /** Original body source, untouched (Markdown or HTML). */
  body: string;
  format: 'markdown' | 'html';
  /** Title first (kind `title`, when non-empty), then the body's prose blocks in order. */
  prose: ProseBlock[];
  codeBlocks: CodeBlock[];
  inlineCode: InlineCode[];
  links: LinkRef[];
  images: number;
  quotes: number;
  lists: number;
  /** Body ranges that are code (blocks and inline): nothing in them is ever flagged. */
  codeRanges: Array<[number, number]>;
}
