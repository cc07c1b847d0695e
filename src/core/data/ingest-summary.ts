// Counts what a reader produced and dropped, so nothing vanishes without a number next to it.
import type { IssueReason, MalformedReason, QuestionRecord, ReadIssue } from './question-record';

export interface IngestSummary {
  records: number;
  labels: { good: number; poor: number; null: number };
  /** Raw classes behind the labels (`HQ`, `LQ_EDIT`, `label=1`...): score detail stripped. */
  classes: Record<string, number>;
  /** Closed questions by close reason, where the set gives one. */
  closeReasons: Record<string, number>;
  eras: Record<string, number>;
  bodyFormats: Record<string, number>;
  malformed: Partial<Record<MalformedReason, number>>;
  duplicates: number;
  /** The first issues of each reason, for a human to look at. */
  samples: ReadIssue[];
}

export interface IngestTally {
  add(record: QuestionRecord): void;
  onIssue(issue: ReadIssue): void;
  summary(): IngestSummary;
}

const bump = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);

export function createTally(samplesPerReason = 3): IngestTally {
  const s: IngestSummary = {
    records: 0,
    labels: { good: 0, poor: 0, null: 0 },
    classes: {},
    closeReasons: {},
    eras: {},
    bodyFormats: {},
    malformed: {},
    duplicates: 0,
    samples: [],
  };
  const perReason = new Map<IssueReason, number>();
  return {
    add(record) {
      s.records += 1;
      s.labels[record.label ?? 'null'] += 1;
      bump(s.classes, classOf(record.labelDetail));
      if (record.closeReason) bump(s.closeReasons, record.closeReason);
      bump(s.eras, record.era);
      bump(s.bodyFormats, record.bodyFormat);
    },
    onIssue(issue) {
      if (issue.reason === 'duplicate-id') s.duplicates += 1;
      else bump(s.malformed as Record<string, number>, issue.reason);
      const n = perReason.get(issue.reason) ?? 0;
      perReason.set(issue.reason, n + 1);
      if (n < samplesPerReason) s.samples.push(issue);
    },
    summary: () => structuredClone(s),
  };
}

/** `label=1 score=52` -> `label=1`; `score=7 median=5` -> `score>median`-style bucket; `HQ` -> `HQ`. */
function classOf(detail: string): string {
  const first = detail.split(' ')[0];
  if (first.startsWith('score=')) return 'score-vs-median';
  // Only the score-carrying details have a second part; a class such as `not a real question` is whole.
  return first.startsWith('label=') ? first : detail;
}

/** Drains a reader into an array (tests, small sets) while tallying. */
export async function collectRecords(
  records: AsyncIterable<QuestionRecord>,
  tally: IngestTally = createTally(),
): Promise<{ records: QuestionRecord[]; summary: IngestSummary }> {
  const out: QuestionRecord[] = [];
  for await (const record of records) {
    tally.add(record);
    out.push(record);
  }
  return { records: out, summary: tally.summary() };
}
