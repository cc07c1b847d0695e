// The one finding shape every check, model hint and suggestion uses.
// Dependency-free: the content script imports it.

export type FieldName = 'title' | 'body';

/** UTF-16 offsets into the original text of one field; `end` is exclusive. */
export interface Span {
  field: FieldName;
  start: number;
  end: number;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Finding {
  /** Stable id of the check or suggestion kind, e.g. `title-too-short`. */
  id: string;
  /** Where it points. `scope: 'field'` findings cover a whole field and are not underlined. */
  span: Span;
  scope: 'span' | 'field';
  message: string;
  severity: Severity;
  /** `heuristic` findings come from the checks; `model` ones from the explainer. */
  source: 'heuristic' | 'model';
  /** Score gain measured by applying the suggestion's edit (model suggestions only). */
  gain?: number;
}
