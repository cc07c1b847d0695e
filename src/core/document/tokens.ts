// Word tokens from a QuestionDocument: the vocabulary the model and explainer see. `words` is THE word
// tokenizer of prose (checks and features read it through nlp/text-stats.ts, which owns sentence splitting).
// Only prose is tokenised (code never is); structure appears as special tokens, one per occurrence.
import type { FieldName, Span } from '../../shared/finding';
import { registerCache } from '../cache-registry';
import { Lru, RecentObjects } from '../util/lru';
import type { ProseBlock, QuestionDocument } from './question-document';
import { sourceRange } from './source-range';

export const SPECIAL_TOKENS = {
  num: '<num>',
  url: '<url>',
  codeBlock: '<code-block>',
  inlineCode: '<inline-code>',
  link: '<link>',
  image: '<image>',
  quote: '<quote>',
  list: '<list>',
} as const;

export interface Token {
  /** Lowercased NFKC word, or a special token such as `<num>` / `<code-block>`. */
  text: string;
  field: FieldName;
  /** Index of the prose block in `doc.prose`, or -1 for structural tokens. */
  block: number;
  /** Range in the block's normalised text (-1 for structural tokens). */
  from: number;
  to: number;
  /** UTF-16 span in the original field when known (Markdown prose, Markdown code), else null. */
  start: number | null;
  end: number | null;
}

export interface TextRange {
  text: string;
  from: number;
  to: number;
}

// A URL (one `<url>` token: its parts are noise, and renderers show them differently), a number (not glued to letters),
// or a word: letters/digits/marks/underscore, joined by inner
// `'` or `.` (don't, node.js, asp.net), with an optional `++`/`#` suffix (c++, c#) and an optional
// leading `.` after white space (.net).
const WORD =
  /(?:https?|ftp):\/\/[^\s<>"]*[^\s<>"?!.,:;*_~'()[\]]|(?<![\p{L}\p{N}\p{M}_])\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}_]|[.,]?\p{N})|(?:(?<=^|[\s([{"'])\.(?=\p{L}))?[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:['’.][\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*)*(?:\+\+|#(?![\p{L}\p{N}_]))?/gu;
const URL_START = /^(?:https?|ftp):\/\//;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/** Word tokens of one piece of normalised text, with their ranges in it. */
export function words(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const norm = URL_START.test(raw)
      ? SPECIAL_TOKENS.url
      : NUMBER.test(raw)
        ? SPECIAL_TOKENS.num
        : raw.normalize('NFKC').toLowerCase().replace(/’/g, "'");
    out.push({ text: norm, from: m.index, to: m.index + raw.length });
  }
  return out;
}

// Per block text: a keystroke changes one block, and verification re-scores texts that share most blocks.
const blockWordsCache = registerCache('document/tokens: block words', new Lru<string, readonly TextRange[]>(4096));

/** `words(text)`, cached by text (the result is shared: do not mutate it). */
export function blockWords(text: string): readonly TextRange[] {
  let out = blockWordsCache.get(text);
  if (!out) {
    out = words(text);
    blockWordsCache.set(text, out);
  }
  return out;
}

function blockField(block: ProseBlock): FieldName {
  return block.pieces[0]?.field ?? (block.kind === 'title' ? 'title' : 'body');
}

/**
 * Tokens of a document: prose words block by block (title first), then structural tokens in a fixed
 * order (code blocks, inline code, links, images, quotes, lists), one per occurrence.
 */
// A document is immutable once parsed; the model's encoder and the explainer both tokenise it.
const tokenCache = registerCache(
  'document/tokens: document tokens',
  new RecentObjects<QuestionDocument, readonly Token[]>(),
);

export function tokenize(doc: QuestionDocument): readonly Token[] {
  const cached = tokenCache.get(doc);
  if (cached) return cached;
  const out: Token[] = [];
  doc.prose.forEach((block, index) => {
    const field = blockField(block);
    for (const w of blockWords(block.text)) {
      const span = sourceRange(block, w.from, w.to);
      out.push({
        text: w.text,
        field,
        block: index,
        from: w.from,
        to: w.to,
        start: span?.start ?? null,
        end: span?.end ?? null,
      });
    }
  });
  const special = (text: string, start: number | null = null, end: number | null = null) =>
    out.push({ text, field: 'body', block: -1, from: -1, to: -1, start, end });
  for (const c of doc.codeBlocks) special(SPECIAL_TOKENS.codeBlock, c.start, c.end);
  for (const c of doc.inlineCode) special(SPECIAL_TOKENS.inlineCode, c.start, c.end);
  pushStructural(doc, (text) => special(text));
  tokenCache.set(doc, out);
  return out;
}

/**
 * Where each token of `tokenize(doc)` sits, as parallel arrays (same order): its prose block (-1 for
 * structural tokens) and range in the block's text. Source spans are computed on demand: an explanation
 * points at a few dozen of a long question's thousands of tokens, and building them all is most of the
 * cost of tokenising.
 */
export interface TokenPlaces {
  readonly length: number;
  readonly block: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Token `i`'s UTF-16 span in its field, or null when it has none (see Token.start). */
  span(i: number): Span | null;
}

const placesCache = registerCache('document/tokens: token places', new RecentObjects<QuestionDocument, TokenPlaces>());

export function tokenPlaces(doc: QuestionDocument): TokenPlaces {
  const cached = placesCache.get(doc);
  if (cached) return cached;
  const perBlock = doc.prose.map((block) => blockWords(block.text));
  let prose = 0;
  for (const ws of perBlock) prose += ws.length;
  const length =
    prose + doc.codeBlocks.length + doc.inlineCode.length + doc.links.length + doc.images + doc.quotes + doc.lists;
  const block = new Int32Array(length).fill(-1);
  const from = new Int32Array(length).fill(-1);
  const to = new Int32Array(length).fill(-1);
  let i = 0;
  perBlock.forEach((ws, b) => {
    for (const w of ws) {
      block[i] = b;
      from[i] = w.from;
      to[i++] = w.to;
    }
  });
  // Structural tokens in tokenize()'s order: code blocks and inline code keep their spans, the rest have none.
  const located = [...doc.codeBlocks, ...doc.inlineCode];
  const places: TokenPlaces = {
    length,
    block,
    from,
    to,
    span(k) {
      if (!(k >= 0 && k < length)) return null;
      if (block[k] >= 0) {
        const b = doc.prose[block[k]];
        const s = sourceRange(b, from[k], to[k]);
        return s && { field: blockField(b), start: s.start, end: s.end };
      }
      const c = located[k - prose];
      return c && c.start !== null && c.end !== null ? { field: 'body', start: c.start, end: c.end } : null;
    },
  };
  placesCache.set(doc, places);
  return places;
}

/** The texts of `tokenize(doc)`, same order, without computing source spans (what the model's bag needs). */
export function tokenTexts(doc: QuestionDocument): string[] {
  return tokenRuns(doc).flat();
}

const blockTextsCache = registerCache('document/tokens: block word texts', new Lru<string, readonly string[]>(4096));

/**
 * `tokenTexts(doc)` in runs: one per prose block (the same array object for the same block text, so a
 * model can cache its work per block), then the structural tokens.
 */
export function tokenRuns(doc: QuestionDocument): (readonly string[])[] {
  const runs: (readonly string[])[] = doc.prose.map((block) => {
    let texts = blockTextsCache.get(block.text);
    if (!texts) {
      texts = blockWords(block.text).map((w) => w.text);
      blockTextsCache.set(block.text, texts);
    }
    return texts;
  });
  const tail: string[] = [];
  for (let i = 0; i < doc.codeBlocks.length; i++) tail.push(SPECIAL_TOKENS.codeBlock);
  for (let i = 0; i < doc.inlineCode.length; i++) tail.push(SPECIAL_TOKENS.inlineCode);
  pushStructural(doc, (text) => tail.push(text));
  runs.push(tail);
  return runs;
}

/** The structural tokens without a source span, in tokenize()'s order (after code blocks and inline code). */
function pushStructural(doc: QuestionDocument, push: (text: string) => void): void {
  for (let i = 0; i < doc.links.length; i++) push(SPECIAL_TOKENS.link);
  for (let i = 0; i < doc.images; i++) push(SPECIAL_TOKENS.image);
  for (let i = 0; i < doc.quotes; i++) push(SPECIAL_TOKENS.quote);
  for (let i = 0; i < doc.lists; i++) push(SPECIAL_TOKENS.list);
}
