// Properties every check must keep, whatever the input: never throw, spans inside the field, nothing inside
// code, deterministic, and the HTML (no source positions) fallback.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { CHECKS, runChecks } from '../../../src/core/checks/registry';
import { resetCaches } from '../../../src/core/cache-registry';
import { gate } from '../../../src/core/gate';
import { scoreHeuristically } from '../../../src/core/heuristic-scorer';
import type { Finding } from '../../../src/shared/finding';
import { GOOD_BODY, GOOD_TITLE, type Input } from './helpers';

function expectWellFormed(doc: QuestionDocument, findings: Finding[]): void {
  for (const f of findings) {
    const text = doc[f.span.field];
    expect(f.source).toBe('heuristic');
    expect(['info', 'warning', 'error']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
    expect(CHECKS.map((c) => c.id)).toContain(f.id);
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect(f.span.start).toBeLessThanOrEqual(f.span.end);
    if (f.scope === 'span') {
      expect(f.span.end).toBeGreaterThan(f.span.start);
      if (f.span.field === 'body') {
        for (const [a, b] of doc.codeRanges) expect(f.span.start >= b || f.span.end <= a).toBe(true);
      }
    } else {
      expect(f.span).toEqual({ field: f.span.field, start: 0, end: text.length });
    }
  }
}

const SHOUTY_NOISY =
  'HI ALL plz help URGENT!!! I really REALLY need this\nfunction x() {\n  return 1;\n}\n' +
  '```\nHELP ME plz thanks in advance really quickly\nx = 1;\n```\n' +
  'and `PLEASE HELP ME urgent` then incomprehensibility.';

const BAD: Array<[string, Input]> = [
  ['empty', { title: '', body: '' }],
  ['whitespace', { title: ' \t', body: '\n\n  \n' }],
  ['emoji', { title: '😀😀😀 why 🙃?', body: '👩‍👩‍👧‍👦 really 🔥🔥 HELP ME NOW 😀 plz' }],
  ['RTL', { title: 'لماذا لا يعمل هذا الكود؟', body: 'مرحبا، أنا أحاول تحليل JSON ولكن يظهر خطأ. שלום, זה לא עובד.' }],
  ['CJK', { title: '为什么我的代码不工作？', body: '我尝试了很多方法，但是还是报错。これは本当に難しいです。' }],
  [
    'control characters',
    { title: 'a\u0000b\u0007c\u202e', body: '\u0001\u0002 x = 1;\r\r\n\u000b\f\u2028\u2029 really?' },
  ],
  ['lone surrogates', { title: '\ud800abc', body: 'x \udc00 really \ud83d' }],
  [
    'script tag',
    { title: '<script>alert(1)</script>', body: '<script>alert("HELLO WORLD")</script>\n<img src=x onerror=alert(1)>' },
  ],
  [
    '100k characters',
    { title: 'T'.repeat(1000), body: 'Why does this really fail? It basically breaks. '.repeat(2100) },
  ],
  ['one 100k word', { title: 'x', body: 'a'.repeat(100_000) }],
  ['unbalanced markdown', { title: '**[`', body: '```\nnever closed\n> > > - - * [a](b' }],
  ['noise and code mixed', { title: 'PLEASE HELP ME URGENT', body: SHOUTY_NOISY }],
  ['good question', { title: GOOD_TITLE, body: GOOD_BODY }],
];

describe('all checks on bad and odd input', () => {
  it.each(BAD)('%s: never throws, well-formed findings, score in [0,1]', (_, input) => {
    const doc = parseQuestion(input);
    const findings = runChecks(doc);
    expectWellFormed(doc, findings);
    const g = gate(doc);
    if (!g.scorable) expect(g.reason.length).toBeGreaterThan(10);
    const s = scoreHeuristically(doc);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(Number.isFinite(s.score)).toBe(true);
  });

  it('never flags anything inside code in a noisy mixed body', () => {
    const input = { title: 'x', body: SHOUTY_NOISY };
    const doc = parseQuestion(input);
    expect(doc.codeRanges.length).toBeGreaterThan(0);
    const spans = runChecks(doc).filter((f) => f.scope === 'span');
    expect(spans.length).toBeGreaterThan(3); // the prose around the code is flagged…
    expectWellFormed(doc, spans); // …but nothing inside it
  });

  it('holds for arbitrary Markdown-ish text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(
        '```\n',
        '`',
        '\n',
        '    ',
        '*',
        '> ',
        '- ',
        '?',
        ';',
        '{',
        '}',
        'HELP ',
        'really ',
        'plz ',
        'I tried ',
      ),
    );
    const text = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (title, body) => {
        const doc = parseQuestion({ title, body });
        expectWellFormed(doc, runChecks(doc));
        const s = scoreHeuristically(doc).score;
        return s >= 0 && s <= 1;
      }),
      { numRuns: 150 },
    );
  });
});

describe('determinism and caches', () => {
  it('gives identical results on repeated runs and with cold caches', () => {
    const input = { title: 'PLEASE HELP: really slow loop', body: `${SHOUTY_NOISY}\n\n${GOOD_BODY}` };
    const first = scoreHeuristically(parseQuestion(input));
    const second = scoreHeuristically(parseQuestion(input));
    resetCaches();
    const cold = scoreHeuristically(parseQuestion(input));
    expect(second).toEqual(first);
    expect(cold).toEqual(first);
  });

  it('after an edit, cached results equal a fresh analysis', () => {
    const before = { title: GOOD_TITLE, body: `${GOOD_BODY}\n\nIt really fails quickly.` };
    const after = { title: GOOD_TITLE, body: `${GOOD_BODY}\n\nIt really fails quickly and badly.` };
    runChecks(parseQuestion(before));
    const warm = runChecks(parseQuestion(after));
    resetCaches();
    expect(runChecks(parseQuestion(after))).toEqual(warm);
    expect(warm.filter((f) => f.id === 'adverb').map((f) => after.body.slice(f.span.start, f.span.end))).toEqual([
      'really',
      'quickly',
      'badly',
    ]);
  });
});

describe('documents without source positions (HTML)', () => {
  it('span findings fall back to field scope', () => {
    const md = parseQuestion({ title: 'HELP ME NOW PLEASE', body: 'Hi all, it really fails. Thanks in advance' });
    const html: QuestionDocument = { ...md, format: 'html', prose: md.prose.map((b) => ({ ...b, pieces: [] })) };
    const findings = runChecks(html);
    expect(findings.some((f) => f.id === 'noise')).toBe(true);
    expect(findings.every((f) => f.scope === 'field')).toBe(true);
    expectWellFormed(html, findings);
  });

  it('code-like prose in HTML marks the body', () => {
    const md = parseQuestion({ title: 't', body: 'for (let i = 0; i < n; i++) {' });
    const html: QuestionDocument = { ...md, format: 'html', prose: md.prose.map((b) => ({ ...b, pieces: [] })) };
    expect(
      runChecks(html)
        .filter((f) => f.id === 'code-not-formatted')
        .map((f) => f.scope),
    ).toEqual(['field']);
  });
});

describe('runChecks', () => {
  it('one failing check does not hide the others', () => {
    const boom = {
      id: 'boom',
      title: 'Boom',
      run: () => {
        throw new Error('boom');
      },
    };
    const doc = parseQuestion({ title: '', body: '' });
    const ids = runChecks(doc, [boom, ...CHECKS]).map((f) => f.id);
    expect(ids).toContain('title-too-short');
  });

  it('every check has a unique kebab-case id and a title', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) {
      expect(c.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(c.title.length).toBeGreaterThan(3);
    }
  });
});
