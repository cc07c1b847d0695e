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

/**
 * A suggestion's concrete edit, applied only when the person clicks Apply (or Insert template): replace `span`
 * of the analysed text with `text`. An insertion has `start === end`.
 */
export interface Fix {
  span: Span;
  text: string;
  /** For a template: the part of `text` to select after inserting, so the person types over it. */
  placeholder?: [start: number, end: number];
}

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
  /** The edit behind a model suggestion, when it is concrete (removing a phrase, a new title, a template). */
  fix?: Fix;
}
