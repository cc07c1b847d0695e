// The chunked, cached parse must give exactly the document of a whole parse, whatever the Markdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkStarts, chunkStartsAfter } from '../../../src/core/document/body-chunks';
import { MAX_MARKDOWN_CHARS, parseQuestion, parseQuestionWhole } from '../../../src/core/document/parse-markdown';

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
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n \n')), {
    maxLength: 12,
  })
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

// An edit anywhere: a fragment, a line break, fence or link-definition or HTML text, or a deletion.
const INSERTS = [
  `${'> '.repeat(33)}deep`,
  '\n',
  '\n\n',
  '```',
  '~~~\n',
  '[d]: https://e.com\n',
  '<div>',
  '- ',
  '    ',
  '> ',
  '1. ',
  'x',
  ' ',
  '*',
];
const edit = fc.tuple(
  fc.nat(),
  fc.oneof(fc.constantFrom(...INSERTS), fc.constantFrom(...FRAGMENTS), fc.integer({ min: -12, max: -1 })),
);
function applyEdit(text: string, [at, what]: [number, string | number]): string {
  const i = text.length ? at % (text.length + 1) : 0;
  return typeof what === 'number'
    ? text.slice(0, Math.max(0, i + what)) + text.slice(i)
    : text.slice(0, i) + what + text.slice(i);
}

describe('chunkStartsAfter', () => {
  it('equals chunkStarts of the new body, whatever the edit and however many earlier bodies', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const earlier: { body: string; starts: number[] }[] = [];
        let current = text;
        for (const e of edits) {
          earlier.unshift({ body: current, starts: chunkStarts(current) });
          current = applyEdit(current, e);
          const after = chunkStartsAfter(current, earlier.slice(0, 2));
          expect(after.starts).toEqual(chunkStarts(current));
          // What it keeps really is unchanged: the kept chunks' text, and the start after each.
          if (after.from) {
            for (let i = 0; i < after.kept; i++) {
              expect(current.slice(after.starts[i], after.starts[i + 1])).toBe(
                after.from.body.slice(after.from.starts[i], after.from.starts[i + 1]),
              );
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('resumes late for an edit at the end (the point of it)', () => {
    const text = FRAGMENTS.slice(0, 12).join('\n\n');
    const before = { body: text, starts: chunkStarts(text) };
    const after = chunkStartsAfter(`${text} more`, [before]);
    expect(after.resumed).toBe(before.starts[before.starts.length - 1]);
    expect(after.kept).toBe(before.starts.length - 1);
  });
});

// parseQuestion's guard against micromark's quadratic nesting (such a body is one plain paragraph).
const TOO_DEEP = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))){32}/m;

describe('parse after parse', () => {
  // The reference: the same body parsed with no earlier parse to build on (the two remembered are pushed out
  // by bodies sharing no chunk with it), and the whole parse where a body has no line too deep for chunks.
  const fresh = (text: string) => {
    parseQuestion({ title: '', body: '\u00001' });
    parseQuestion({ title: '', body: '\u00002' });
    return parseQuestion({ title: '', body: text });
  };

  it('equals a parse from scratch through any sequence of edits, the text and its edited variants alternating', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
        let current = text;
        const bodies: string[] = [];
        for (const e of edits) {
          current = applyEdit(current, e);
          // The analysed text, then a verified suggestion's variant of it (a block appended).
          bodies.push(current, `${current}\n\n\`\`\`\ncode\n\`\`\``);
        }
        const parsed = bodies.map((b) => parseQuestion({ title: '', body: b }));
        bodies.forEach((b, i) => {
          expect(parsed[i]).toEqual(fresh(b));
          if (!TOO_DEEP.test(b)) expect(parsed[i]).toEqual(parseQuestionWhole({ title: '', body: b }));
        });
      }),
      { numRuns: Number(process.env.CHUNK_RUNS ?? 300) },
    );
  });
});

describe('a body over the Markdown cap', () => {
  const paragraph = (i: number) => `Paragraph ${i} has \`code ${i}\` and more words to fill the body up.`;
  const head = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');
  const body = `${head}\n\nThe tail keeps \`literal ticks\` as typed.`;

  it('parses its head as Markdown and the rest as plain paragraphs, the same before and after an edit', () => {
    expect(body.length).toBeGreaterThan(MAX_MARKDOWN_CHARS);
    const doc = parseQuestion({ title: '', body });
    expect(doc.inlineCode.map((c) => c.code)).toContain('code 0');
    expect(doc.inlineCode.map((c) => c.code)).not.toContain('literal ticks');
    expect(doc.prose[doc.prose.length - 1].text).toContain('`literal ticks`');
    // Typing in the tail, then in the head: each parse equals one with no earlier parse to build on.
    for (const edited of [`${body}!`, body.replace('Paragraph 3 ', 'Paragraph 3x ')]) {
      const parsed = parseQuestion({ title: '', body: edited });
      parseQuestion({ title: '', body: '\u00001' });
      parseQuestion({ title: '', body: '\u00002' });
      expect(parsed).toEqual(parseQuestion({ title: '', body: edited }));
    }
  });
});
