// Markdown (what a person types into the Stack Overflow textarea) → QuestionDocument, with every
// prose character mapped back to its offset in the original title/body.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Root } from 'mdast';
import { registerCache, WeakCache } from '../cache-registry';
import { Lru } from '../util/lru';
import { chunkStartsAfter, type Chunked } from './body-chunks';
import { emptyDocument, mdastToDocument, titleBlock, type MdastSource } from './mdast-to-document';
import type { ProseBlock, QuestionDocument } from './question-document';

export interface QuestionFields {
  title: string;
  body: string;
}

// Only the GFM parts Stack Overflow renders (tables, strikethrough): task lists and footnotes stay
// literal text there. Bare-URL autolinks are found by the walker with a regex, because the GFM
// autolink-literal extension doubles parse time. Built once, reused for every parse.
const micromarkExtensions = [gfmTable(), gfmStrikethrough()];
const mdastExtensions = [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()];

/** Stack Overflow caps bodies at 30,000 characters; beyond this only the head is parsed as Markdown. */
export const MAX_MARKDOWN_CHARS = 32_000;
// micromark is quadratic in container nesting; no real question nests 32 quotes/lists on a line.
const DEEP_NESTING = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))){32}/m;

export function parseMarkdownTree(body: string): Root {
  return fromMarkdown(body, { extensions: micromarkExtensions, mdastExtensions });
}

/** Never throws: on any internal failure the body degrades to one plain-text paragraph. */
export function parseQuestion(input: QuestionFields): QuestionDocument {
  const title = typeof input?.title === 'string' ? input.title : '';
  const body = typeof input?.body === 'string' ? input.body : '';
  const src = { title, body, format: 'markdown' as const, positions: true };
  try {
    // Past the cap only the head (to a paragraph break) is Markdown; the rest is plain paragraphs.
    const para = body.length > MAX_MARKDOWN_CHARS ? body.lastIndexOf('\n\n', MAX_MARKDOWN_CHARS) : -1;
    const cut = body.length <= MAX_MARKDOWN_CHARS ? body.length : para > 0 ? para : MAX_MARKDOWN_CHARS;
    const head = cut < body.length ? body.slice(0, cut) : body;
    // A keystroke changes the body after the caret only: the chunks before it, their boundaries and their
    // parsed documents are the previous parse's (the text and its verified edits alternate: two are kept).
    const { starts, resumed, from, kept } = chunkStartsAfter(head, recentParses);
    // The earlier head had no deep line (it was chunked), and its lines before `resumed` are unchanged.
    if (DEEP_NESTING.test(resumed ? body.slice(resumed) : body)) return plainDocument(src, 0);
    const doc = emptyDocument(src);
    const parts: QuestionDocument[] = [];
    for (let i = 0; i < starts.length; i++) {
      // A chunk followed by another ends outside any fence, so its trailing blank lines hold nothing: without
      // them, a paragraph parses from the same cache entry whether or not a block follows it (a verified
      // suggestion appends one).
      parts.push(i < kept ? from!.parts[i] : parseChunk(chunkText(head, starts, i)));
      appendShifted(doc, parts[i], starts[i]);
    }
    if (cut < body.length) doc.prose.push(...plainParagraphs(body, cut));
    recentParses.unshift({ body: head, starts, parts });
    recentParses.length = Math.min(recentParses.length, 2);
    return doc;
  } catch {
    return plainDocument(src, 0);
  }
}

/** Chunk i of `text`, without its trailing blank lines when another chunk follows. */
function chunkText(text: string, starts: readonly number[], i: number): string {
  const chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
  return i + 1 < starts.length ? withoutTrailingBlankLines(chunk) : chunk;
}

/** The last two chunked parses: their Markdown heads, chunk starts and chunk documents. */
const recentParses: (Chunked & { parts: QuestionDocument[] })[] = [];
registerCache('document/parse-markdown: recent parses', {
  get size() {
    return recentParses.length;
  },
  clear() {
    recentParses.length = 0;
  },
});

/**
 * `text` without its trailing line breaks (what /(?:\r?\n)+$/ removes), when the lines they end are empty.
 * A whitespace-only line can belong to an indented code block before it ("    code\n    \n" keeps its
 * "\n"), so then the text is kept whole.
 */
function withoutTrailingBlankLines(text: string): string {
  let end = text.length;
  for (let i = text.length; ; ) {
    if (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) return text;
    if (i === 0 || text.charCodeAt(i - 1) !== 10) break;
    i--;
    if (i > 0 && text.charCodeAt(i - 1) === 13) i--;
    end = i;
  }
  return end === text.length ? text : text.slice(0, end);
}

// Parsed chunks by text (offsets relative to the chunk): re-analysis after a keystroke parses one chunk.
const chunkCache = registerCache('document/parse-markdown: parsed chunks', new Lru<string, QuestionDocument>(512));

function parseChunk(text: string): QuestionDocument {
  const cached = chunkCache.get(text);
  if (cached) return cached;
  const defused = defuseEmphasis(text);
  const tree = plainParagraphTree(defused) ?? parseMarkdownTree(defused);
  const doc = mdastToDocument(tree, { title: '', body: defused, format: 'markdown', positions: true, autolink: true });
  if (defused !== text) restoreEmphasis(doc);
  chunkCache.set(text, doc);
  return doc;
}

// One line of prose with nothing Markdown could read as markup: it starts with a letter, ends with a
// non-space, and holds letters, digits, single-purpose punctuation and spaces (no emphasis, code, link,
// HTML, entity, escape, table or autolink characters; '://' and 'www.' are checked apart).
const PLAIN_LINE = /^\p{L}[\p{L}\p{N} .,;:?!'"()%+=#/-]*$/u;

/**
 * The tree micromark builds for such a line (a paragraph of one text node), without running it: a keystroke
 * in prose re-parses its paragraph, and most paragraphs are one plain line. Null for anything else.
 * Tests check that it equals micromark's tree on generated and real paragraphs.
 */
export function plainParagraphTree(text: string): Root | null {
  if (
    text.length === 0 ||
    text.length > 4000 ||
    text.endsWith(' ') ||
    !PLAIN_LINE.test(text) ||
    text.includes('://') ||
    /www\./i.test(text)
  )
    return null;
  const position = () => ({
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: text.length + 1, offset: text.length },
  });
  return {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: text, position: position() }], position: position() },
    ],
    position: position(),
  };
}

/** Appends a chunk's document to `doc`, moving its offsets by `base` (the cached chunk is not touched). */
function appendShifted(doc: QuestionDocument, part: QuestionDocument, base: number): void {
  const moved = shiftedPart(part, base);
  for (const b of moved.prose) doc.prose.push(b);
  for (const c of moved.codeBlocks) doc.codeBlocks.push(c);
  for (const c of moved.inlineCode) doc.inlineCode.push(c);
  for (const l of moved.links) doc.links.push(l);
  for (const r of moved.codeRanges) doc.codeRanges.push(r);
  doc.images += part.images;
  doc.quotes += part.quotes;
  doc.lists += part.lists;
}

type Moved = Pick<QuestionDocument, 'prose' | 'codeBlocks' | 'inlineCode' | 'links' | 'codeRanges'>;

// The last shifted copy of each cached chunk: typing moves only the chunks after the caret, so the others
// keep their offsets and their block objects from one keystroke to the next (nothing mutates a parsed
// document's blocks once it is returned).
const shifted = registerCache(
  'document/parse-markdown: shifted chunks',
  new WeakCache<QuestionDocument, { base: number; moved: Moved }>(),
);

function shiftedPart(part: QuestionDocument, base: number): Moved {
  const hit = shifted.get(part);
  if (hit?.base === base) return hit.moved;
  const at = (n: number | null) => (n === null ? null : n + base);
  const moved: Moved = {
    prose: part.prose.map((b) => ({ ...b, pieces: b.pieces.map((p) => ({ ...p, start: p.start + base })) })),
    codeBlocks: part.codeBlocks.map((c) => ({ ...c, start: at(c.start), end: at(c.end) })),
    inlineCode: part.inlineCode.map((c) => ({ ...c, start: at(c.start), end: at(c.end) })),
    links: part.links.map((l) => ({ ...l })),
    codeRanges: part.codeRanges.map(([s, e]) => [s + base, e + base] as [number, number]),
  };
  shifted.set(part, { base, moved });
  return moved;
}

/** The whole body parsed at once, without chunks or caches: the reference the chunked parse must equal. */
export function parseQuestionWhole(input: QuestionFields): QuestionDocument {
  const src = { title: input.title, body: input.body, format: 'markdown' as const, positions: true, autolink: true };
  const head = defuseEmphasis(input.body);
  const doc = mdastToDocument(parseMarkdownTree(head), { ...src, body: head });
  if (head !== input.body) restoreEmphasis(doc);
  doc.body = input.body;
  return doc;
}

// micromark's emphasis resolution is quadratic in unmatched delimiters (`*a_*a_…` takes seconds).
// In a blank-line chunk with more delimiters than any real prose has, they are swapped for
// same-length private-use stand-ins (so offsets hold) and swapped back after the walk.
const MAX_DELIMITERS_PER_CHUNK = 128;
const STAR = '\ue000';
const UNDERSCORE = '\ue001';

function defuseEmphasis(body: string): string {
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 42 || c === 95) count++;
  }
  if (count <= MAX_DELIMITERS_PER_CHUNK) return body;
  return body.replace(/[\s\S]+?(?:\n[ \t]*\r?\n|$)/g, (chunk) => {
    let n = 0;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === '*' || chunk[i] === '_') n++;
    return n > MAX_DELIMITERS_PER_CHUNK ? chunk.replace(/\*/g, STAR).replace(/_/g, UNDERSCORE) : chunk;
  });
}

const restore = (s: string) => s.replace(/\ue000/g, '*').replace(/\ue001/g, '_');

function restoreEmphasis(doc: QuestionDocument): void {
  for (const b of doc.prose) b.text = restore(b.text);
  for (const c of doc.codeBlocks) c.code = restore(c.code);
  for (const c of doc.inlineCode) c.code = restore(c.code);
  for (const l of doc.links) {
    l.href = restore(l.href);
    l.text = restore(l.text);
  }
}

function plainDocument(src: MdastSource, from: number): QuestionDocument {
  const doc = emptyDocument(src);
  doc.prose.push(...plainParagraphs(src.body, from));
  return doc;
}

/** Fallback: blank-line separated paragraphs of `body` from `from`, each char mapped to itself. */
function plainParagraphs(body: string, from: number): ProseBlock[] {
  const out: ProseBlock[] = [];
  const re = /\n[ \t]*\r?\n/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(body);
    const end = m ? m.index : body.length;
    const b = titleBlock(body.slice(start, end), start);
    if (b) out.push({ kind: 'paragraph', text: b.text, pieces: b.pieces.map((p) => ({ ...p, field: 'body' })) });
    if (!m) return out;
    start = re.lastIndex;
  }
}
