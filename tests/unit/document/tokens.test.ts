import { describe, expect, it } from 'vitest';
import { parseHtmlQuestion } from '../../../src/core/document/parse-html';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { SPECIAL_TOKENS, tokenize, tokenPlaces, words } from '../../../src/core/document/tokens';

describe('words', () => {
  it.each([
    ['I use C++ and C#', ['i', 'use', 'c++', 'and', 'c#']],
    ['with .NET and ASP.NET', ['with', '.net', 'and', 'asp.net']],
    ['node.js, vue.js.', ['node.js', 'vue.js']],
    ["don't it’s", ["don't", "it's"]],
    ['42 3.14 1,000', ['<num>', '<num>', '<num>']],
    ['x86 python3 3d utf-8', ['x86', 'python3', '3d', 'utf', '<num>']],
    ['ＦＵＬＬ ﬁle Café', ['full', 'file', 'café']],
    ['snake_case __init__', ['snake_case', '__init__']],
    ['日本語 Ελληνικά Текст', ['日本語', 'ελληνικά', 'текст']],
    ['see https://a.b/c?d=1. ok', ['see', '<url>', 'ok']],
    ['...and e.g. this', ['and', 'e.g', 'this']],
    ['#hash c#sharp', ['hash', 'c', 'sharp']],
  ])('%j', (text, expected) => {
    expect(words(text).map((w) => w.text)).toEqual(expected);
  });

  it('ranges index the input text', () => {
    const text = 'Why is C++ slow?';
    for (const w of words(text)) expect(text.slice(w.from, w.to).toLowerCase()).toBe(w.text);
  });
});

describe('tokenize', () => {
  it('takes words from prose only and marks structure once per occurrence', () => {
    const body =
      'Call `secretFn()` here:\n\n```\nhiddenCode();\n```\n\n[doc](http://x.y) ![i](a.png)\n\n> q\n\n- a\n- b';
    const tokens = tokenize(parseQuestion({ title: 'My title', body })).map((t) => t.text);
    expect(tokens).toEqual([
      'my',
      'title',
      'call',
      'here',
      'doc',
      'q',
      'a',
      'b',
      SPECIAL_TOKENS.codeBlock,
      SPECIAL_TOKENS.inlineCode,
      SPECIAL_TOKENS.link,
      SPECIAL_TOKENS.image,
      SPECIAL_TOKENS.quote,
      SPECIAL_TOKENS.list,
    ]);
  });

  it('gives source spans for Markdown that slice back to the word', () => {
    const title = 'Why is  C++ slow?';
    const body = '> It *really* is \\_slow\\_ in **Node.js**\r\n> on Windows &amp; Linux.';
    const doc = parseQuestion({ title, body });
    const tokens = tokenize(doc).filter((t) => t.block >= 0);
    expect(tokens.map((t) => t.text)).toEqual([
      'why',
      'is',
      'c++',
      'slow',
      'it',
      'really',
      'is',
      '_slow_',
      'in',
      'node.js',
      'on',
      'windows',
      'linux',
    ]);
    for (const t of tokens) {
      const field = t.field === 'title' ? title : body;
      expect(t.start).not.toBeNull();
      expect(field.slice(t.start!, t.end!).replace(/\\/g, '').toLowerCase()).toBe(t.text);
    }
  });

  it('has no spans for HTML but the same words', () => {
    const html = '<blockquote><p>It <em>really</em> is slow in <strong>Node.js</strong></p></blockquote>';
    const tokens = tokenize(parseHtmlQuestion('T', html));
    expect(tokens.map((t) => t.text)).toEqual([
      't',
      'it',
      'really',
      'is',
      'slow',
      'in',
      'node.js',
      SPECIAL_TOKENS.quote,
    ]);
    expect(tokens.filter((t) => t.field === 'body' && t.start !== null)).toEqual([]);
  });

  it('structural code tokens carry the code span', () => {
    const body = 'a `b` c';
    const t = tokenize(parseQuestion({ title: '', body })).find((x) => x.text === SPECIAL_TOKENS.inlineCode)!;
    expect(body.slice(t.start!, t.end!)).toBe('`b`');
  });
});

describe('tokenPlaces', () => {
  it.each([
    [
      'Markdown',
      parseQuestion({
        title: 'My *title*',
        body: 'Call `f()` **here**:\n\n```\ncode();\n```\n\n[doc](http://x.y) &amp; 3.14 ![i](a.png)\n\n> q\n\n- a\n- b',
      }),
    ],
    ['HTML (no source positions)', parseHtmlQuestion('T', '<p>Some <code>x</code> text</p><pre><code>y</code></pre>')],
  ])('%s: the same blocks, ranges and spans as tokenize, without building token objects', (_name, doc) => {
    const tokens = tokenize(doc);
    const places = tokenPlaces(doc);
    expect(places.length).toBe(tokens.length);
    const seen = tokens.map((_, i) => ({
      block: places.block[i],
      from: places.from[i],
      to: places.to[i],
      span: places.span(i),
    }));
    expect(seen).toEqual(
      tokens.map((t) => ({
        block: t.block,
        from: t.from,
        to: t.to,
        span: t.start === null || t.end === null ? null : { field: t.field, start: t.start, end: t.end },
      })),
    );
    expect(places.span(-1)).toBeNull();
    expect(places.span(tokens.length)).toBeNull();
  });

  it('spans slice back to the word as typed', () => {
    const body = 'Use **bold** words and `code` here.';
    const doc = parseQuestion({ title: 'Why', body });
    const places = tokenPlaces(doc);
    const typed = Array.from({ length: places.length }, (_, i) => places.span(i)).map(
      (s) => s && (s.field === 'title' ? doc.title : body).slice(s.start, s.end),
    );
    expect(typed).toEqual(['Why', 'Use', 'bold', 'words', 'and', 'here', '`code`']);
  });
});
