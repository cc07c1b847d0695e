// The plain-paragraph shortcut of the chunked Markdown parse must build exactly the tree micromark builds,
// or decline. Checked on generated lines (plain and with markup characters) and on real question paragraphs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../bench/real-bodies';
import {
  parseMarkdownTree,
  parseQuestion,
  parseQuestionWhole,
  plainParagraphTree,
} from '../../../src/core/document/parse-markdown';

// Plain characters, and every character that can start markup, so the generator hits both sides.
const PLAIN = [...'abcXYZéß日 .,;:?!\'"()%+=#/-0123456789'];
const MARKUP = [...'*_`[]<>&\\~|@\t\n:/w'];
const line = fc
  .tuple(
    fc.array(fc.constantFrom(...PLAIN), { minLength: 1, maxLength: 60 }),
    fc.array(fc.constantFrom(...MARKUP), { maxLength: 2 }),
    fc.nat(),
  )
  .map(([plain, markup, at]) => {
    const cs = [...plain];
    for (const m of markup) cs.splice(at % (cs.length + 1), 0, m);
    return cs.join('');
  });

describe('plainParagraphTree', () => {
  it("equals micromark's tree whenever it answers (generated lines)", () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          line,
          line.map((l) => `Word ${l}`),
          fc.constant('see www.example.org now'),
          fc.constant('go to http://x.y now'),
        ),
        (text) => {
          const fast = plainParagraphTree(text);
          if (!fast) return;
          answered++;
          expect(fast).toEqual(parseMarkdownTree(text));
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
    expect(answered).toBeGreaterThan(300);
  });

  it.each([
    'www.example.org is down',
    'See http://x.y/z now',
    'Mail me at a@b.co',
    'Use *this*',
    'A  ',
    'x\ny',
    '1. first',
    ' Lead',
  ])('declines %j', (text) => {
    expect(plainParagraphTree(text)).toBeNull();
  });

  it('keeps the chunked parse equal to the whole parse when paragraphs take the shortcut', () => {
    const body = 'First plain line, with (parens) and 42%.\n\nSecond: a C# question?\n\n- a list\n\nLast line here';
    expect(parseQuestion({ title: 't', body })).toEqual(parseQuestionWhole({ title: 't', body }));
  });

  const csv = resolve(import.meta.dirname, '../../../../shared/data/so60k-ramananthan-hq-lq/data-dev.csv');
  it.skipIf(!existsSync(csv))("equals micromark's tree on every plain one-line paragraph of 600 real questions", () => {
    const rows = (parse(readFileSync(csv, 'utf8'), { columns: true }) as Record<string, string>[]).slice(0, 600);
    let plain = 0;
    for (const r of rows) {
      for (const paragraph of htmlToMarkdown(r.Body).split(/\n[ \t]*\n/)) {
        const fast = plainParagraphTree(paragraph);
        if (!fast) continue;
        plain++;
        expect(fast, paragraph).toEqual(parseMarkdownTree(paragraph));
      }
    }
    expect(plain).toBeGreaterThan(200);
  });
});
