// Test helpers: fixture files as SourceFiles, and strings cut into awkward chunks.
import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collectRecords,
  createTally,
  type QuestionRecord,
  type ReaderOptions,
  type SourceFile,
} from '../../../src/core/data';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtureDir = join(repoRoot, 'tests/fixtures/data');

/** A fixture (path relative to tests/fixtures/data) streamed from disk as bytes. */
export function fixture(path: string, dir = fixtureDir): SourceFile {
  // Tiny chunks for the tiny fixtures (rows straddle chunks); Node's default for real files.
  const highWaterMark = dir === fixtureDir ? 64 : undefined;
  return { name: path.split('/').at(-1)!, open: () => createReadStream(join(dir, path), { highWaterMark }) };
}

export const fixtureText = (path: string) => readFileSync(join(fixtureDir, path), 'utf8');

/** The bytes of `text` in chunks of `size`, so multi-byte characters and tokens are split. */
export function byteChunks(name: string, text: string, size: number): SourceFile {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    open: () => {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
      return chunks;
    },
  };
}

export const stringFile = (name: string, text: string): SourceFile => ({ name, open: () => [text] });

type Reader<O> = (files: readonly SourceFile[], options?: O) => AsyncIterable<QuestionRecord>;

/** Runs a reader with a tally; returns the records and the summary. */
export async function run<O extends ReaderOptions>(
  reader: Reader<O>,
  files: SourceFile[],
  options?: Omit<O, 'onIssue'>,
) {
  const tally = createTally(100);
  return collectRecords(reader(files, { ...options, onIssue: tally.onIssue } as O), tally);
}

export const byId = (records: QuestionRecord[], id: string) => {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id} in ${records.map((r) => r.id).join(',')}`);
  return found;
};
