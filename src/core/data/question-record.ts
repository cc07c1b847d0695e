// One labelled question from any of the shared datasets, in the shape every reader produces.
// Score, ClosedDate, view/edit counts are NOT fields: they appear only inside `labelDetail`, as the
// provenance of the label, so no feature can be computed from them by accident.

import type { CloseReason } from '../../shared/close-risk';

export type BodyFormat = 'html' | 'markdown' | 'preprocessed';
export type QualityLabel = 'good' | 'poor';

export interface QuestionRecord {
  /** The source's own id (question Id) when it has one, else `<file>#<row>`. Unique within `source`. */
  id: string;
  /** Dataset folder name, e.g. `so60k-ramananthan-hq-lq`, or `se-<site>` for a user-given Posts.xml. */
  source: string;
  /** Year of creation (`2016`) when known per row, else the set's documented range (`2016-2020`). */
  era: string;
  /** Plain text; empty when the set merged title into body (alokpadhi). */
  title: string;
  body: string;
  bodyFormat: BodyFormat;
  tags: string[];
  /** Well received vs poorly received; null when the set's rule leaves the row undecided. */
  label: QualityLabel | null;
  /** The raw class or score the label came from (provenance only, never a feature). */
  labelDetail: string;
  authorId?: string;
  /** ISO 8601 (no time zone: the dumps give UTC without a suffix). */
  createdAt?: string;
  /** Why a closed question was closed, when the set says (a label, never an input). */
  closeReason?: CloseReason;
}

/** Why a row was dropped. Every dropped row is reported with one of these. */
export type MalformedReason =
  | 'missing-columns' // CSV row with fewer fields than the header, JSON item without a required key
  | 'extra-columns' // CSV row with more fields than the header
  | 'bad-csv-row' // csv-parse could not read the row (e.g. quote never closed)
  | 'bad-xml' // the XML stops being well-formed (truncated file): reading stops there
  | 'bad-xml-row' // a <row> without Id/PostTypeId, or an unexpected element
  | 'bad-json' // the JSON text does not parse or is not an array of items
  | 'empty-text' // title and body both empty
  | 'bad-id' // id missing or not a whole number
  | 'bad-label' // class value the set's label table does not know
  | 'bad-score'; // Score missing/not a number where the label needs it

export type IssueReason = MalformedReason | 'duplicate-id';

export interface ReadIssue {
  reason: IssueReason;
  file: string;
  /** 1-based line of the row in the file, when the parser knows it. */
  line?: number;
  message: string;
}

/** A chunked text or byte source: a Node Readable, a web stream, or an array of strings in tests. */
export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** One file of a set. `open` may be called more than once (Posts.xml is read in two passes). */
export interface SourceFile {
  /** File name relative to the set's folder, e.g. `test.csv`. */
  name: string;
  open: () => ChunkSource;
}

export interface ReaderOptions {
  /** Receives every dropped row and every stop. Without it, issues are only lost to the caller. */
  onIssue?: (issue: ReadIssue) => void;
  /** Overrides the record `source` (default: the set's folder name). */
  source?: string;
}

export type SetReader = (files: readonly SourceFile[], options?: ReaderOptions) => AsyncGenerator<QuestionRecord>;
