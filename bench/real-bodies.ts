// One real question of each class (HQ = good, LQ = poor) from the shared 60k excerpt, picked deterministically:
// the row whose body has the median prose word count of its class (ties: lowest Id). HTML → Markdown, as typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { parseHtmlTree } from '../src/core/document/parse-html';
import { REPO_ROOT } from '../tests/e2e/harness/server';

export const REAL_CSV = join(REPO_ROOT, '../shared/data/so60k-ramananthan-hq-lq/data-dev.csv');

export interface RealQuestion {
  id: string;
  label: 'HQ' | 'LQ';
  title: string;
  body: string;
  words: number;
}

/** Words of Markdown outside fenced code (what a grammar checker reads as prose). */
export function proseWords(markdown: string): number {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
}

export function htmlToMarkdown(html: string): string {
  return toMarkdown(parseHtmlTree(html), { extensions: [gfmToMarkdown()], fences: true }).trim();
}

export function pickRealQuestions(csvPath = REAL_CSV): RealQuestion[] {
  const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return (['HQ', 'LQ'] as const).map((label) => {
    const ofClass = rows
      .filter((r) => r.Y === label)
      .map((r) => {
        const body = htmlToMarkdown(r.Body);
        return { id: r.Id, label, title: r.Title, body, words: proseWords(body) };
      })
      .sort((a, b) => a.words - b.words || Number(a.id) - Number(b.id));
    if (ofClass.length === 0) throw new Error(`no ${label} rows in ${csvPath}`);
    return ofClass[Math.floor((ofClass.length - 1) / 2)];
  });
}
