// Property-based fuzzing of the analysis path with fast-check: random Unicode, Markdown-ish text built from
// fragments, and HTML. Nothing may throw, a result is never 'error', scores stay in [0, 1], every finding span
// lies inside its field (and outside code), contributions are finite, and the same input gives the same result.
//
// 2,000 generated cases in all, split by cost (the model explainer costs ~10-150 ms a case):
//   core pipeline (parse → checks → gate → features): 3 generators × 520 = 1,560
//   HTML bodies through parseHtmlQuestion:                                 140
//   heuristic analyseQuestion, each run twice for determinism:             200
//   full analyseQuestion with the shipped model + explainer:               100 (every 3rd run twice)
// Set FUZZ_SEED to explore other cases; the default seed keeps CI reproducible.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, modelScorer, type Scorer } from '../../src/core/analyse';
import { runChecks } from '../../src/core/checks/registry';
import { parseHtmlQuestion } from '../../src/core/document/parse-html';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import type { QuestionDocument } from '../../src/core/document/question-document';
import { tokenize, tokenPlaces, tokenRuns, tokenTexts } from '../../src/core/document/tokens';
import { vectorise, vectoriseRuns } from '../../src/core/model/vectoriser';
import { extractFeatures, FEATURE_IDS } from '../../src/core/features/registry';
import { gate } from '../../src/core/gate';
import type { ModelScorer } from '../../src/core/model/scorer';
import type { Finding } from '../../src/shared/finding';
import type { AnalysisResult, QuestionInput } from '../../src/shared/question';
import { loadShippedModel } from './support/shipped-model';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);
const runs = (n: number) => ({ numRuns: n, seed: SEED, endOnFailure: true });

// ---- generators ----

const word = fc.constantFrom(
  'why',
  'does',
  'my',
  'code',
  'not',
  'work',
  'JSON.parse',
  'undefined',
  'help',
  'plz',
  'URGENT',
  'really',
  'very',
  'function',
  'error',
  'Node',
  'I',
  'tried',
  'the',
  'file',
  'réseau',
  'naïve',
  '中文',
  'שלום',
  '🔥',
  'e.g.',
  "don't",
  'x',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '?',
  '!!!',
  '...',
);
const words = fc.array(word, { minLength: 0, maxLength: 14 }).map((ws) => ws.join(' '));
const junk = fc.string({ unit: 'grapheme', maxLength: 12 });
const inline = fc.oneof(words, junk);

/** One Markdown-ish fragment: the constructs the parser, tokenizer and offset mapping must survive. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  words,
  inline.map((t) => `\`${t}\``),
  fc
    .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'python x'), inline)
    .map(([f, lang, t]) => `${f}${lang}\n${t}\n${f}`),
  inline.map((t) => `\`\`\`\n${t}`), // unclosed fence
  inline.map((t) => `    ${t}`), // indented code
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] '), inline).map(([m, t]) => m + t),
  fc.tuple(fc.integer({ min: 1, max: 5 }), inline).map(([n, t]) => '> '.repeat(n) + t),
  fc
    .tuple(inline, fc.constantFrom('https://example.com/a?b=c', 'javascript:alert(1)', '', '<x y>', 'a b'))
    .map(([t, u]) => `[${t}](${u})`),
  inline.map((t) => `![${t}](img.png "t")`),
  fc.tuple(inline, fc.constantFrom('*', '_', '**', '__', '~~', '***')).map(([t, e]) => `${e}${t}${e}`),
  inline.map((t) => `**${t}`), // unclosed emphasis
  fc.tuple(inline, inline).map(([a, b]) => `| ${a} | ${b} |\n|---|:-:|\n| ${b} | ${a} |`),
  fc.constantFrom(
    '<b>bold</b>',
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '<div>',
    '</p>',
    '<br/>',
    '<!-- c -->',
    '<kbd>Ctrl</kbd>',
    '<pre><code>x</code></pre>',
    '<a href="/x">y</a>',
  ),
  fc.constantFrom('&amp;', '&lt;', '&#x1F600;', '&#0;', '&nbsp;', '&bogus;', '&#xD800;'),
  fc.constantFrom(
    '# ',
    '## ',
    '###### ',
    '\n===\n',
    '\n---\n',
    '***',
    '\\',
    '\\`',
    '[^1]',
    '[ref]: http://x.y',
    'https://bare.example/path',
    '<https://auto.link>',
  ),
  fc.constantFrom(
    '\r\n',
    '\r',
    '\n',
    '\n\n',
    '\t',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\u202e',
    '\ud800',
    '\udc00',
    '\u200d',
  ),
);

const markdownish = fc
  .array(fragment, { minLength: 0, maxLength: 12 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('', ' ', '\n', '\n\n', '\r\n'), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join('')),
  );

const htmlTag = fc.constantFrom(
  'p',
  'div',
  'span',
  'pre',
  'code',
  'b',
  'i',
  'a',
  'ul',
  'li',
  'ol',
  'blockquote',
  'table',
  'tr',
  'td',
  'h1',
  'kbd',
  'script',
  'style',
  'img',
  'br',
  'svg',
  'math',
  'template',
  'textarea',
);
const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    inline,
    fc.constantFrom('&lt;', '&amp;', '&#60;', '&quot;', '<!--x-->', '<', '>', '</li>', '<p', '<![CDATA[x]]>'),
    fc
      .tuple(
        htmlTag,
        fc.constantFrom('', ' class="x"', ' href="javascript:1"', ' onerror=alert(1)', ' src=x', " a='b'"),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([t, attrs, kids]) => `<${t}${attrs}>${kids.join('')}</${t}>`),
  ),
})).node;
const html = fc.array(htmlNode, { maxLength: 8 }).map((parts) => parts.join(''));

const unicode = fc.string({ unit: 'binary', maxLength: 300 }); // full Unicode incl. lone surrogates

/** Title + body from the same generator, sometimes empty, sometimes cross-bred. */
const question = (body: fc.Arbitrary<string>): fc.Arbitrary<QuestionInput> =>
  fc.record({
    title: fc.oneof(
      fc.constant(''),
      words,
      unicode.map((s) => s.slice(0, 80)),
      body.map((s) => s.slice(0, 150)),
    ),
    body,
  });

const anyQuestion = fc.oneof(question(unicode), question(markdownish), question(html));

// ---- invariants ----

function overlapsCode(doc: QuestionDocument, f: Finding): boolean {
  if (f.span.field !== 'body') return false;
  return doc.codeRanges.some(([s, e]) => f.span.start < e && f.span.end > s);
}

function checkFindings(input: QuestionInput, doc: QuestionDocument, findings: Finding[]): void {
  for (const f of findings) {
    const text = input[f.span.field];
    expect(typeof text, `field of ${f.id}`).toBe('string');
    expect(Number.isInteger(f.span.start) && Number.isInteger(f.span.end), `${f.id} integer offsets`).toBe(true);
    expect(f.span.start, `${f.id} start`).toBeGreaterThanOrEqual(0);
    expect(f.span.end, `${f.id} end ≥ start`).toBeGreaterThanOrEqual(f.span.start);
    expect(f.span.end, `${f.id} end ≤ ${f.span.field} length`).toBeLessThanOrEqual(text.length);
    if (f.scope === 'span')
      expect(
        overlapsCode(doc, f),
        `${f.id} ${JSON.stringify(f.span)} inside code ${JSON.stringify(doc.codeRanges)}`,
      ).toBe(false);
    if (f.gain !== undefined) expect(Number.isFinite(f.gain), `${f.id} gain`).toBe(true);
  }
}

function checkResult(input: QuestionInput, result: AnalysisResult): void {
  expect(result.state, result.reason).not.toBe('error');
  expect(['scored', 'not-scorable']).toContain(result.state);
  if (result.state === 'scored') {
    expect(result.score).not.toBeNull();
    expect(result.score!).toBeGreaterThanOrEqual(0);
    expect(result.score!).toBeLessThanOrEqual(1);
  } else expect(result.score).toBeNull();
  for (const c of result.contributions) {
    expect(typeof c.label).toBe('string');
    expect(Number.isFinite(c.value), `contribution ${c.label}`).toBe(true);
  }
  if (result.fidelity !== undefined) expect(Number.isFinite(result.fidelity)).toBe(true);
  checkFindings(input, parseQuestion(input), result.findings);
}

const withoutTime = ({ elapsedMs: _elapsed, ...rest }: AnalysisResult) => rest;

/** Same input, fresh copies of the strings: equal results (the parse cache must not change answers). */
function checkDeterministic(input: QuestionInput, scorer?: Scorer, twice = true): AnalysisResult {
  const first = analyseQuestion(input, scorer);
  checkResult(input, first);
  if (!twice) return first;
  const again = analyseQuestion({ title: ` ${input.title}`.slice(1), body: ` ${input.body}`.slice(1) }, scorer);
  expect(withoutTime(again)).toEqual(withoutTime(first));
  return first;
}

// ---- properties ----

describe('fuzz: document → checks → gate → features', () => {
  const cases: [string, fc.Arbitrary<QuestionInput>][] = [
    ['full Unicode', question(unicode)],
    ['Markdown-ish fragments', question(markdownish)],
    ['HTML typed as Markdown', question(html)],
  ];
  it.each(cases)(
    '%s: never throws; findings inside their field and outside code; features finite; model tokens = tokenizer tokens',
    (_name, arb) => {
      fc.assert(
        fc.property(arb, (input) => {
          const doc = parseQuestion(input);
          // Before tokenize() has cached this document: the model's texts-only path must give the same tokens.
          const texts = tokenTexts(doc);
          expect(texts).toEqual(tokenize(doc).map((t) => t.text));
          // The explainer's lazy places say what the token objects say.
          const places = tokenPlaces(doc);
          expect(places.length).toBe(texts.length);
          tokenize(doc).forEach((t, i) => {
            expect([places.block[i], places.from[i], places.to[i]]).toEqual([t.block, t.from, t.to]);
            expect(places.span(i)).toEqual(
              t.start === null || t.end === null ? null : { field: t.field, start: t.start, end: t.end },
            );
          });
          expect(doc.title).toBe(input.title);
          expect(doc.body).toBe(input.body);
          for (const [s, e] of doc.codeRanges) {
            expect(0 <= s && s <= e && e <= input.body.length, `code range ${s}-${e}`).toBe(true);
          }
          checkFindings(input, doc, runChecks(doc));
          const verdict = gate(doc);
          expect(typeof verdict.scorable).toBe('boolean');
          const features = extractFeatures(doc);
          expect(features).toHaveLength(FEATURE_IDS.length);
          for (const [i, v] of features.entries())
            expect(Number.isFinite(v), `feature ${FEATURE_IDS[i]} = ${v}`).toBe(true);
        }),
        runs(520),
      );
    },
  );

  it('HTML bodies (parseHtmlQuestion): never throws; checks keep findings inside the field', () => {
    fc.assert(
      fc.property(fc.record({ title: words, body: html }), (input) => {
        const doc = parseHtmlQuestion(input.title, input.body);
        checkFindings(input, doc, runChecks(doc));
        gate(doc);
        for (const v of extractFeatures(doc)) expect(Number.isFinite(v)).toBe(true);
      }),
      runs(140),
    );
  });
});

describe('fuzz: analyseQuestion', () => {
  it('heuristic scorer: never an error, score in [0, 1] or null, deterministic', () => {
    fc.assert(
      fc.property(anyQuestion, (input) => void checkDeterministic(input)),
      runs(200),
    );
  });

  describe('shipped model with explainer and suggestions', () => {
    let model: ModelScorer;
    let scorer: Scorer;
    beforeAll(async () => {
      model = await loadShippedModel();
      scorer = modelScorer(model);
    });

    // Long enough to pass the gate most of the time, so the explainer and suggestions actually run.
    const scorable = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({ title: words, body: fc.tuple(words, markdownish, words).map((p) => p.join('\n\n')) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ title: words, body: fc.tuple(words, unicode, words).map((p) => p.join(' ')) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ title: words, body: fc.tuple(words, html, words).map((p) => p.join('\n')) }),
      },
    );

    it('never an error, spans valid, contributions finite, deterministic', () => {
      let scored = 0;
      let run = 0;
      fc.assert(
        fc.property(scorable, (input) => {
          if (checkDeterministic(input, scorer, run++ % 3 === 0).state === 'scored') scored++;
        }),
        runs(100),
      );
      // The property is only worth its time if the model path ran for most cases.
      expect(scored).toBeGreaterThan(50);
    }, 120_000);

    it('the model vectorises block runs (cached per block) exactly as the flat token list', () => {
      const config = model.config.vectoriser;
      fc.assert(
        fc.property(scorable, (input) => {
          const doc = parseQuestion(input);
          const features = extractFeatures(doc);
          const flat = vectorise(
            tokenize(doc).map((t) => t.text),
            features,
            config,
          );
          expect(vectoriseRuns(tokenRuns(doc), features, config)).toEqual(flat);
          // Again with every block's run cached, after an edit to the last block only.
          const edited = parseQuestion({ ...input, body: `${input.body} changed` });
          const editedFeatures = extractFeatures(edited);
          expect(vectoriseRuns(tokenRuns(edited), editedFeatures, config)).toEqual(
            vectorise(
              tokenize(edited).map((t) => t.text),
              editedFeatures,
              config,
            ),
          );
        }),
        runs(100),
      );
    });
  });
});
