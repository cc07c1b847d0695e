// The chunked, cached parse must give exactly the document of a whole parse, whatever the Markdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkStarts } from '../../../src/core/document/body-chunks';
import { parseQuestion, parseQuestionWhole } from '../../../src/core/document/parse-markdown';

const FRAGMENTS = [
  'A plain paragraph with `inline code` and a [link](https://example.com).',
  'Second paragraph,\nsoft-wrapped over two lines. Does it work?',
  '- item one\n- item two',
  '- loose item\n\n- after a blank line',
  '1. first\n2. second',
  '1. first\n\n   continued inside the item\n\n2. second',
  '```js\nconst a = 1;\n\nconst b = 2;\n```',
  '~~~\ncode with ``` inside\n\n~~~',
  '    indented code\n\n    more indented code',
  '> a quote\n> over lines',
  '> quote\n\n> another quote',
  '# Heading',
  'Setext heading\n===',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '<div>\nhtml block\n</div>',
  '<pre>\npre block\n\nwith a blank line\n</pre>',
  '<!-- a comment\n\nover a blank line -->',
  'See [the docs][docs].',
  '[docs]: https://example.com/docs',
  '**bold** and _emphasis_ and ~~strike~~ https://bare.example.org',
  '![image](https://example.com/a.png)',
  '\tTab-indented line',
  '```\nunclosed fence\n\nstill code',
];

const body = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n \n')), { maxLength: 12 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

describe('chunked parse', () => {
  it('equals the whole parse on any mix of Markdown constructs', () => {
    fc.assert(
      fc.property(body, fc.string({ maxLength: 30 }), (text, title) => {
        expect(parseQuestion({ title, body: text })).toEqual(parseQuestionWhole({ title, body: text }));
      }),
      { numRuns: Number(process.env.CHUNK_RUNS ?? 500) },
    );
  });

  it('equals the whole parse after each of many one-character edits (the cache is never stale)', () => {
    let text = FRAGMENTS.join('\n\n');
    for (let i = 0; i < 60; i++) {
      const at = (i * 37) % text.length;
      text = text.slice(0, at) + 'xy\n `*'[i % 6] + text.slice(at);
      expect(parseQuestion({ title: '', body: text })).toEqual(parseQuestionWhole({ title: '', body: text }));
    }
  });
});

describe('chunkStarts', () => {
  it.each([
    ['one paragraph', 'a\nb', [0]],
    ['two paragraphs', 'a\n\nb', [0, 3]],
    ['list items across a blank line stay together', '- a\n\n- b\n\nc', [0, 10]],
    ['indented continuation stays', 'a\n\n    code\n\nb', [0, 13]],
    ['fenced code with blank lines stays', '```\nx\n\ny\n```\n\nz', [0, 14]],
    ['link definitions: no chunks', 'a\n\n[x]: https://e.com\n\nb', [0]],
    ['HTML pre: no chunks', 'a\n\n<pre>\n\n</pre>', [0]],
    ['HTML block: no chunks', 'a\n\n<div>\n~~~\n\nb', [0]],
  ])('%s', (_name, text, starts) => {
    expect(chunkStarts(text)).toEqual(starts);
  });
});
