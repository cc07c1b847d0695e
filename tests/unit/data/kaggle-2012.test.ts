import { describe, expect, it } from 'vitest';
import { readKaggle2012 } from '../../../src/core/data';
import { byId, fixture, run } from './helpers';

const file = () => fixture('so-closed-2012-kaggle/train-sample-part.csv');

describe('readKaggle2012 (Kaggle 2012 closed-question sample, Markdown as typed)', () => {
  it("reads open and closed rows, with the close reason mapped to the head's classes", async () => {
    const { records } = await run(readKaggle2012, [file()]);
    expect(records.map((r) => [r.id, r.label, r.labelDetail, r.closeReason])).toEqual([
      ['11', 'good', 'open', undefined],
      ['12', 'poor', 'not constructive', 'opinion-based'],
      ['13', 'poor', 'not a real question', 'unclear'],
      ['14', 'poor', 'off topic', 'off-topic'],
      ['15', 'poor', 'too localized', 'too-localized'],
    ]);
    expect(byId(records, '11')).toMatchObject({
      source: 'so-closed-2012-kaggle',
      title: 'How do I sort a list?',
      body: 'I have this list:\n\n    x = [3, 1]\n\nIt says "error", why?',
      bodyFormat: 'markdown',
      tags: ['python', 'sorting'],
      authorId: '9',
      createdAt: '2008-08-01T00:42:38',
      era: '2008',
    });
    // No owner: no author id (the row is kept); the year of creation is the era.
    expect(byId(records, '13')).toMatchObject({ authorId: undefined, era: '2012', body: 'Ünïcode body, no owner' });
  });

  it('never carries the asker columns into a record', async () => {
    const { records } = await run(readKaggle2012, [file()]);
    const keys = new Set(records.flatMap((r) => Object.keys(r)));
    for (const banned of [
      'reputation',
      'ReputationAtPostCreation',
      'OwnerCreationDate',
      'OwnerUndeletedAnswerCountAtPostTime',
      'PostClosedDate',
    ]) {
      expect(keys.has(banned)).toBe(false);
    }
    expect(JSON.stringify(records)).not.toContain('03/16/2011'); // the close date is a label, not kept
  });

  it('counts dropped rows by reason, and closed rows by close reason', async () => {
    const { summary } = await run(readKaggle2012, [file()]);
    expect(summary.malformed).toEqual({ 'bad-id': 1, 'bad-label': 1, 'empty-text': 1, 'missing-columns': 1 });
    expect(summary.closeReasons).toEqual({ 'opinion-based': 1, unclear: 1, 'off-topic': 1, 'too-localized': 1 });
    expect(summary.classes).toMatchObject({ open: 1, 'not a real question': 1 });
  });
});
