// Readers for the three CSV sets. Each maps one row to a QuestionRecord or reports why it cannot.
import { csvRows, missingColumns, type CsvRow } from './csv-rows';
import {
  decodeDumpNewlines,
  eraOf,
  isBlank,
  parseDumpDate,
  parseOptionalUserId,
  parseQuestionId,
  parseTags,
  parseUsDate,
} from './fields';
import { LABEL_TABLES, labelFromTable, normaliseKlandersenClass } from './labels';
import { closeReasonOf } from './labels';
import type { QuestionRecord, ReadIssue, ReaderOptions, SourceFile } from './question-record';

const noop = () => {};

type RowResult = QuestionRecord | Omit<ReadIssue, 'file' | 'line'>;

async function* readCsvSet(
  files: readonly SourceFile[],
  options: ReaderOptions,
  required: readonly string[],
  toRecord: (row: CsvRow, file: SourceFile) => RowResult,
): AsyncGenerator<QuestionRecord> {
  const onIssue = options.onIssue ?? noop;
  for (const file of files) {
    for await (const row of csvRows(file, onIssue)) {
      const missing = missingColumns(row.fields, required);
      if (missing.length > 0) {
        onIssue({
          reason: 'missing-columns',
          file: file.name,
          line: row.line,
          message: `no column ${missing.join(', ')}`,
        });
        continue;
      }
      const result = toRecord(row, file);
      if ('reason' in result) onIssue({ ...result, file: file.name, line: row.line });
      else yield options.source ? { ...result, source: options.source } : result;
    }
  }
}

// --- so60k-ramananthan-hq-lq: Id, Title, Body (HTML), Tags, CreationDate (M/D/YYYY H:MM), Y (HQ/LQ)

export const RAMANANTHAN = 'so60k-ramananthan-hq-lq';

export function readRamananthan(files: readonly SourceFile[], options: ReaderOptions = {}) {
  return readCsvSet(files, options, ['Id', 'Title', 'Body', 'Tags', 'CreationDate', 'Y'], ({ fields: f }) => {
    const id = parseQuestionId(f.Id);
    if (id === null) return { reason: 'bad-id', message: `Id ${JSON.stringify(f.Id)}` };
    const label = labelFromTable(LABEL_TABLES[RAMANANTHAN], f.Y.trim());
    if (label === undefined) return { reason: 'bad-label', message: `Y ${JSON.stringify(f.Y)}` };
    if (isBlank(f.Title) && isBlank(f.Body)) return { reason: 'empty-text', message: `Id ${id}` };
    const createdAt = parseUsDate(f.CreationDate);
    return {
      id,
      source: RAMANANTHAN,
      era: eraOf(createdAt, '2016'),
      title: f.Title,
      body: f.Body,
      bodyFormat: 'html',
      tags: parseTags(f.Tags),
      label,
      labelDetail: f.Y.trim(),
      createdAt,
    };
  });
}

// --- so60k-alokpadhi-preprocessed: text (title+body, preprocessed words), rating (HQ/LQ_EDIT/LQ_CLOSE)
// No ids and no dates: id is `<file>#<row>`, era is the 60k dataset's range (2016-2020).
// LEAK: LQ_EDIT texts keep CRLF from raw Markdown bodies; HQ/LQ_CLOSE came from HTML. Kept verbatim
// here (the reader does not hide data); trainers must normalise line endings (see SOURCE.md).

export const ALOKPADHI = 'so60k-alokpadhi-preprocessed';

export function readAlokpadhi(files: readonly SourceFile[], options: ReaderOptions = {}) {
  return readCsvSet(files, options, ['text', 'rating'], ({ fields: f, index }, file) => {
    const raw = f.rating.trim();
    const label = labelFromTable(LABEL_TABLES[ALOKPADHI], raw);
    if (label === undefined) return { reason: 'bad-label', message: `rating ${JSON.stringify(f.rating)}` };
    if (isBlank(f.text)) return { reason: 'empty-text', message: `row ${index}` };
    return {
      id: `${file.name}#${index}`,
      source: ALOKPADHI,
      era: '2016-2020',
      title: '',
      body: f.text,
      bodyFormat: 'preprocessed',
      tags: [],
      label,
      labelDetail: raw,
    };
  });
}

// --- so-dump2016-klandersen-score: pandas export of the 2016 dump; label 1/-1 from Score >= 51 / <= -6.
// Raw `*_UP_*` files hold HTML with `&#xA;` newlines; training_data_1000 holds the author's processed
// text. The files overlap, so rows are deduplicated by Id across all files given, first file wins:
// pass the raw files first so the HTML copy of a question is kept over the processed one.

export const KLANDERSEN = 'so-dump2016-klandersen-score';

const KLANDERSEN_COLUMNS = ['Id', 'Score', 'Body', 'Title', 'OwnerUserId', 'CreationDate', 'Tags', 'label'];

/** The processed file's name marks the format; every other klandersen file is raw dump HTML. */
export function isKlandersenProcessed(fileName: string): boolean {
  return !fileName.includes('unprocessed');
}

export async function* readKlandersen(
  files: readonly SourceFile[],
  options: ReaderOptions = {},
): AsyncGenerator<QuestionRecord> {
  const onIssue = options.onIssue ?? noop;
  const ordered = [...files].sort(
    (a, b) => Number(isKlandersenProcessed(a.name)) - Number(isKlandersenProcessed(b.name)),
  );
  const seen = new Map<string, string>();
  for (const file of ordered) {
    const processed = isKlandersenProcessed(file.name);
    const records = readCsvSet([file], options, KLANDERSEN_COLUMNS, ({ fields: f }) => {
      const id = parseQuestionId(f.Id);
      if (id === null) return { reason: 'bad-id', message: `Id ${JSON.stringify(f.Id)}` };
      const raw = normaliseKlandersenClass(f.label);
      const label = labelFromTable(LABEL_TABLES[KLANDERSEN], raw);
      if (label === undefined) return { reason: 'bad-label', message: `label ${JSON.stringify(f.label)}` };
      if (isBlank(f.Title) && isBlank(f.Body)) return { reason: 'empty-text', message: `Id ${id}` };
      const createdAt = parseDumpDate(f.CreationDate);
      return {
        id,
        source: KLANDERSEN,
        era: eraOf(createdAt, '2008-2015'),
        title: f.Title,
        body: processed ? f.Body : decodeDumpNewlines(f.Body),
        bodyFormat: processed ? 'preprocessed' : 'html',
        tags: parseTags(f.Tags),
        label,
        labelDetail: `label=${raw} score=${f.Score.trim()}`,
        authorId: parseOptionalUserId(f.OwnerUserId),
        createdAt,
      };
    });
    for await (const record of records) {
      const first = seen.get(record.id);
      if (first !== undefined) {
        onIssue({ reason: 'duplicate-id', file: file.name, message: `Id ${record.id} already read from ${first}` });
        continue;
      }
      seen.set(record.id, file.name);
      yield record;
    }
  }
}

// --- so-closed-2012-kaggle: the Kaggle 2012 train-sample. Markdown bodies as typed, open vs closed with
// the 2012 close reason. The owner columns (reputation, answer count, account age) describe the asker,
// not the text: they are not read at all. OwnerUserId is kept (authorId) only to split by author.

export const KAGGLE_2012 = 'so-closed-2012-kaggle';

const KAGGLE_COLUMNS = [
  'PostId',
  'PostCreationDate',
  'OwnerUserId',
  'Title',
  'BodyMarkdown',
  'Tag1',
  'Tag2',
  'Tag3',
  'Tag4',
  'Tag5',
  'OpenStatus',
];

export function readKaggle2012(files: readonly SourceFile[], options: ReaderOptions = {}) {
  return readCsvSet(files, options, KAGGLE_COLUMNS, ({ fields: f }) => {
    const id = parseQuestionId(f.PostId);
    if (id === null) return { reason: 'bad-id', message: `PostId ${JSON.stringify(f.PostId)}` };
    const status = f.OpenStatus.trim();
    const label = labelFromTable(LABEL_TABLES[KAGGLE_2012], status);
    if (label === undefined) return { reason: 'bad-label', message: `OpenStatus ${JSON.stringify(f.OpenStatus)}` };
    if (isBlank(f.Title) && isBlank(f.BodyMarkdown)) return { reason: 'empty-text', message: `PostId ${id}` };
    const createdAt = parseUsDate(f.PostCreationDate);
    const closeReason = closeReasonOf(KAGGLE_2012, status);
    return {
      id,
      source: KAGGLE_2012,
      era: eraOf(createdAt, '2008-2012'),
      title: f.Title,
      body: f.BodyMarkdown,
      bodyFormat: 'markdown',
      tags: [f.Tag1, f.Tag2, f.Tag3, f.Tag4, f.Tag5].map((t) => t.trim()).filter((t) => t !== ''),
      label,
      labelDetail: status,
      authorId: parseOptionalUserId(f.OwnerUserId),
      createdAt,
      ...(closeReason ? { closeReason } : {}),
    };
  });
}
