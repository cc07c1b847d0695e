import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DATASETS, discoverDatasets } from '../../../src/core/data';
import { fixtureDir, repoRoot } from './helpers';

describe('discoverDatasets', () => {
  it('maps known folders to their reader, any Posts.xml folder to the dump reader, and lists the rest', () => {
    const { sets, unknown } = discoverDatasets([
      { folder: 'so60k-alokpadhi-preprocessed', files: ['SOURCE.md', 'valid.csv', 'test.csv'] },
      { folder: 'so-dump2016-klandersen-score', files: ['SOURCE.md', 'b.csv', 'a.csv'] },
      { folder: 'so-closed-opinion-2023', files: ['SOURCE.md', 'Opinion-based-raw-data.json'] },
      { folder: 'se-gaming-posts-2024', files: ['Posts.xml', 'Users.xml', 'SOURCE.md'] },
      { folder: 'so60k-ramananthan-hq-lq', files: ['SOURCE.md'] },
      { folder: 'notes', files: ['todo.txt'] },
    ]);
    expect(sets.map((s) => [s.spec.folder, s.spec.format, s.files])).toEqual([
      ['se-gaming-posts-2024', 'se-posts-xml', ['Posts.xml']],
      ['so-closed-opinion-2023', 'api-json', ['Opinion-based-raw-data.json']],
      ['so-dump2016-klandersen-score', 'csv-so-dump-2016', ['a.csv', 'b.csv']],
      ['so60k-alokpadhi-preprocessed', 'csv-60k-preprocessed', ['test.csv', 'valid.csv']],
    ]);
    expect(unknown).toEqual(['notes', 'so60k-ramananthan-hq-lq']);
  });

  it('knows every non-dump folder of the shared data', () => {
    expect(DATASETS.map((d) => d.folder).sort()).toEqual([
      'so-closed-2012-kaggle',
      'so-closed-opinion-2023',
      'so-dump2016-klandersen-score',
      'so60k-alokpadhi-preprocessed',
      'so60k-ramananthan-hq-lq',
    ]);
  });
});

describe('scripts/ingest.ts', () => {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const script = join(repoRoot, 'scripts/ingest.ts');

  it('reads a data dir, prints a JSON summary per set and writes one JSONL line per record', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'records.jsonl');
    try {
      const { stdout } = await promisify(execFile)(tsx, [script, fixtureDir, '--json', '--out', out], {
        cwd: repoRoot,
      });
      const summaries = JSON.parse(stdout.slice(stdout.indexOf('{')));
      const folders = readdirSync(fixtureDir).filter(
        (f) => statSync(join(fixtureDir, f)).isDirectory() && f !== 'broken',
      );
      expect(Object.keys(summaries).sort()).toEqual(folders.sort());
      expect(summaries['se-tiny-site'].labels).toEqual({ good: 1, poor: 1, null: 2 });
      expect(summaries['so-dump2016-klandersen-score'].duplicates).toBe(2);
      const lines = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const total = Object.values(summaries as Record<string, { records: number }>).reduce((n, s) => n + s.records, 0);
      expect(lines).toHaveLength(total);
      expect(new Set(lines.map((r) => `${r.source}/${r.id}`)).size).toBe(total);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });

  it('reads any site dump given with --posts-xml', async () => {
    const { stdout } = await promisify(execFile)(
      tsx,
      [script, '--posts-xml', join(fixtureDir, 'broken/Posts-truncated.xml'), '--source', 'se-broken', '--json'],
      { cwd: repoRoot },
    );
    const summaries = JSON.parse(stdout);
    expect(summaries['se-broken']).toMatchObject({ records: 2, malformed: { 'bad-xml': 1 } });
  });
});
