// Editor DOM → Markdown, with a map from output offsets back to DOM text nodes (to draw finding spans).
// Works over a minimal node interface so it runs in Node tests; no DOM globals are used.

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** The part of a DOM node the serialiser reads. Real DOM nodes satisfy it. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<NodeLike>;
  /** Text nodes only. */
  data?: string;
  getAttribute?(name: string): string | null;
}

/** Output [start, end) was copied verbatim from `node.data` starting at `offset`. */
export interface Segment<N = NodeLike> {
  start: number;
  end: number;
  node: N;
  offset: number;
}

export interface Serialised<N = NodeLike> {
  text: string;
  /** Sorted by `start`, non-overlapping. */
  segments: Segment<N>[];
  /** Each mapped text node's data when it was read, to re-map spans after later edits. */
  texts: Map<N, string>;
  /** Set when the editor drew only part of its document (CodeMirror leaves gaps for lines off screen). */
  partial: boolean;
}

export interface SerialiseOptions<N> {
  /** Whether a block sets `white-space: pre` (or pre-wrap) itself, unlike its parent: a code block by look. */
  preformatted?(node: N): boolean;
}

// Zero-width characters editors insert as caret anchors (CKEditor's U+2060, U+200B, U+FEFF): never the user's text.
const FILLERS = /[\u200B\u2060\uFEFF]/g;
const FILLER = /[\u200B\u2060\uFEFF]/;
const stripFillers = (text: string): string => (FILLER.test(text) ? text.replace(FILLERS, '') : text);
// Code by what rich editors render: Quill's code blocks, CodeMirror, Prism and highlight.js containers.
const CODE_CLASS =
  /(^|\s)(ql-code-block-container|cm-editor|cm-content|CodeMirror|hljs|prism-code|(language|lang)-[\w+#-]+)(\s|$)/;
const RICH_BLOCK = new Set('P H1 H2 H3 H4 H5 H6 PRE BLOCKQUOTE UL OL TABLE HR'.split(' '));

const BLOCK = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 PRE BLOCKQUOTE UL OL LI TABLE THEAD TBODY TFOOT TR HR SECTION ARTICLE HEADER FOOTER FIGURE'.split(
    ' ',
  ),
);
// Never part of the text a user wrote: controls and widgets editors put inside the editable area.
const SKIP = new Set('SCRIPT STYLE TEMPLATE BUTTON INPUT SELECT TEXTAREA SVG NOSCRIPT LABEL'.split(' '));
const INLINE_MARK: Record<string, string> = {
  STRONG: '**',
  B: '**',
  EM: '*',
  I: '*',
  DEL: '~~',
  S: '~~',
  STRIKE: '~~',
};

const attr = (node: NodeLike, name: string): string | null => (node.getAttribute ? node.getAttribute(name) : null);
const classes = (node: NodeLike): string[] => (attr(node, 'class') ?? '').split(/\s+/);

function isSkipped(node: NodeLike): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  if (SKIP.has(node.nodeName.toUpperCase())) return true;
  if (attr(node, 'contenteditable') === 'false') return true; // widgets (language pickers, image toolbars)
  if (attr(node, 'aria-hidden') === 'true') return true;
  return node.nodeName === 'BR' && classes(node).includes('ProseMirror-trailingBreak');
}

const isBlock = (node: NodeLike): boolean => node.nodeType === ELEMENT_NODE && BLOCK.has(node.nodeName.toUpperCase());

/** A trailing <br> only keeps an empty line open (Quill, CKEditor): it adds no line break of its own. */
function isPlaceholderBreak(parent: NodeLike, i: number): boolean {
  return parent.childNodes[i].nodeName === 'BR' && i === parent.childNodes.length - 1;
}

/** Code blocks by markup: <pre>, code-block classes, a [data-language] block. */
function isCodeMarkup(node: NodeLike): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  return node.nodeName === 'PRE' || CODE_CLASS.test(attr(node, 'class') ?? '') || attr(node, 'data-language') !== null;
}

class Writer<N extends NodeLike> {
  parts: string[] = [];
  pos = 0;
  segments: Segment<N>[] = [];
  prefixes: string[] = [];
  texts = new Map<N, string>();
  partial = false;

  #prefix(): string {
    return this.prefixes.join('');
  }
  raw(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.pos += text.length;
  }
  newline(blank: boolean): void {
    const prefix = this.#prefix();
    this.raw(blank ? `\n${prefix.trimEnd()}\n${prefix}` : `\n${prefix}`);
  }
  /** Copies text node content verbatim (line prefixes are added after newlines). */
  mapped(node: N, data: string): void {
    this.texts.set(node, node.data ?? '');
    let offset = 0;
    data.split('\n').forEach((line, i) => {
      if (i > 0) {
        this.newline(false);
        offset += 1;
      }
      // runs between fillers, each mapped to its own offset in the node
      for (const run of line.matchAll(/[^\u200B\u2060\uFEFF]+/g)) {
        this.segments.push({ start: this.pos, end: this.pos + run[0].length, node, offset: offset + run.index });
        this.raw(run[0]);
      }
      offset += line.length;
    });
  }
  result(): Serialised<N> {
    return { text: this.parts.join(''), segments: this.segments, texts: this.texts, partial: this.partial };
  }
}

/** A code fence longer than any backtick run inside the code. */
function fenceFor(text: string, min: number): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(min, longest + 1));
}

/** The text as lines: block children (Quill's and CodeMirror's line divs) start a new line. */
function textOf(node: NodeLike): string {
  if (node.nodeType === TEXT_NODE) return stripFillers(node.data ?? '');
  if (isSkipped(node)) return '';
  if (node.nodeName === 'BR') return '\n';
  let out = '';
  let started = false;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (isSkipped(child) || isPlaceholderBreak(node, i)) continue;
    if (isBlock(child) && started) out += '\n';
    started = true;
    out += textOf(child);
  }
  return out;
}

/** Stacks-editor's Markdown mode: the editor holds only `<pre class="markdown">` blocks of raw Markdown. */
export function isMarkdownModeEditor(root: NodeLike): boolean {
  let pres = 0;
  for (let i = 0; i < root.childNodes.length; i++) {
    const child = root.childNodes[i];
    if (child.nodeType === TEXT_NODE && !(child.data ?? '').trim()) continue;
    if (child.nodeType !== ELEMENT_NODE || child.nodeName !== 'PRE' || !classes(child).includes('markdown'))
      return false;
    pres++;
  }
  return pres > 0;
}

// CodeMirror's stand-in for lines it has not drawn.
const isGap = (node: NodeLike): boolean =>
  node.nodeType === ELEMENT_NODE && /(^|\s)cm-gap(\s|$)/.test(attr(node, 'class') ?? '');

class Serialiser<N extends NodeLike> extends Writer<N> {
  constructor(readonly opts: SerialiseOptions<N>) {
    super();
  }

  isCode(node: N): boolean {
    return isCodeMarkup(node) || (node.nodeName === 'DIV' && !!this.opts.preformatted?.(node));
  }

  /** Copies text verbatim, at most `budget` characters; returns what is left of the budget. */
  verbatim(node: N, budget = Infinity): number {
    if (budget <= 0) return 0;
    if (node.nodeType === TEXT_NODE) {
      const data = node.data ?? '';
      // the budget counts what is written, which leaves out fillers
      let cut = budget >= data.length ? data.length : 0;
      for (let seen = 0; cut < data.length && seen < budget; cut++) if (!FILLER.test(data[cut])) seen++;
      this.mapped(node, data.slice(0, cut));
      return budget - stripFillers(data.slice(0, cut)).length;
    }
    if (isSkipped(node)) return budget;
    if (node.nodeName === 'BR') {
      this.newline(false);
      return budget - 1;
    }
    let started = false;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as N;
      if (isPlaceholderBreak(node, i)) continue;
      if (isGap(child)) this.partial = true;
      if (isSkipped(child) || isGap(child)) continue;
      if (isBlock(child) && started && budget > 0) {
        this.newline(false);
        budget--;
      }
      started = true;
      budget = this.verbatim(child, budget);
    }
    return budget;
  }

  /** Children of a block container: runs of inline nodes become implicit paragraphs. */
  blocks(container: N, tight = false): void {
    let first = true;
    let inlineRun: N[] = [];
    let mixed = false; // whitespace between blocks is HTML formatting, not text; alone in a block it is text
    for (let i = 0; i < container.childNodes.length; i++) if (isBlock(container.childNodes[i])) mixed = true;
    const flushInline = (): void => {
      if (
        inlineRun.length &&
        (!mixed || inlineRun.some((n) => n.nodeType !== TEXT_NODE || stripFillers(n.data ?? '').trim()))
      ) {
        if (!first) this.newline(!tight);
        first = false;
        for (const n of inlineRun) this.#inline(n);
      }
      inlineRun = [];
    };
    for (let i = 0; i < container.childNodes.length; i++) {
      const child = container.childNodes[i] as N;
      if (isSkipped(child) || isPlaceholderBreak(container, i)) continue;
      if (!isBlock(child)) {
        inlineRun.push(child);
        continue;
      }
      flushInline();
      const mark: { parts: number; pos: number; segs: number; first: boolean } = {
        parts: this.parts.length,
        pos: this.pos,
        segs: this.segments.length,
        first,
      };
      if (!first) this.newline(!tight);
      const afterSep = this.pos;
      first = false;
      this.#block(child);
      if (this.pos === afterSep) {
        // an empty wrapper (e.g. a widget container): take back its separator
        this.parts.length = mark.parts;
        this.pos = mark.pos;
        this.segments.length = mark.segs;
        first = mark.first;
      }
    }
    flushInline();
  }

  #block(node: N): void {
    const name = node.nodeName.toUpperCase();
    const heading = /^H([1-6])$/.exec(name);
    if (heading) {
      this.raw(`${'#'.repeat(Number(heading[1]))} `);
      this.#inlineChildren(node);
    } else if (this.isCode(node)) {
      const code = textOf(node).replace(/\n$/, '');
      const fence = fenceFor(code, 3);
      this.raw(fence + (attr(node, 'data-params') ?? '').trim());
      this.newline(false);
      this.#verbatimTrimmed(node);
      this.newline(false);
      this.raw(fence);
    } else if (name === 'BLOCKQUOTE') {
      this.raw('> ');
      this.prefixes.push('> ');
      this.blocks(node);
      this.prefixes.pop();
    } else if (name === 'UL' || name === 'OL') {
      this.#list(node, name === 'OL');
    } else if (name === 'HR') {
      this.raw('---');
    } else if (name === 'TABLE') {
      this.#table(node);
    } else {
      this.blocks(node); // P, DIV, LI outside lists, sections: transparent containers
    }
  }

  /** A code block's text, stopping before the editor's trailing newline. */
  #verbatimTrimmed(node: N): void {
    const full = textOf(node);
    this.verbatim(node, full.endsWith('\n') ? full.length - 1 : Infinity);
  }

  #list(node: N, ordered: boolean): void {
    const tight = attr(node, 'data-tight') !== 'false';
    let n = Number(attr(node, 'start') ?? '1');
    if (!Number.isFinite(n)) n = 1;
    let first = true;
    for (let i = 0; i < node.childNodes.length; i++) {
      const item = node.childNodes[i] as N;
      if (item.nodeType !== ELEMENT_NODE || item.nodeName !== 'LI') continue;
      if (!first) this.newline(!tight);
      first = false;
      const marker = ordered ? `${n++}. ` : '- ';
      this.raw(marker);
      this.prefixes.push(' '.repeat(marker.length));
      this.blocks(item, tight);
      this.prefixes.pop();
    }
  }

  /** A GFM table: one line per row, a rule after the header row. */
  #table(node: N): void {
    let r = 0;
    const rows = (n: N): void => {
      for (let i = 0; i < n.childNodes.length; i++) {
        const c = n.childNodes[i] as N;
        if (c.nodeName !== 'TR') {
          if (c.nodeType === ELEMENT_NODE) rows(c);
          continue;
        }
        if (r) this.newline(false);
        let cells = 0;
        for (let j = 0; j < c.childNodes.length; j++) {
          if (!/^T[DH]$/.test(c.childNodes[j].nodeName)) continue;
          this.raw(cells++ ? ' | ' : '| ');
          this.#inlineChildren(c.childNodes[j] as N);
        }
        this.raw(' |');
        if (!r++) {
          this.newline(false);
          this.raw(`|${' --- |'.repeat(cells)}`);
        }
      }
    };
    rows(node);
  }

  #inlineChildren(node: N): void {
    for (let i = 0; i < node.childNodes.length; i++)
      if (!isPlaceholderBreak(node, i)) this.#inline(node.childNodes[i] as N);
  }

  #inline(node: N): void {
    if (node.nodeType === TEXT_NODE) {
      this.mapped(node, node.data ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || isSkipped(node)) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      this.newline(false);
      return;
    }
    if (name === 'CODE') {
      const text = textOf(node);
      const fence = fenceFor(text, 1);
      const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
      this.raw(fence + pad);
      this.verbatim(node);
      this.raw(pad + fence);
      return;
    }
    if (name === 'A') {
      this.raw('[');
      this.#inlineChildren(node);
      this.raw(`](${attr(node, 'href') ?? ''})`);
      return;
    }
    if (name === 'IMG') {
      this.raw(`![${attr(node, 'alt') ?? ''}](${attr(node, 'src') ?? ''})`);
      return;
    }
    const mark = INLINE_MARK[name];
    if (mark && textOf(node).trim()) {
      this.raw(mark);
      this.#inlineChildren(node);
      this.raw(mark);
      return;
    }
    if (isBlock(node)) {
      // block inside inline context (rare, malformed)
      this.#block(node);
      return;
    }
    this.#inlineChildren(node);
  }
}

/**
 * A source editor (CodeMirror and the like): the editing root is itself code by markup, or sets `white-space:
 * pre` and holds only line divs, no rich blocks. Its text is read as lines, verbatim.
 */
function isSourceEditor<N extends NodeLike>(root: N, opts: SerialiseOptions<N>): boolean {
  if (CODE_CLASS.test(attr(root, 'class') ?? '')) return true;
  if (!opts.preformatted?.(root)) return false;
  for (let i = 0; i < root.childNodes.length; i++) {
    const child = root.childNodes[i];
    if (RICH_BLOCK.has(child.nodeName) || isCodeMarkup(child)) return false; // a rich editor holding only code
  }
  return true;
}

/** Serialises an editor root: raw Markdown verbatim in Markdown and source editors, rich DOM converted otherwise. */
export function serialiseEditor<N extends NodeLike>(root: N, opts: SerialiseOptions<N> = {}): Serialised<N> {
  const s = new Serialiser<N>(opts);
  if (isSourceEditor(root, opts)) {
    s.verbatim(root);
  } else if (isMarkdownModeEditor(root)) {
    let first = true;
    for (let i = 0; i < root.childNodes.length; i++) {
      const pre = root.childNodes[i] as N;
      if (pre.nodeType !== ELEMENT_NODE) continue;
      if (!first) s.raw('\n\n'); // stacks-editor joins its code blocks with a blank line
      first = false;
      s.verbatim(pre);
    }
  } else {
    s.blocks(root);
  }
  return s.result();
}

export interface NodePiece<N> {
  node: N;
  startOffset: number;
  endOffset: number;
}

/** The DOM text pieces covering output [start, end); syntax the serialiser added maps to nothing. */
export function mapSpan<N>(segments: readonly Segment<N>[], start: number, end: number): NodePiece<N>[] {
  const out: NodePiece<N>[] = [];
  if (end <= start) return out;
  // first segment whose end is after `start`
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length && segments[i].start < end; i++) {
    const seg = segments[i];
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    if (to > from)
      out.push({
        node: seg.node,
        startOffset: seg.offset + (from - seg.start),
        endOffset: seg.offset + (to - seg.start),
      });
  }
  return out;
}
