// Stack Exchange API JSON (`/questions?filter=withbody`): an array of items, or the API's own
// `{items: [...]}` wrapper. Read whole with JSON.parse (API exports are small pages, not dumps).
import { readAllText } from './chunks';
import {
  decodeHtmlText,
  eraOf,
  isBlank,
  parseOptionalUserId,
  parseQuestionId,
  parseTags,
  parseUnixSeconds,
} from './fields';
import { LABEL_TABLES, labelFromTable } from './labels';
import type { QuestionRecord, ReaderOptions, SourceFile } from './question-record';

export const CLOSED_OPINION = 'so-closed-opinion-2023';

export async function* readApiJson(
  files: readonly SourceFile[],
  options: ReaderOptions = {},
): AsyncGenerator<QuestionRecord> {
  const onIssue = options.onIssue ?? (() => {});
  const source = options.source ?? CLOSED_OPINION;
  for (const file of files) {
    let items: unknown[];
    try {
      const parsed: unknown = JSON.parse(await readAllText(file.open()));
      const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown } | null)?.items;
      if (!Array.isArray(list)) throw new Error('neither an array nor {items: [...]}');
      items = list;
    } catch (error) {
      onIssue({ reason: 'bad-json', file: file.name, message: (error as Error).message });
      continue;
    }
    for (const [index, item] of items.entries()) {
      const issue = (reason: Parameters<typeof onIssue>[0]['reason'], message: string) =>
        onIssue({ reason, file: file.name, message: `item ${index}: ${message}` });
      if (typeof item !== 'object' || item === null) {
        issue('bad-json', 'not an object');
        continue;
      }
      const q = item as Record<string, unknown>;
      if (!('question_id' in q) || typeof q.title !== 'string' || typeof q.body !== 'string') {
        issue('missing-columns', 'needs question_id, title and body');
        continue;
      }
      const id = parseQuestionId(q.question_id);
      if (id === null) {
        issue('bad-id', `question_id ${JSON.stringify(q.question_id)}`);
        continue;
      }
      const raw = typeof q.closed_reason === 'string' ? q.closed_reason : '';
      const label = labelFromTable(LABEL_TABLES[CLOSED_OPINION], raw);
      if (label === undefined) {
        issue('bad-label', `closed_reason ${JSON.stringify(q.closed_reason)}`);
        continue;
      }
      if (isBlank(q.title) && isBlank(q.body)) {
        issue('empty-text', `question_id ${id}`);
        continue;
      }
      const createdAt = parseUnixSeconds(q.creation_date);
      const owner = q.owner as { user_id?: unknown } | undefined;
      yield {
        id,
        source,
        era: eraOf(createdAt, '2023'),
        title: decodeHtmlText(q.title),
        body: q.body,
        bodyFormat: 'html',
        tags: parseTags(q.tags),
        label,
        labelDetail: `closed_reason=${raw}${typeof q.score === 'number' ? ` score=${q.score}` : ''}`,
        authorId: parseOptionalUserId(owner?.user_id),
        createdAt,
      };
    }
  }
}
