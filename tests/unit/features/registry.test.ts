// The registry contract (ids, labels, order, always-finite values), robustness on odd input, the per-sentence
// cache behaviour after a small edit, and Markdown/HTML parity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlQuestion } from '../../../src/core/document/parse-html';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import type { QuestionDocument } from '../../../src/core/document/question-document';
import { featureContext, type Feature } from '../../../src/core/features/feature';
import { FEATURE_IDS, FEATURES, extractFeatures, featureById } from '../../../src/core/features/registry';
import { taggerStats } from '../../../src/core/nlp/tagger';

const FAMILIES = new Set(['punctuation', 'length', 'vocabulary', 'pos', 'sentiment', 'readability', 'question']);

describe('registry', () => {
  it('ids are unique kebab-case, labels non-empty, families known', () => {
    expect(new Set(FEATURE_IDS).size).toBe(FEATURES.length);
    for (const f of FEATURES) {
      expect(f.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(f.label.trim().length).toBeGreaterThan(0);
      expect(FAMILIES.has(f.family)).toBe(true);
    }
    expect(FEATURE_IDS).toEqual(FEATURES.map((f) => f.id));
    expect(FEATURES.length).toBeGreaterThanOrEqual(25);
    // 35 until issue 13 added the substance features (code, errors, attempts, details, placeholders, repetition).
    expect(FEATURES.length).toBeLessThanOrEqual(40);
  });

  it('every family the brief asks for is present', () => {
    expect(new Set(FEATURES.map((f) => f.family))).toEqual(FAMILIES);
  });

  it('a substance or filler feature that reads 0 when its thing is absent is named by what is absent', () => {
    // "What moves the score" must say "No code block", not credit "Includes a code block" to a question without one.
    const doc = parseQuestion({
      title: 'Sorting names',
      body: 'I want to sort a list of names by length. Is there a built-in way to do that?',
    });
    const values = extractFeatures(doc);
    const zeroMonotone = FEATURES.filter((f, i) => f.monotone !== undefined && values[i] === 0);
    expect(zeroMonotone.length).toBeGreaterThan(3);
    for (const f of zeroMonotone) expect(f.absentLabel, f.id).toBeTruthy();
    for (const f of FEATURES) if (f.absentLabel) expect(f.absentLabel).not.toBe(f.label);
  });

  it('featureById finds each feature and nothing else', () => {
    for (const f of FEATURES) expect(featureById(f.id)).toBe(f);
    expect(featureById('score')).toBeUndefined();
  });

  it('extractFeatures returns one value per feature, in registry order', () => {
    const doc = parseQuestion({ title: 'Why?', body: 'It is great!\n\n```\nx\n```' });
    const values = extractFeatures(doc);
    expect(values).toHaveLength(FEATURES.length);
    expect(values[FEATURE_IDS.indexOf('has-code-block')]).toBe(1);
    expect(values[FEATURE_IDS.indexOf('title-question-mark')]).toBe(1);
    expect(values[FEATURE_IDS.indexOf('sentiment-polarity')]).toBe(1);
  });

  it('a feature that throws or is not finite yields 0, the others are unaffected', () => {
    const bad: Feature[] = [
      {
        id: 'throws',
        label: 'x',
        family: 'length',
        compute: () => {
          throw new Error('boom');
        },
      },
      { id: 'nan', label: 'x', family: 'length', compute: () => Number.NaN },
      { id: 'inf', label: 'x', family: 'length', compute: () => Number.POSITIVE_INFINITY },
      { id: 'seven', label: 'x', family: 'length', compute: () => 7 },
    ];
    expect(extractFeatures(parseQuestion({ title: 'a', body: 'b' }), bad)).toEqual([0, 0, 0, 7]);
  });
});

describe('robustness: every value finite', () => {
  const big = `Why does this fail?! I tried \`x\` and PLEASE help, thanks. ${'word '.repeat(40)}\n\n`.repeat(200);
  const inputs: Array<[string, string, string]> = [
    ['empty', '', ''],
    ['white space only', '   \n\t ', '\n\n   \n'],
    ['emoji', '😀😀?', '🔥🔥 🚀!!! 👍🏽'],
    ['CJK', '如何排序数组？', '我试过了。它不工作！\n\n```\n代码\n```'],
    ['RTL', 'كيف أرتب مصفوفة؟', 'שלום עולם. זה לא עובד!'],
    ['control chars', '\u0000\u0007\u202e', '\u0000\u0001\u001b[31m\u200b\ufeff\u202e abc'],
    ['lone surrogates', '\ud800', 'a\udc00b \ud83d'],
    ['only punctuation', '???', '!!! ... ,,, ?? ?'],
    ['only code', '', `\`\`\`\n${'x'.repeat(5000)}\n\`\`\``],
    ['100k characters', 'T'.repeat(1000), big.slice(0, 100_000)],
    ['100k characters, one line', '', 'a'.repeat(100_000)],
  ];
  it.each(inputs)('%s', (_name, title, body) => {
    const values = extractFeatures(parseQuestion({ title, body }));
    expect(values).toHaveLength(FEATURES.length);
    for (const v of values) expect(Number.isFinite(v)).toBe(true);
  });

  it('arbitrary strings (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (body, title) => {
          // Each feature's own compute, not only the guarded extractFeatures, must be finite.
          const doc = parseQuestion({ title, body });
          for (const v of rawValues(doc)) if (!Number.isFinite(v)) return false;
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });
});

// No try/catch here: a feature that throws fails the property.
function rawValues(doc: QuestionDocument): number[] {
  const ctx = featureContext(doc);
  return FEATURES.map((f) => f.compute(ctx));
}

describe('caching', () => {
  it('an edit tags only the word windows it changed', () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i} explains the cache. It has a second sentence number ${i}. And a third one ${i}.`,
    );
    const body = paragraphs.join('\n\n');
    const baseline = extractFeatures(parseQuestion({ title: 'Cache test title', body }));
    // Punctuation: no new word, nothing tagged.
    let before = taggerStats().tagged;
    const exclaimed = extractFeatures(
      parseQuestion({
        title: 'Cache test title',
        body: body.replace('second sentence number 7.', 'second sentence number 7!'),
      }),
    );
    expect(taggerStats().tagged - before).toBe(0);
    expect(exclaimed[FEATURE_IDS.indexOf('exclamation-mark-rate')]).toBeGreaterThan(0);
    // A new last word: its own window and its left neighbour's (tagged between "number" and it).
    before = taggerStats().tagged;
    const typed = extractFeatures(
      parseQuestion({
        title: 'Cache test title',
        body: body.replace(
          'the cache. It has a second sentence number 12.',
          'the cache. It has a second sentence number 12 quickly.',
        ),
      }),
    );
    expect(taggerStats().tagged - before).toBe(2);
    // And its tag counts: one more adverb.
    const adverbs = FEATURE_IDS.indexOf('adverb-share');
    expect(typed[adverbs]).toBeGreaterThan(baseline[adverbs]);
  });
});

describe('Markdown and HTML give the same vector', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'paragraphs, inline code, code block, link, list',
      'How do I sort an array in JavaScript?',
      'Hi all,\n\nI tried `arr.sort()` but it is not working! See [the docs](https://mdn.dev).\n\n' +
        '```\nTypeError: x is not a function\n    at foo (a.js:1:2)\n```\n\n- first point\n- second point\n\nThanks in advance.',
      '<p>Hi all,</p>\n<p>I tried <code>arr.sort()</code> but it is not working! See <a href="https://mdn.dev">the docs</a>.</p>\n' +
        '<pre><code>TypeError: x is not a function\n    at foo (a.js:1:2)\n</code></pre>\n<ul>\n<li>first point</li>\n<li>second point</li>\n</ul>\n<p>Thanks in advance.</p>',
    ],
    [
      'emphasis, image, quote',
      'Why is my image blank',
      'The **image** is *blank*: ![pic](a.png)\n\n> quoted text here',
      '<p>The <strong>image</strong> is <em>blank</em>: <img src="a.png" alt="pic"></p>\n<blockquote>\n<p>quoted text here</p>\n</blockquote>',
    ],
    [
      'heading, entities, ordered list, PLEASE',
      'Parse dates &amp; times',
      '## Setup\n\nI use `Date` & `moment`. PLEASE HELP, it is urgent!!\n\n1. one\n2. two',
      '<h2>Setup</h2>\n<p>I use <code>Date</code> &amp; <code>moment</code>. PLEASE HELP, it is urgent!!</p>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>',
    ],
  ];
  it.each(cases)('%s', (_name, title, markdown, html) => {
    const fromMd = extractFeatures(parseQuestion({ title, body: markdown }));
    const fromHtml = extractFeatures(parseHtmlQuestion(title, html));
    FEATURE_IDS.forEach((id, i) => {
      expect([id, fromHtml[i]]).toEqual([id, fromMd[i]]);
    });
    // Not vacuous: the questions have code, links or marks to agree on.
    expect(fromMd.some((v) => v !== 0)).toBe(true);
  });
});
