// Stack Exchange data dump `Posts.xml` of ANY site, streamed with saxes (dumps reach tens of GB).
// Only questions (PostTypeId=1) become records. The label needs the site's median question score,
// so the file is read twice: pass 1 keeps a score histogram (tiny), pass 2 emits the records.
// A well-formedness error (truncated/broken file) stops reading: rows before it are kept and one
// `bad-xml` issue is reported.
import { SaxesParser } from 'saxes';
import { textChunks } from './chunks';
import { eraOf, isBlank, parseDumpDate, parseOptionalUserId, parseQuestionId, parseScore, parseTags } from './fields';
import { labelFromMedian, medianOfHistogram, type MedianTies } from './labels';
import type { ChunkSource, QuestionRecord, ReadIssue, ReaderOptions, SourceFile } from './question-record';

export interface PostsXmlOptions extends ReaderOptions {
  /** Use this median instead of computing the site's (skips pass 1; e.g. a site-wide median). */
  median?: number;
  /** Label of a score equal to the median: null (default) or 'poor'. */
  ties?: MedianTies;
  /** Called once with the median used and the number of questions it came from. */
  onMedian?: (median: number | null, questions: number) => void;
}

interface RawRow {
  attributes: Record<string, string>;
  line: number;
}

/** Every `<row>` element under the root, in order; stops at the first XML error (reported). */
async function* xmlRows(
  source: ChunkSource,
  fileName: string,
  onIssue: (issue: ReadIssue) => void,
): AsyncGenerator<RawRow> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const pending: RawRow[] = [];
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 2) {
      if (tag.name === 'row') pending.push({ attributes: tag.attributes, line: parser.line });
      else onIssue({ reason: 'bad-xml-row', file: fileName, line: parser.line, message: `unexpected <${tag.name}>` });
    }
    if (tag.isSelfClosing) depth -= 1;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth -= 1;
  });
  let first = true;
  try {
    for await (let chunk of textChunks(source)) {
      // A BOM given as a string chunk (byte chunks lose it in TextDecoder) is not XML.
      if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
      parser.write(chunk);
      yield* pending.splice(0);
    }
    parser.close();
    yield* pending.splice(0);
  } catch (error) {
    // Rows completed before the break are still good data.
    yield* pending.splice(0);
    onIssue({ reason: 'bad-xml', file: fileName, line: parser.line, message: (error as Error).message });
  }
}

const isQuestion = (row: RawRow) => row.attributes.PostTypeId?.trim() === '1';

type Question = { id: string; score: number; row: RawRow };
type RowCheck = Question | { reason: ReadIssue['reason']; message: string } | null;

/** null for posts that are not questions (answers, tag wikis: not malformed, just not ours). */
function checkRow(row: RawRow): RowCheck {
  const a = row.attributes;
  if (a.Id === undefined || a.PostTypeId === undefined)
    return { reason: 'bad-xml-row', message: 'row without Id or PostTypeId' };
  if (!isQuestion(row)) return null;
  const id = parseQuestionId(a.Id);
  if (id === null) return { reason: 'bad-id', message: `Id ${JSON.stringify(a.Id)}` };
  const score = parseScore(a.Score);
  if (score === null) return { reason: 'bad-score', message: `Id ${id}: Score ${JSON.stringify(a.Score)}` };
  if (isBlank(a.Title) && isBlank(a.Body)) return { reason: 'empty-text', message: `Id ${id}` };
  return { id, score, row };
}

/** Pass 1: the median score over exactly the questions pass 2 turns into records. */
export async function siteMedianScore(file: SourceFile): Promise<{ median: number | null; questions: number }> {
  const histogram = new Map<number, number>();
  let questions = 0;
  for await (const row of xmlRows(file.open(), file.name, () => {})) {
    const q = checkRow(row);
    if (q === null || 'reason' in q) continue;
    histogram.set(q.score, (histogram.get(q.score) ?? 0) + 1);
    questions += 1;
  }
  return { median: medianOfHistogram(histogram), questions };
}

export async function* readPostsXml(
  files: readonly SourceFile[],
  options: PostsXmlOptions = {},
): AsyncGenerator<QuestionRecord> {
  const onIssue = options.onIssue ?? (() => {});
  const source = options.source ?? 'se-posts';
  for (const file of files) {
    let median = options.median ?? null;
    if (options.median === undefined) {
      const stats = await siteMedianScore(file);
      median = stats.median;
      options.onMedian?.(median, stats.questions);
    }
    for await (const row of xmlRows(file.open(), file.name, onIssue)) {
      const q = checkRow(row);
      if (q === null) continue;
      if ('reason' in q) {
        onIssue({ ...q, file: file.name, line: row.line });
        continue;
      }
      // median is null only when pass 1 found no question, so pass 2 cannot reach here with it.
      const siteMedian = median ?? q.score;
      const a = row.attributes;
      const createdAt = parseDumpDate(a.CreationDate);
      yield {
        id: q.id,
        source,
        era: eraOf(createdAt, 'unknown'),
        title: a.Title ?? '',
        body: a.Body ?? '',
        bodyFormat: 'html',
        tags: parseTags(a.Tags),
        label: labelFromMedian(q.score, siteMedian, options.ties),
        labelDetail: `score=${q.score} median=${siteMedian}`,
        authorId: parseOptionalUserId(a.OwnerUserId),
        createdAt,
      };
    }
  }
}
