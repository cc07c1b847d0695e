import { describe, expect, it } from 'vitest';
import {
  LABEL_TABLES,
  decodeDumpNewlines,
  decodeHtmlText,
  labelFromMedian,
  labelFromTable,
  medianOfHistogram,
  normaliseKlandersenClass,
  parseDumpDate,
  parseQuestionId,
  parseTags,
  parseUnixSeconds,
  parseUsDate,
} from '../../../src/core/data';

describe('label mapping table', () => {
  it.each([
    // set, raw class, label
    ['so60k-ramananthan-hq-lq', 'HQ', 'good'],
    ['so60k-ramananthan-hq-lq', 'LQ', 'poor'],
    ['so60k-alokpadhi-preprocessed', 'HQ', 'good'],
    ['so60k-alokpadhi-preprocessed', 'LQ_EDIT', 'poor'],
    ['so60k-alokpadhi-preprocessed', 'LQ_CLOSE', 'poor'],
    ['so-dump2016-klandersen-score', '1', 'good'],
    ['so-dump2016-klandersen-score', '-1', 'poor'],
    ['so-closed-opinion-2023', 'Opinion-based', 'poor'],
    ['so-closed-opinion-2023', 'Duplicate', null],
  ] as const)('%s: %s -> %s', (set, raw, label) => {
    expect(labelFromTable(LABEL_TABLES[set], raw)).toBe(label);
  });

  it.each([
    ['so60k-ramananthan-hq-lq', 'hq'],
    ['so60k-ramananthan-hq-lq', 'LQ_EDIT'],
    ['so60k-alokpadhi-preprocessed', 'LQ'],
    ['so-dump2016-klandersen-score', '0'],
    ['so-closed-opinion-2023', ''],
  ])('%s: unknown class %j is not guessed', (set, raw) => {
    expect(labelFromTable(LABEL_TABLES[set], raw)).toBeUndefined();
  });

  it('every rule says why', () => {
    for (const rules of Object.values(LABEL_TABLES))
      for (const rule of rules) expect(rule.why.length).toBeGreaterThan(10);
  });

  it.each([
    ['1', '1'],
    ['1.0', '1'],
    ['-1.0', '-1'],
    [' -1 ', '-1'],
    ['0.5', '0.5'],
    ['', ''],
    ['good', 'good'],
  ])('klandersen class %j -> %j', (raw, norm) => expect(normaliseKlandersenClass(raw)).toBe(norm));
});

describe('median rule', () => {
  it.each([
    // score, median, ties, label
    [6, 5, 'null', 'good'],
    [5, 5, 'null', null],
    [5, 5, 'poor', 'poor'],
    [4, 5, 'null', 'poor'],
    [3, 2.5, 'null', 'good'],
    [2, 2.5, 'null', 'poor'],
  ] as const)('score %d vs median %d (ties %s) -> %s', (score, median, ties, label) => {
    expect(labelFromMedian(score, median, ties)).toBe(label);
  });

  it.each([
    [[], null],
    [[[7, 1]], 7],
    [
      [
        [1, 1],
        [3, 1],
      ],
      2,
    ],
    [
      [
        [-1, 1],
        [2, 2],
        [10, 1],
      ],
      2,
    ],
    [
      [
        [0, 5],
        [100, 4],
      ],
      0,
    ],
    [
      [
        [0, 4],
        [100, 4],
      ],
      50,
    ],
    [
      [
        [9, 1],
        [1, 1],
        [5, 1],
      ],
      5,
    ],
  ] as [Array<[number, number]>, number | null][])('median of histogram %j is %j', (entries, median) => {
    expect(medianOfHistogram(new Map(entries))).toBe(median);
  });

  it('agrees with the sorted-array median on random data', () => {
    for (let seed = 1; seed < 200; seed++) {
      const scores = Array.from({ length: (seed % 17) + 1 }, (_, i) => ((seed * 31 + i * 17) % 23) - 5);
      const sorted = [...scores].sort((a, b) => a - b);
      const n = sorted.length;
      const expected = (sorted[Math.floor((n - 1) / 2)] + sorted[Math.floor(n / 2)]) / 2;
      const histogram = new Map<number, number>();
      for (const s of scores) histogram.set(s, (histogram.get(s) ?? 0) + 1);
      expect(medianOfHistogram(histogram)).toBe(expected);
    }
  });
});

describe('field parsers', () => {
  it.each([
    ['123', '123'],
    ['4356273.0', '4356273'],
    [' 7 ', '7'],
    [42, '42'],
    ['12.5', null],
    ['-3', null],
    ['0', null],
    ['', null],
    ['abc', null],
    ['nan', null],
    [undefined, null],
    [1.5, null],
  ])('id %j -> %j', (raw, id) => expect(parseQuestionId(raw)).toBe(id));

  it.each([
    ['<python><pandas>', ['python', 'pandas']],
    ['<c++><c#-4.0>', ['c++', 'c#-4.0']],
    ['|a|b-c|', ['a', 'b-c']],
    ['', []],
    [undefined, []],
    [
      ['x', 'y'],
      ['x', 'y'],
    ],
  ])('tags %j -> %j', (raw, tags) => expect(parseTags(raw)).toEqual(tags));

  it.each([
    [parseDumpDate, '2014-01-21T20:26:05.383', '2014-01-21T20:26:05'],
    [parseDumpDate, '2008-08-29 21:27:23', '2008-08-29T21:27:23'],
    [parseDumpDate, '2010-12-04 22:52', '2010-12-04T22:52:00'],
    [parseDumpDate, 'nan', undefined],
    [parseDumpDate, '2014-13-01T00:00:00', undefined],
    [parseUsDate, '1/1/2016 9:55', '2016-01-01T09:55:00'],
    [parseUsDate, '12/31/2016 23:59', '2016-12-31T23:59:00'],
    [parseUsDate, '2016-01-01', undefined],
    [parseUnixSeconds, 1701133440, '2023-11-28T01:04:00'],
    [parseUnixSeconds, '1701133440', undefined],
  ] as [(raw: unknown) => string | undefined, unknown, string | undefined][])('%o(%j) -> %j', (fn, raw, iso) => {
    expect(fn(raw)).toBe(iso);
  });

  it.each([
    ['doesn&#39;t', "doesn't"],
    ['&lt;details&gt; &amp; &quot;x&quot;', '<details> & "x"'],
    ['no entities', 'no entities'],
    ['R&D', 'R&D'],
  ])('API title %j -> %j', (raw, text) => expect(decodeHtmlText(raw)).toBe(text));

  it('turns the dump newline escapes into newlines and leaves escaped text alone', () => {
    expect(decodeDumpNewlines('<p>a</p>&#xA;&#xA;<pre>x&#xD;&#xA;y</pre>')).toBe('<p>a</p>\n\n<pre>x\r\ny</pre>');
    expect(decodeDumpNewlines('<code>&amp;#xA;</code>')).toBe('<code>&amp;#xA;</code>');
  });
});
