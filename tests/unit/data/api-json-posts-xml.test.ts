import { describe, expect, it } from 'vitest';
import { readApiJson, readPostsXml, siteMedianScore } from '../../../src/core/data';
import { byId, byteChunks, fixture, fixtureText, run, stringFile } from './helpers';

describe('readApiJson (Stack Exchange API export)', () => {
  it('maps closed reasons, decodes HTML-escaped titles and reports bad items by reason', async () => {
    const { records, summary } = await run(readApiJson, [fixture('so-closed-opinion-2023/closed.json')]);
    expect(records.map((r) => [r.id, r.label])).toEqual([
      ['9001', 'poor'],
      ['9002', null],
    ]);
    expect(byId(records, '9001')).toMatchObject({
      source: 'so-closed-opinion-2023',
      title: 'Which is better: A & B or "C"?',
      body: '<p>Opinions?</p>',
      bodyFormat: 'html',
      tags: ['a', 'b'],
      authorId: '77',
      createdAt: '2023-11-14T22:13:20',
      era: '2023',
      labelDetail: 'closed_reason=Opinion-based score=-2',
    });
    expect(summary.malformed).toEqual({
      'missing-columns': 1,
      'bad-id': 1,
      'bad-label': 1,
      'empty-text': 1,
      'bad-json': 1,
    });
  });

  it('accepts the API wrapper {items: [...]}', async () => {
    const text = JSON.stringify({
      items: [{ question_id: 5, title: 't', body: '<p>b</p>', closed_reason: 'Needs more focus' }],
      has_more: false,
    });
    const { records } = await run(readApiJson, [byteChunks('page.json', text, 4)]);
    expect(records.map((r) => [r.id, r.label])).toEqual([['5', 'poor']]);
  });

  it.each([
    ['broken/truncated.json', fixtureText('broken/truncated.json')],
    ['object.json', '{"quota_remaining": 3}'],
    ['empty.json', ''],
  ])('reports %s as bad-json with no records', async (name, text) => {
    const { records, summary } = await run(readApiJson, [stringFile(name, text)]);
    expect(records).toEqual([]);
    expect(summary.malformed).toEqual({ 'bad-json': 1 });
  });
});

describe('readPostsXml (any site dump)', () => {
  const posts = () => fixture('se-tiny-site/Posts.xml');

  it('reads only questions and labels them against the site median (ties null)', async () => {
    const { records } = await run(readPostsXml, [posts()], { source: 'se-tiny-site' });
    // Valid question scores 10, 2, -1, 2 -> median 2.
    expect(records.map((r) => [r.id, r.label, r.labelDetail])).toEqual([
      ['1', 'good', 'score=10 median=2'],
      ['3', null, 'score=2 median=2'],
      ['4', 'poor', 'score=-1 median=2'],
      ['11', null, 'score=2 median=2'],
    ]);
    expect(byId(records, '1')).toEqual({
      id: '1',
      source: 'se-tiny-site',
      era: '2020',
      title: 'Great & useful?',
      body: '<p>Good</p>\n',
      bodyFormat: 'html',
      tags: ['a', 'b-c'],
      label: 'good',
      labelDetail: 'score=10 median=2',
      authorId: '5',
      createdAt: '2020-01-01T10:00:00',
    });
    expect(byId(records, '3').tags).toEqual(['a']); // new dumps write tags as |a|b|
  });

  it('ties: poor reproduces the "above median vs the rest" split', async () => {
    const { records } = await run(readPostsXml, [posts()], { ties: 'poor' });
    expect(records.map((r) => r.label)).toEqual(['good', 'poor', 'poor', 'poor']);
  });

  it('uses a given median without a first pass', async () => {
    let opened = 0;
    const file = {
      name: 'Posts.xml',
      open: () => {
        opened++;
        return posts().open();
      },
    };
    const { records } = await run(readPostsXml, [file], { median: 0 });
    expect(opened).toBe(1);
    expect(records.map((r) => r.label)).toEqual(['good', 'good', 'poor', 'good']);
  });

  it('computes the median over the questions that become records only', async () => {
    expect(await siteMedianScore(posts())).toEqual({ median: 2, questions: 4 });
  });

  it('counts malformed rows by reason without stopping', async () => {
    const { summary } = await run(readPostsXml, [posts()]);
    expect(summary.malformed).toEqual({ 'bad-xml-row': 2, 'bad-id': 1, 'bad-score': 1, 'empty-text': 1 });
    expect(summary.samples.find((s) => s.reason === 'bad-xml-row' && s.message.includes('comment'))).toMatchObject({
      line: 12,
    });
  });

  it('gives the same records for any chunking, and with a BOM in a string chunk', async () => {
    const text = fixtureText('se-tiny-site/Posts.xml');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const whole = await run(readPostsXml, [stringFile('Posts.xml', text)]);
    expect(whole.records).toHaveLength(4);
    for (const size of [1, 5, 64]) {
      const chunked = await run(readPostsXml, [byteChunks('Posts.xml', text, size)]);
      expect(chunked.records).toEqual(whole.records);
      expect(chunked.summary.malformed).toEqual(whole.summary.malformed);
    }
  });

  it.each([
    // file, ids kept, why it breaks
    ['broken/Posts-truncated.xml', ['1', '2'], 'ends inside a row'],
    ['broken/Posts-bad-markup.xml', ['1'], 'raw < inside an attribute'],
  ])('%s yields the rows before the break and one bad-xml issue (%s)', async (path, ids) => {
    const { records, summary } = await run(readPostsXml, [fixture(path)]);
    expect(records.map((r) => r.id)).toEqual(ids);
    expect(summary.malformed).toEqual({ 'bad-xml': 1 });
  });
});
