// Reads the real ../shared/data files and checks the counts their README/SOURCE.md state.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readAlokpadhi,
  readApiJson,
  readKaggle2012,
  readKlandersen,
  readPostsXml,
  readRamananthan,
  type QuestionRecord,
} from '../../../src/core/data';
import { fixture, repoRoot, run } from './helpers';

const dataDir = resolve(repoRoot, '..', 'shared', 'data');
const present = existsSync(dataDir);
if (!present)
  console.warn(`SKIPPED shared-data tests: ${dataDir} is missing (the shared datasets live beside the repo).`);

const file = (folder: string, name: string) => fixture(`${folder}/${name}`, dataDir);
const count = (records: QuestionRecord[], pick: (r: QuestionRecord) => string | null) => {
  const out: Record<string, number> = {};
  for (const r of records) out[String(pick(r))] = (out[String(pick(r))] ?? 0) + 1;
  return out;
};

describe.skipIf(!present)('real shared data (../shared/data)', { timeout: 120_000 }, () => {
  it('so60k-ramananthan-hq-lq: 826 rows, HQ 415 / LQ 411, 2016-01-01 .. 2016-06-04', async () => {
    const { records, summary } = await run(readRamananthan, [file('so60k-ramananthan-hq-lq', 'data-dev.csv')]);
    expect(summary.malformed).toEqual({});
    expect(count(records, (r) => r.labelDetail)).toEqual({ HQ: 415, LQ: 411 });
    expect(records.every((r) => Number(r.id) % 2 === 1)).toBe(true); // SOURCE: the odd Ids
    expect(records.every((r) => r.body.includes('<p>'))).toBe(true);
    const dates = records.map((r) => r.createdAt!).sort();
    expect([dates[0].slice(0, 10), dates.at(-1)!.slice(0, 10)]).toEqual(['2016-01-01', '2016-06-04']);
  });

  it.each([
    ['test.csv', 6751, { HQ: 2251, LQ_EDIT: 2250, LQ_CLOSE: 2250 }],
    ['valid.csv', 6750, { HQ: 2250, LQ_EDIT: 2250, LQ_CLOSE: 2250 }],
  ])('so60k-alokpadhi-preprocessed %s: %d rows by class', async (name, rows, classes) => {
    const { records, summary } = await run(readAlokpadhi, [file('so60k-alokpadhi-preprocessed', name)]);
    expect(summary.malformed).toEqual({});
    expect(records).toHaveLength(rows);
    expect(count(records, (r) => r.labelDetail)).toEqual(classes);
    expect(new Set(records.map((r) => r.body)).size).toBe(rows); // SOURCE: all texts unique per file
  });

  it('so60k-alokpadhi-preprocessed: the LQ_EDIT \\r leak is present as documented', async () => {
    const { records } = await run(readAlokpadhi, [
      file('so60k-alokpadhi-preprocessed', 'test.csv'),
      file('so60k-alokpadhi-preprocessed', 'valid.csv'),
    ]);
    const share = (cls: string) => {
      const rows = records.filter((r) => r.labelDetail === cls);
      return rows.filter((r) => r.body.includes('\r')).length / rows.length;
    };
    expect(share('LQ_EDIT')).toBeGreaterThan(0.9);
    expect(share('HQ')).toBeLessThan(0.02);
    expect(share('LQ_CLOSE')).toBeLessThan(0.02);
  });

  const klandersenFiles = [
    ['training_data_10000_unprocessed_UP_has_links.csv', 2576, 1798, 778],
    ['training_data_10000_unprocessed_UP_has_homework.csv', 374, 113, 261],
    ['training_data_10000_unprocessed_UP_has_hexadecimal.csv', 160, 51, 109],
    ['training_data_1000.csv', 2000, 1000, 1000],
  ] as const;

  it.each(klandersenFiles)(
    'so-dump2016-klandersen-score %s: %d rows, %d good, %d bad',
    async (name, rows, good, poor) => {
      const { records, summary } = await run(readKlandersen, [file('so-dump2016-klandersen-score', name)]);
      expect(summary.malformed).toEqual({});
      expect(summary.duplicates).toBe(0);
      expect(records).toHaveLength(rows);
      expect(summary.labels).toEqual({ good, poor, null: 0 });
    },
  );

  it('so-dump2016-klandersen-score: 3,029 unique raw Ids, 4,647 across all four files', async () => {
    const raw = klandersenFiles
      .filter(([n]) => n.includes('unprocessed'))
      .map(([n]) => file('so-dump2016-klandersen-score', n));
    const rawOnly = await run(readKlandersen, raw);
    expect(rawOnly.records).toHaveLength(3029);
    expect(rawOnly.summary.duplicates).toBe(2576 + 374 + 160 - 3029);
    const all = await run(
      readKlandersen,
      klandersenFiles.map(([n]) => file('so-dump2016-klandersen-score', n)),
    );
    expect(all.records).toHaveLength(4647);
    expect(all.summary.bodyFormats).toEqual({ html: 3029, preprocessed: 4647 - 3029 });
    // No `&#xA;` left in raw bodies once decoded; the labels agree with the score rule.
    expect(all.records.some((r) => r.body.includes('&#xA;'))).toBe(false);
    for (const r of all.records) {
      const score = Number(r.labelDetail.split('score=')[1]);
      expect(r.label === 'good' ? score >= 51 : score <= -6).toBe(true);
    }
  });

  it('so-closed-2012-kaggle: 44,094 questions, 35,475 owners, the SOURCE.md counts per OpenStatus', async () => {
    const { records, summary } = await run(readKaggle2012, [file('so-closed-2012-kaggle', 'train-sample-part.csv')]);
    expect(summary.malformed).toEqual({});
    expect(records).toHaveLength(44094);
    expect(new Set(records.map((r) => r.id)).size).toBe(44094);
    expect(new Set(records.map((r) => r.authorId).filter(Boolean)).size).toBe(35475);
    expect(count(records, (r) => r.labelDetail)).toEqual({
      open: 23067,
      'not a real question': 8211,
      'off topic': 6586,
      'not constructive': 4505,
      'too localized': 1725,
    });
    expect(
      records.every((r) => r.bodyFormat === 'markdown' && (r.label === 'good') === (r.closeReason === undefined)),
    ).toBe(true);
  });

  it('so-closed-opinion-2023: 329 unique questions, all poor, 2023-09-13 .. 2023-11-28', async () => {
    const { records, summary } = await run(readApiJson, [
      file('so-closed-opinion-2023', 'Opinion-based-raw-data.json'),
    ]);
    expect(summary.malformed).toEqual({});
    expect(records).toHaveLength(329);
    expect(new Set(records.map((r) => r.id)).size).toBe(329);
    expect(summary.labels).toEqual({ good: 0, poor: 329, null: 0 });
    const dates = records.map((r) => r.createdAt!).sort();
    expect([dates[0].slice(0, 10), dates.at(-1)!.slice(0, 10)]).toEqual(['2023-09-13', '2023-11-28']);
  });

  it.each([
    // folder, questions, median, above median, at-or-below median
    ['se-cardano-posts-2021', 1042, 3, 466, 576],
    ['se-beer-posts-2017', 663, 5, 316, 347],
    ['se-coffee-posts-2015', 225, 5, 107, 118],
  ])('%s: %d questions, median %d, %d above vs %d not', async (folder, questions, median, above, rest) => {
    let seen: number | null = null;
    const { records, summary } = await run(readPostsXml, [file(folder, 'Posts.xml')], {
      source: folder,
      onMedian: (m: number | null) => (seen = m),
    });
    expect(summary.malformed).toEqual({});
    expect(records).toHaveLength(questions);
    expect(seen).toBe(median);
    expect(summary.labels.good).toBe(above);
    expect(summary.labels.poor + summary.labels.null).toBe(rest);
    const tiesPoor = await run(readPostsXml, [file(folder, 'Posts.xml')], { ties: 'poor' });
    expect(tiesPoor.summary.labels).toEqual({ good: above, poor: rest, null: 0 });
  });
});
