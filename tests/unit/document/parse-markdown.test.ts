import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { sourceRange } from '../../../src/core/document/source-range';
import type { QuestionDocument } from '../../../src/core/document/question-document';

const ws = (s: string) => s.replace(/\s+/g, ' ');

/** Every piece's text equals the original field text at its source range, modulo white space. */
function expectPiecesMapBack(doc: QuestionDocument): void {
  for (const block of doc.prose) {
    for (const p of block.pieces) {
      const field = p.field === 'title' ? doc.title : doc.body;
      expect(ws(field.substr(p.start, p.length))).toBe(ws(block.text.substr(p.offset, p.length)));
    }
  }
}

describe('parseQuestion', () => {
  it.each([
    // name, body, expected prose texts (body only), code blocks, inline code
    ['plain paragraphs', 'Hello world.\n\nSecond   para.', ['Hello world.', 'Second para.'], [], []],
    ['fenced code', 'Look:\n\n```js\nconst a = 1;\n```\n\nDone.', ['Look:', 'Done.'], ['const a = 1;'], []],
    ['tilde fence', '~~~\nx y\n~~~', [], ['x y'], []],
    ['indented code', 'Text\n\n    indented();\n\nMore', ['Text', 'More'], ['indented();'], []],
    ['inline code becomes a space', 'Call `foo()` now', ['Call now'], [], ['foo()']],
    ['inline code glued to words', 'a`b`c', ['a c'], [], ['b']],
    ['link text stays prose', 'See [the docs](https://x.org) here', ['See the docs here'], [], []],
    ['image is not prose', 'Pic ![alt text](a.png) end', ['Pic end'], [], []],
    ['heading', '# Title here\n\nbody', ['Title here', 'body'], [], []],
    ['setext heading', 'Title\n=====\n\nbody', ['Title', 'body'], [], []],
    ['escapes', 'a \\*not em\\* b', ['a *not em* b'], [], []],
    ['entities decode', 'a &amp; b &lt;c&gt;', ['a & b <c>'], [], []],
    ['hard break', 'line one  \nline two', ['line one line two'], [], []],
    ['inline html tags dropped', 'press <kbd>Ctrl</kbd>+C', ['press Ctrl+C'], [], []],
    ['html comment dropped', '<!-- hidden -->\n\nshown', ['shown'], [], []],
  ])('%s', (_name, body, prose, code, inlineCode) => {
    const doc = parseQuestion({ title: '', body });
    expect(doc.prose.map((b) => b.text)).toEqual(prose);
    expect(doc.codeBlocks.map((c) => c.code)).toEqual(code);
    expect(doc.inlineCode.map((c) => c.code)).toEqual(inlineCode);
    expectPiecesMapBack(doc);
  });

  it.each([
    // body, kinds
    ['> quoted text', ['quote']],
    ['- one\n- two', ['list-item', 'list-item']],
    ['1. one\n2. two\n\n> q\n\n# h', ['list-item', 'list-item', 'quote', 'heading']],
    ['| a | b |\n|---|---|\n| c | d |', ['table-cell', 'table-cell', 'table-cell', 'table-cell']],
  ])('block kinds of %j', (body, kinds) => {
    expect(parseQuestion({ title: '', body }).prose.map((b) => b.kind)).toEqual(kinds);
  });

  it.each([
    ['[a](u1) and [b][r]\n\n[r]: http://ref', 2, 0, 0, 0],
    ['![x](a.png) ![y][i]\n\n[i]: b.png', 0, 2, 0, 0],
    ['> a\n>\n> > nested', 0, 0, 2, 0],
    ['- a\n  - nested\n\n1. b', 0, 0, 0, 3],
  ])('counts in %j', (body, links, images, quotes, lists) => {
    const doc = parseQuestion({ title: '', body });
    expect([doc.links.length, doc.images, doc.quotes, doc.lists]).toEqual([links, images, quotes, lists]);
  });

  it('title is plain text with kind title', () => {
    const doc = parseQuestion({ title: '  How *do* I `x`? ', body: '' });
    expect(doc.prose).toHaveLength(1);
    expect(doc.prose[0]).toMatchObject({ kind: 'title', text: 'How *do* I `x`?' });
    expect(sourceRange(doc.prose[0], 0, 3)).toEqual({ field: 'title', start: 2, end: 5 });
  });

  it('code ranges cover fences and backticks exactly', () => {
    const body = 'Use `x` then\n\n```\ny\n```\n';
    const doc = parseQuestion({ title: 't', body });
    expect(doc.codeRanges.map(([s, e]) => body.slice(s, e))).toEqual(['`x`', '```\ny\n```']);
    expect(doc.codeBlocks[0]).toMatchObject({ start: 14, end: 23 });
  });

  it('raw <code>…</code> typed in Markdown is inline code, range and all; an unclosed <code> stays text', () => {
    const body = 'Calling <code>parse(x)</code> fails. A lone <code> tag is text.';
    const doc = parseQuestion({ title: '', body });
    expect(doc.inlineCode.map((c) => c.code)).toEqual(['parse(x)']);
    expect(doc.codeRanges.map(([a, b]) => body.slice(a, b))).toEqual(['<code>parse(x)</code>']);
    expect(doc.prose.map((b) => ws(b.text))).toEqual(['Calling fails. A lone tag is text.']);
  });

  it('sourceRange maps words back through container prefixes and escapes', () => {
    const body = '> first \\*line\r\n> second line';
    const doc = parseQuestion({ title: '', body });
    const block = doc.prose[0];
    expect(block.text).toBe('first *line second line');
    for (const word of ['first', '*line', 'second', 'line']) {
      const from = block.text.lastIndexOf(word);
      const r = sourceRange(block, from, from + word.length)!;
      expect(r.field).toBe('body');
      expect(body.slice(r.start, r.end).replace(/\\/g, '')).toBe(word);
    }
  });

  it.each([
    [0, 0],
    [-1, 2],
    [3, 2],
    [0, 999],
  ])('sourceRange(%i, %i) rejects bad ranges', (from, to) => {
    const block = parseQuestion({ title: 'abc def', body: '' }).prose[0];
    expect(sourceRange(block, from, to)).toBeNull();
  });

  it('sourceRange returns null when nothing maps', () => {
    expect(sourceRange({ kind: 'paragraph', text: 'abc', pieces: [] }, 0, 3)).toBeNull();
  });
});
