import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { sourceRange } from '../../../src/core/document/source-range';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { tokenize } from '../../../src/core/document/tokens';

const ws = (s: string) => s.replace(/\s+/g, ' ');

function checkInvariants(doc: QuestionDocument): void {
  for (const block of doc.prose) {
    expect(block.text).toBe(block.text.trim());
    expect(block.text).not.toMatch(/\s\s/);
    let prevEnd = 0;
    for (const p of block.pieces) {
      expect(p.offset).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = p.offset + p.length;
      const field = p.field === 'title' ? doc.title : doc.body;
      expect(ws(field.substr(p.start, p.length))).toBe(ws(block.text.substr(p.offset, p.length)));
    }
    const r = sourceRange(block, 0, block.text.length);
    if (block.pieces.length > 0) expect(r).not.toBeNull();
  }
  for (const [s, e] of doc.codeRanges) {
    expect(0 <= s && s <= e && e <= doc.body.length).toBe(true);
  }
}

// Markdown-ish alphabet so the fuzzer hits markup, not just letters.
const mdChar = fc.constantFrom(
  ...'ab c\n\r\t>*_`~#-+=|[]()!<>&;\\/:.0123456789'.split(''),
  '&amp;',
  '&#x41;',
  '&#128512;',
  '```',
  '    ',
  '<b>',
  '</b>',
  '<pre>',
  '<!--',
  '-->',
  '\u0000',
  '\ud800',
  '😀',
  'é',
  '\u00a0',
  '\r\n',
  '> ',
  '- ',
  '1. ',
);
const mdString = fc.array(mdChar, { maxLength: 200 }).map((a) => a.join(''));

describe('parseQuestion robustness', () => {
  it('never throws and keeps its invariants on markdown-ish input', () => {
    fc.assert(
      fc.property(mdString, mdString, (title, body) => {
        checkInvariants(parseQuestion({ title, body }));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (body, title) => {
          checkInvariants(parseQuestion({ title, body }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['100k random chars', () => Array.from({ length: 100_000 }, (_, i) => 'ab >*_`[]()<&\n'[(i * 7919) % 14]).join('')],
    ['deep quotes', () => `${'>'.repeat(20_000)} x`],
    ['deep lists', () => Array.from({ length: 800 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')],
    ['nested list markers', () => `${'- '.repeat(10_000)}x`],
    ['nested quotes and lists', () => `${'> 1. '.repeat(10_000)}x`],
    ['many brackets', () => `${'['.repeat(30_000)}x${']'.repeat(30_000)}`],
    ['many backticks', () => '`'.repeat(50_000)],
    ['many emphasis', () => '*a_'.repeat(30_000)],
    ['control chars', () => Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(i % 32)).join('')],
  ])('handles %s', (_name, make) => {
    const body = make();
    const t0 = performance.now();
    const doc = parseQuestion({ title: 'x', body });
    expect(performance.now() - t0).toBeLessThan(10_000);
    checkInvariants(doc);
  });

  it('tolerates non-string input without throwing', () => {
    expect(() =>
      parseQuestion({ title: undefined as unknown as string, body: null as unknown as string }),
    ).not.toThrow();
  });
});

describe('parseQuestion speed', () => {
  it('parses and tokenises a 3,000-word body without super-linear blow-ups', () => {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/document');
    const sample = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n\n');
    let body = '';
    while (body.split(/\s+/).length < 3000) body += `${sample}\n\n`;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      tokenize(parseQuestion({ title: 'How do I make this fast?', body }));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // Production build measured 15-100 ms on a shared 2-core box; vitest loads micromark's slower dev
    // build (asserts), so this bound only catches quadratic regressions (which cost seconds).
    expect(times[3]).toBeLessThan(1500);
  });
});
