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

/** The text fields a unit can have, by how an edit is made in them: `plain` is a <textarea> or <input>. */
export type FieldKind = 'plain' | 'editor';

/**
 * Whether Apply can make `fix` in a field of this kind (the page and the popup show the button only then; the
 * text is checked again on the click). Editors take replacements of their own text only: blocks (templates)
 * would need their block commands.
 */
export const canApplyIn = (kind: FieldKind, fix: Fix): boolean =>
  kind === 'plain' || (!fix.text.includes('\n') && !fix.placeholder && fix.span.start < fix.span.end);

/**
 * What Ignore remembers of a finding, the same in the page and the popup: its id, field and, for a span, the
 * text it points at in `input` (so the same phrase stays ignored while the rest of the draft changes).
 */
export const findingKey = (f: Finding, input: Record<FieldName, string>): string =>
  `${f.id}\u0000${f.span.field}\u0000${f.scope === 'span' ? input[f.span.field].slice(f.span.start, f.span.end) : ''}`;
