// Streams CSV rows keyed by the header with csv-parse (RFC 4180: embedded newlines, "" quotes).
// Bad rows are reported and skipped; a parse error never ends the file early.
import { once } from 'node:events';
import { parse, type CsvError } from 'csv-parse';
import { textChunks } from './chunks';
import type { ReadIssue, SourceFile } from './question-record';

export interface CsvRow {
  fields: Record<string, string>;
  /** 1-based line where the row starts. */
  line: number;
  /** 0-based index among data rows (header excluded), counting skipped rows too. */
  index: number;
}

export async function* csvRows(file: SourceFile, onIssue: (issue: ReadIssue) => void): AsyncGenerator<CsvRow> {
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
  });
  let index = 0;
  parser.on('skip', (err: CsvError) => {
    index += 1;
    onIssue({
      reason: 'bad-csv-row',
      file: file.name,
      line: typeof err.lines === 'number' ? err.lines : undefined,
      message: `${err.code}: ${err.message}`,
    });
  });
  // Feed in the background with back-pressure; the for-await below drains the parser.
  const feeding = (async () => {
    try {
      for await (const chunk of textChunks(file.open())) {
        if (!parser.write(chunk)) await once(parser, 'drain');
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  let header: string[] | null = null;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      // csv-parse reports the line where the record ENDS; embedded newlines make it differ from the start.
      const line = info.lines - countNewlines(record);
      if (header === null) {
        header = record;
        continue;
      }
      const rowIndex = index++;
      if (record.length !== header.length) {
        onIssue({
          reason: record.length < header.length ? 'missing-columns' : 'extra-columns',
          file: file.name,
          line,
          message: `expected ${header.length} fields, got ${record.length}`,
        });
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((name, i) => {
        fields[name] = record[i];
      });
      yield { fields, line, index: rowIndex };
    }
  } finally {
    parser.destroy();
    await feeding;
  }
}

function countNewlines(record: string[]): number {
  let n = 0;
  for (const field of record) for (const ch of field) if (ch === '\n') n += 1;
  return n;
}

/** Header check shared by the CSV readers: missing required columns make the whole file unusable. */
export function missingColumns(fields: Record<string, string>, required: readonly string[]): string[] {
  return required.filter((name) => !(name in fields));
}
