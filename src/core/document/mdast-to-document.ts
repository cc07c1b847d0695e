// The one mdast → QuestionDocument conversion shared by the Markdown parser (with source positions)
// and the HTML parser (without). Keeping a single walker is what makes both formats give the same
// document for the same question.
import type { Definition, Html, Nodes, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { FieldName } from '../../shared/finding';
import type { ProseBlock, ProseKind, QuestionDocument, SourcePiece } from './question-document';

export interface MdastSource {
  title: string;
  body: string;
  format: 'markdown' | 'html';
  /** True when mdast positions are offsets into `body` (Markdown); false for HTML. */
  positions: boolean;
  /** Count bare URLs in text as links, as Stack Overflow's renderer linkifies them (Markdown only). */
  autolink?: boolean;
}

const NO_SOURCE = -1;

function isWs(c: number): boolean {
  // Same set as /\s/ (all BMP), checked without a regex per character.
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Collects the raw characters of one prose block with the source offset of each (or -1). */
class ProseBuilder {
  private chars: string[] = [];
  private offs: number[] = [];
  constructor(
    readonly kind: ProseKind,
    readonly field: FieldName,
  ) {}

  push(ch: string, off: number): void {
    this.chars.push(ch);
    this.offs.push(off);
  }

  pushUnmapped(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s[i], NO_SOURCE);
  }

  /** Normalises white space (runs → one space, trimmed) and groups consecutive offsets into pieces. */
  finish(): ProseBlock | null {
    let text = '';
    const outOffs: number[] = [];
    let pendingSpace = NO_SOURCE - 1; // < -1 means no pending space
    for (let i = 0; i < this.chars.length; i++) {
      const ch = this.chars[i];
      if (isWs(ch.charCodeAt(0))) {
        if (pendingSpace < NO_SOURCE) pendingSpace = this.offs[i];
        continue;
      }
      if (pendingSpace >= NO_SOURCE) {
        if (text.length > 0) {
          text += ' ';
          outOffs.push(pendingSpace);
        }
        pendingSpace = NO_SOURCE - 1;
      }
      text += ch;
      outOffs.push(this.offs[i]);
    }
    if (text.length === 0) return null;
    const pieces: SourcePiece[] = [];
    let cur: SourcePiece | null = null;
    for (let i = 0; i < outOffs.length; i++) {
      const off = outOffs[i];
      if (off === NO_SOURCE) {
        cur = null;
        continue;
      }
      if (cur && cur.start + cur.length === off) {
        cur.length++;
      } else {
        cur = { field: this.field, offset: i, start: off, length: 1 };
        pieces.push(cur);
      }
    }
    return { kind: this.kind, text, pieces };
  }
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Walks a node's value against its source slice. mdast values drop what Markdown strips (escapes,
 * container prefixes like `> `, indentation) and decode character references, so a value is
 * mostly a subsequence of its source: match greedily, skip markup, leave decoded chars unmapped.
 */
class Aligner {
  private j = 0;
  constructor(
    private readonly src: string,
    private readonly base: number,
  ) {}

  feed(value: string, out: ProseBuilder | null): void {
    const src = this.src;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const j = this.j;
      if (src.charCodeAt(j) === 38 /* & */) {
        ENTITY.lastIndex = j;
        if (ENTITY.test(src)) {
          const len = ENTITY.lastIndex - j;
          if (value.substr(i, len) !== src.substr(j, len)) {
            // A decoded reference: one value char (two for astral) with no verbatim source.
            out?.push(value[i], NO_SOURCE);
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) out?.push(value[++i], NO_SOURCE);
            this.j = ENTITY.lastIndex;
            continue;
          }
        }
      }
      if (src.charCodeAt(j) === c) {
        out?.push(value[i], this.base + j);
        this.j = j + 1;
        continue;
      }
      // Skip markup the value does not contain (prefixes, indentation, escapes), bounded.
      let k = j;
      const limit = Math.min(src.length, j + 64);
      while (k < limit && src.charCodeAt(k) !== c) {
        const s = src.charCodeAt(k);
        if (!((isWs(s) || s === 62 /* > */ || s === 92) /* \ */)) break;
        k++;
      }
      if (k < limit && src.charCodeAt(k) === c) {
        out?.push(value[i], this.base + k);
        this.j = k + 1;
      } else {
        out?.push(value[i], NO_SOURCE);
      }
    }
  }
}

/** The walk's state: the document's parts it fills, plus what it needs on the way. */
interface Walk
  extends Pick<
    QuestionDocument,
    'prose' | 'codeBlocks' | 'inlineCode' | 'links' | 'images' | 'quotes' | 'lists' | 'codeRanges'
  > {
  src: MdastSource;
  definitions: Map<string, string>;
  inLink: number;
}

function span(w: Walk, node: Nodes): [number, number] | null {
  if (!w.src.positions) return null;
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return typeof s === 'number' && typeof e === 'number' && e >= s ? [s, e] : null;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function normaliseId(id: string): string {
  return id.toLowerCase().replace(/\s+/g, ' ').trim();
}

function pushText(w: Walk, b: ProseBuilder, node: Nodes, value: string): void {
  const r = span(w, node);
  if (!r) {
    b.pushUnmapped(value);
    return;
  }
  new Aligner(w.src.body.slice(r[0], r[1]), r[0]).feed(value, b);
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<[^>]*>?/g;

/** Raw HTML typed inside Markdown: tags are dropped, the text between them kept with positions. */
function pushHtmlText(w: Walk, b: ProseBuilder, node: Html): void {
  const r = span(w, node);
  const aligner = r ? new Aligner(w.src.body.slice(r[0], r[1]), r[0]) : null;
  const v = node.value;
  let last = 0;
  for (const m of v.matchAll(TAG)) {
    const text = v.slice(last, m.index);
    if (aligner) aligner.feed(text, b);
    else b.pushUnmapped(text);
    aligner?.feed(m[0], null);
    noteHtmlTag(w, b, m[0]);
    last = m.index + m[0].length;
  }
  const rest = v.slice(last);
  if (aligner) aligner.feed(rest, b);
  else b.pushUnmapped(rest);
}

/** Counts what an HTML tag in Markdown stands for, the way the HTML side would see it. */
function noteHtmlTag(w: Walk, b: ProseBuilder, tag: string): void {
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
  if (!name) return;
  if (name === 'img') {
    w.images++;
    b.push(' ', NO_SOURCE);
  } else if (name === 'br' || name === 'hr') {
    b.push(' ', NO_SOURCE);
  } else if (name === 'a' && !tag.startsWith('</')) {
    const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (href) w.links.push({ href: href[1] ?? href[2] ?? href[3] ?? '', text: '' });
  }
}

const CODE_OPEN = /^<code(?:\s[^>]*)?>$/i;
const CODE_CLOSE = /^<\/code\s*>$/i;

/**
 * Phrasing children in order. Raw `<code>…</code>` typed in Markdown is inline code, as Stack Overflow
 * renders it (and as the HTML parser reads it): one inline-code piece from the opening to the closing tag.
 */
function inlineChildren(w: Walk, b: ProseBuilder, children: readonly Nodes[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'html' && CODE_OPEN.test(node.value.trim())) {
      const close = children.findIndex((c, k) => k > i && c.type === 'html' && CODE_CLOSE.test(c.value.trim()));
      if (close > i) {
        const open = span(w, node);
        const end = span(w, children[close]);
        const code = children
          .slice(i + 1, close)
          .map(plainText)
          .join('');
        w.inlineCode.push({ code, start: open ? open[0] : null, end: end ? end[1] : null });
        if (open && end) w.codeRanges.push([open[0], end[1]]);
        b.push(' ', NO_SOURCE);
        i = close;
        continue;
      }
    }
    inline(w, b, node);
  }
}

function inline(w: Walk, b: ProseBuilder, node: PhrasingContent | Nodes): void {
  switch (node.type) {
    case 'text':
      pushText(w, b, node, node.value);
      if (w.src.autolink && w.inLink === 0) autolinks(w, node);
      return;
    case 'inlineCode': {
      const r = span(w, node);
      w.inlineCode.push({ code: node.value, start: r ? r[0] : null, end: r ? r[1] : null });
      if (r) w.codeRanges.push(r);
      b.push(' ', NO_SOURCE);
      return;
    }
    case 'image':
    case 'imageReference':
      w.images++;
      b.push(' ', NO_SOURCE);
      return;
    case 'break':
      b.push(' ', NO_SOURCE);
      return;
    case 'html':
      pushHtmlText(w, b, node);
      return;
    case 'link':
    case 'linkReference': {
      const href = node.type === 'link' ? node.url : (w.definitions.get(normaliseId(node.identifier)) ?? '');
      w.links.push({ href, text: plainText(node).trim() });
      w.inLink++;
      inlineChildren(w, b, node.children);
      w.inLink--;
      return;
    }
    case 'footnoteReference':
      return;
    default:
      if (!('children' in node) && 'value' in node && typeof node.value === 'string') {
        pushText(w, b, node, node.value);
        return;
      }
  }
  if ('children' in node) inlineChildren(w, b, node.children as Nodes[]);
}

// Bare URLs with a scheme, trailing punctuation excluded (as linkify renderers do).
const BARE_URL = /\b(?:https?|ftp):\/\/[^\s<>"]*[^\s<>"?!.,:;*_~'()[\]]/gi;

function autolinks(w: Walk, node: Text): void {
  if (node.value.indexOf('://') < 0) return;
  const r = span(w, node);
  // Only URLs typed verbatim: an escaped `https\://` is not linkified by renderers.
  const source = r ? w.src.body.slice(r[0], r[1]) : node.value;
  for (const m of node.value.matchAll(BARE_URL)) if (source.includes(m[0])) w.links.push({ href: m[0], text: m[0] });
}

function emit(w: Walk, b: ProseBuilder): void {
  const block = b.finish();
  if (block) w.prose.push(block);
}

function phrasingBlock(w: Walk, node: Parents, kind: ProseKind): void {
  const b = new ProseBuilder(kind, 'body');
  inlineChildren(w, b, node.children as Nodes[]);
  emit(w, b);
}

function htmlBlock(w: Walk, node: Html, kind: ProseKind): void {
  const v = node.value;
  if (/^\s*<!--/.test(v) && /-->\s*$/.test(v)) return;
  if (/^\s*<pre[\s>]/i.test(v)) {
    const r = span(w, node);
    const code = v.replace(TAG, '');
    w.codeBlocks.push({ code, lang: null, start: r ? r[0] : null, end: r ? r[1] : null });
    if (r) w.codeRanges.push(r);
    return;
  }
  const b = new ProseBuilder(kind, 'body');
  pushHtmlText(w, b, node);
  emit(w, b);
}

function block(w: Walk, node: RootContent | Root, kind: ProseKind): void {
  switch (node.type) {
    case 'paragraph':
      phrasingBlock(w, node, kind);
      return;
    case 'heading':
      phrasingBlock(w, node, 'heading');
      return;
    case 'tableCell':
      phrasingBlock(w, node, 'table-cell');
      return;
    case 'code': {
      const r = span(w, node);
      w.codeBlocks.push({ code: node.value, lang: node.lang ?? null, start: r ? r[0] : null, end: r ? r[1] : null });
      if (r) w.codeRanges.push(r);
      return;
    }
    case 'html':
      htmlBlock(w, node, kind);
      return;
    case 'blockquote':
      w.quotes++;
      for (const child of node.children) block(w, child, 'quote');
      return;
    case 'list':
      w.lists++;
      for (const child of node.children) block(w, child, 'list-item');
      return;
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return;
    default:
      if ('children' in node) {
        for (const child of node.children as Nodes[]) {
          // Phrasing directly under a block container (rare, from HTML) becomes its own block.
          if (isPhrasing(child)) {
            const b = new ProseBuilder(kind, 'body');
            inline(w, b, child);
            emit(w, b);
          } else block(w, child as RootContent, kind);
        }
      }
  }
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
]);
function isPhrasing(node: Nodes): boolean {
  return PHRASING.has(node.type);
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    const id = normaliseId((node as Definition).identifier);
    if (!into.has(id)) into.set(id, (node as Definition).url);
  }
  if ('children' in node) for (const c of node.children as Nodes[]) collectDefinitions(c, into);
}

/** The title is plain text: every character maps to itself (plus `base`). */
export function titleBlock(title: string, base = 0): ProseBlock | null {
  const b = new ProseBuilder('title', 'title');
  for (let i = 0; i < title.length; i++) b.push(title[i], base + i);
  return b.finish();
}

export function emptyDocument(src: MdastSource): QuestionDocument {
  const t = titleBlock(src.title);
  return {
    title: src.title,
    body: src.body,
    format: src.format,
    prose: t ? [t] : [],
    codeBlocks: [],
    inlineCode: [],
    links: [],
    images: 0,
    quotes: 0,
    lists: 0,
    codeRanges: [],
  };
}

/** Builds the document from an mdast tree of the body. */
export function mdastToDocument(root: Root, src: MdastSource): QuestionDocument {
  const doc = emptyDocument(src);
  const w: Walk = {
    src,
    prose: doc.prose,
    codeBlocks: [],
    inlineCode: [],
    links: [],
    images: 0,
    quotes: 0,
    lists: 0,
    codeRanges: [],
    definitions: new Map(),
    inLink: 0,
  };
  collectDefinitions(root, w.definitions);
  block(w, root, 'paragraph');
  w.codeRanges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    ...doc,
    codeBlocks: w.codeBlocks,
    inlineCode: w.inlineCode,
    links: w.links,
    images: w.images,
    quotes: w.quotes,
    lists: w.lists,
    codeRanges: w.codeRanges,
  };
}
