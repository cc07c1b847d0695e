import { describe, expect, it } from 'vitest';
import { readAlokpadhi, readKlandersen, readRamananthan } from '../../../src/core/data';
import { byId, byteChunks, fixture, fixtureText, run } from './helpers';

describe('readRamananthan (60k raw HTML CSV)', () => {
  it('reads good rows with embedded newlines, quotes and non-ASCII text', async () => {
    const { records } = await run(readRamananthan, [fixture('so60k-ramananthan-hq-lq/data-dev.csv')]);
    expect(records.map((r) => [r.id, r.label, r.labelDetail])).toEqual([
      ['101', 'good', 'HQ'],
      ['103', 'poor', 'LQ'],
      ['113', 'poor', 'LQ'],
    ]);
    const first = byId(records, '101');
    expect(first.body).toContain('<pre><code>x = [3, 1]\n</code></pre>');
    expect(first.body).toContain('It says "error", why?');
    expect(first).toMatchObject({
      source: 'so60k-ramananthan-hq-lq',
      title: 'How do I sort a list?',
      bodyFormat: 'html',
      tags: ['python', 'sorting'],
      createdAt: '2016-01-02T09:05:00',
      era: '2016',
    });
    expect(byId(records, '103')).toMatchObject({
      title: 'Why is café broken?',
      body: '<p>Ünïcode body</p>',
      createdAt: '2016-12-31T23:59:00',
    });
    // An unreadable date keeps the row, with the set's era and no createdAt.
    expect(byId(records, '113')).toMatchObject({ tags: [], createdAt: undefined, era: '2016' });
  });

  it('counts every dropped row by reason, with its line', async () => {
    const { summary } = await run(readRamananthan, [fixture('so60k-ramananthan-hq-lq/data-dev.csv')]);
    expect(summary.malformed).toEqual({
      'bad-id': 1,
      'missing-columns': 1,
      'bad-label': 1,
      'empty-text': 1,
      'extra-columns': 1,
    });
    expect(summary.samples.find((s) => s.reason === 'bad-id')).toMatchObject({ file: 'data-dev.csv', line: 10 });
    expect(summary.samples.find((s) => s.reason === 'missing-columns')).toMatchObject({ line: 11 });
  });

  it('gives the same records whatever the chunking (UTF-8 split inside a character)', async () => {
    const text = fixtureText('so60k-ramananthan-hq-lq/data-dev.csv');
    const whole = await run(readRamananthan, [byteChunks('data-dev.csv', text, 1 << 20)]);
    for (const size of [1, 3, 7]) {
      const chunked = await run(readRamananthan, [byteChunks('data-dev.csv', text, size)]);
      expect(chunked.records).toEqual(whole.records);
      expect(chunked.summary.malformed).toEqual(whole.summary.malformed);
    }
  });

  it('reports an unclosed quote at the end instead of crashing, keeping the rows before', async () => {
    const text =
      'Id,Title,Body,Tags,CreationDate,Y\n1,T,<p>b</p>,<c>,1/1/2016 0:00,HQ\n3,T,"<p>never closed,<c>,1/1/2016 0:00,LQ\n';
    const { records, summary } = await run(readRamananthan, [byteChunks('x.csv', text, 5)]);
    expect(records.map((r) => r.id)).toEqual(['1']);
    expect(summary.malformed).toEqual({ 'bad-csv-row': 1 });
  });

  it('reports every row as missing-columns when the header lacks a required column', async () => {
    const text = 'Id,Title,Body\n1,T,B\n3,T,B\n';
    const { records, summary } = await run(readRamananthan, [byteChunks('x.csv', text, 100)]);
    expect(records).toEqual([]);
    expect(summary.malformed).toEqual({ 'missing-columns': 2 });
  });
});

describe('readAlokpadhi (60k preprocessed words)', () => {
  it('keeps the merged text verbatim (CRLF of LQ_EDIT included) and ids by file row', async () => {
    const { records, summary } = await run(readAlokpadhi, [fixture('so60k-alokpadhi-preprocessed/test.csv')]);
    expect(records.map((r) => [r.id, r.label, r.labelDetail])).toEqual([
      ['test.csv#0', 'good', 'HQ'],
      ['test.csv#1', 'poor', 'LQ_EDIT'],
      ['test.csv#2', 'poor', 'LQ_CLOSE'],
    ]);
    expect(records[0]).toMatchObject({
      title: '',
      body: 'sort list python sort error\nwhy',
      bodyFormat: 'preprocessed',
      era: '2016-2020',
    });
    // The leak the SOURCE.md warns about is data, not a parsing accident: it must survive reading.
    expect(records[1].body).toBe('edit me words\r\n more words\r\n');
    expect(summary.malformed).toEqual({ 'bad-label': 1, 'empty-text': 1 });
  });
});

describe('readKlandersen (2016 dump CSVs)', () => {
  const files = [
    // Processed file first on purpose: the reader must still prefer the raw HTML copies.
    fixture('so-dump2016-klandersen-score/training_data_1000.csv'),
    fixture('so-dump2016-klandersen-score/training_data_10000_unprocessed_UP_has_links.csv'),
    fixture('so-dump2016-klandersen-score/training_data_10000_unprocessed_UP_has_homework.csv'),
  ];

  it('deduplicates by Id across files, raw HTML copy first, and counts the duplicates', async () => {
    const { records, summary } = await run(readKlandersen, files);
    expect(records.map((r) => r.id).sort()).toEqual(['1001', '1002', '1004', '1005']);
    expect(summary.duplicates).toBe(2);
    expect(byId(records, '1001').bodyFormat).toBe('html');
    expect(byId(records, '1005').bodyFormat).toBe('preprocessed');
    expect(
      summary.samples
        .filter((s) => s.reason === 'duplicate-id')
        .map((s) => s.file)
        .sort(),
    ).toEqual(['training_data_1000.csv', 'training_data_10000_unprocessed_UP_has_homework.csv']);
  });

  it('decodes &#xA; newlines in raw bodies, float ids and labels, and keeps score only as provenance', async () => {
    const { records, summary } = await run(readKlandersen, files);
    const good = byId(records, '1001');
    expect(good).toMatchObject({
      title: 'Good old question',
      body: '<p>line one, "quoted"</p>\n\n<pre><code>a &amp;&amp; b\n</code></pre>\n',
      label: 'good',
      labelDetail: 'label=1 score=60.0',
      tags: ['php', 'javascript'],
      authorId: '42',
      createdAt: '2009-06-23T21:51:25',
      era: '2009',
    });
    expect(Object.keys(good).sort()).toEqual([
      'authorId',
      'body',
      'bodyFormat',
      'createdAt',
      'era',
      'id',
      'label',
      'labelDetail',
      'source',
      'tags',
      'title',
    ]);
    expect(byId(records, '1002')).toMatchObject({ label: 'poor', authorId: undefined });
    expect(byId(records, '1005')).toMatchObject({ label: 'good', body: 'how do i  has_links  thanks', era: '2008' });
    expect(summary.malformed).toEqual({ 'bad-id': 1, 'bad-label': 1 });
  });
});
