// The store material's facts that tests hold the build to: the README's permission table, the listing's short
// description, and PNG sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server';

/** The rows of the first `| permission | why |` table in a Markdown file, as [permission, why] cells. */
export function permissionTable(file: string): [string, string][] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const start = text.indexOf('| permission | why |');
  if (start < 0) throw new Error(`${file} has no permission table`);
  const rows = text.slice(start).split('\n');
  const table = rows.slice(
    2,
    rows.findIndex((line, i) => i > 0 && !line.startsWith('|')),
  );
  return table.map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    return [cells[0], cells[1]];
  });
}

/** Whether the README's table names `permission` (as `code`) in its first column. */
export function tableNames(table: [string, string][], permission: string): boolean {
  return table.some(([name]) => name.includes(`\`${permission}\``));
}

/** The listing's short description: the paragraph under "## Short description". */
export function shortDescription(): string {
  const text = readFileSync(join(REPO_ROOT, 'docs/store/listing.md'), 'utf8');
  const match = /## Short description\n([^\n]+)\n/.exec(text);
  if (!match) throw new Error('docs/store/listing.md has no short description');
  return match[1].trim();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): [number, number] {
  const bytes = Buffer.from(png);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
