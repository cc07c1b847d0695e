// encodeRows: worker threads give exactly what one thread gives, and the cache gives it back unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuestionRecord } from '../../../src/core/data';
import { defaultEncoder } from '../../../src/core/model/default-encoder';
import { encodeRecord, encodeRows, type LabelledRow } from '../../../src/training/node-data';

const dir = mkdtempSync(join(tmpdir(), 'encode-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rows(n: number): LabelledRow[] {
  return Array.from({ length: n }, (_, i) => {
    const format = (['markdown', 'html', 'preprocessed'] as const)[i % 3];
    const body =
      format === 'markdown'
        ? `I call \`parse(${i})\` and get:\n\n\`\`\`\nValueError: bad value ${i}\n\`\`\`\n\nWhy does it fail for ${i}?`
        : format === 'html'
          ? `<p>My loop stops after ${i} items.</p><pre><code>for x in items: print(x)</code></pre><p>What am I missing?</p>`
          : `loop stops after items pre code x items code pre missing ${i}`;
    const record: QuestionRecord = {
      id: String(i),
      source: 'test',
      era: 'modern',
      title: `Question ${i} about a loop`,
      body,
      bodyFormat: format,
      tags: [],
      label: 'good',
      labelDetail: 'HQ',
    } as QuestionRecord;
    return { key: `test:${i}`, record, pool: 'modern', split: 'train', label: 1 };
  });
}

describe('encodeRows', () => {
  const input = rows(900);

  it('gives, in two worker threads, exactly what encodeRecord gives in this thread', async () => {
    const threaded = await encodeRows(input, defaultEncoder, join(dir, 'a.json'), undefined, undefined, 2);
    expect(threaded).toHaveLength(input.length);
    expect(threaded).toEqual(input.map((r) => encodeRecord(r.record, defaultEncoder)));
  }, 120_000);

  it('reads a second call from the cache, unchanged', async () => {
    const stats = { encoded: 0, cached: 0 };
    const first = await encodeRows(input.slice(0, 50), defaultEncoder, join(dir, 'b.json'), undefined, undefined, 1);
    const again = await encodeRows(input.slice(0, 50), defaultEncoder, join(dir, 'b.json'), undefined, stats, 1);
    expect(stats).toEqual({ encoded: 0, cached: 50 });
    expect(again).toEqual(first);
  });
});
