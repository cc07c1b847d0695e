// Apply: makes a suggestion's edit through the field's own editing path (execCommand), so the editor records it
// and its undo (Ctrl+Z) takes it back. Runs only on the person's click, and only on the text that was analysed.
import { canApplyIn, type FieldKind, type Fix } from '../shared/finding';
import { mapSpan, serialiseEditor } from './markdown-serialiser';

export type ApplyOutcome = 'applied' | 'changed' | 'unsupported';

type Plain = HTMLTextAreaElement | HTMLInputElement;
/** A <textarea> or <input>: its text is its value (the rest are editors). */
export const isPlain = (el: Element): el is Plain => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

/** Replaces the selection with `text` the way typing or deleting would (an undo step of the editor's). */
function replaceSelection(doc: Document, text: string): boolean {
  return text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
}

function applyPlain(field: Plain, fix: Fix, analysed: string): ApplyOutcome {
  if (field.value !== analysed) return 'changed';
  const { start, end } = fix.span;
  field.focus();
  field.setSelectionRange(start, end);
  // execCommand is the field's own editing path (an undo step); without it, no edit rather than one Ctrl+Z cannot undo
  if (!replaceSelection(field.ownerDocument, fix.text)) return 'unsupported';
  const [a, b] = fix.placeholder ?? [fix.text.length, fix.text.length];
  field.setSelectionRange(start + a, start + b); // the template's placeholder, ready to be typed over
  return 'applied';
}

function applyEditor(field: HTMLElement, fix: Fix, analysed: string): ApplyOutcome {
  const doc = field.ownerDocument;
  const s = serialiseEditor<Node>(field);
  if (s.text !== analysed) return 'changed';
  const { start, end } = fix.span;
  const range = doc.createRange();
  const pieces = mapSpan(s.segments, start, end);
  // Only spans of the person's own text: Markdown the serialiser added (emphasis, escapes) has no DOM to select.
  const seen = pieces.map((p) => (p.node as Text).data.slice(p.startOffset, p.endOffset)).join('');
  if (!pieces.length || seen !== analysed.slice(start, end)) return 'unsupported';
  range.setStart(pieces[0].node, pieces[0].startOffset);
  range.setEnd(pieces[pieces.length - 1].node, pieces[pieces.length - 1].endOffset);
  field.focus();
  const selection = doc.getSelection();
  if (!selection) return 'unsupported';
  selection.removeAllRanges();
  selection.addRange(range);
  return replaceSelection(doc, fix.text) ? 'applied' : 'unsupported';
}

/** How an edit is made in `field`: the plain fields' own editing, or the editor's (see canApplyIn). */
export const kindOf = (field: Element): FieldKind => (isPlain(field) ? 'plain' : 'editor');

export function applyFix(field: Element, fix: Fix, analysed: string): ApplyOutcome {
  if (!canApplyIn(kindOf(field), fix)) return 'unsupported';
  return isPlain(field) ? applyPlain(field, fix, analysed) : applyEditor(field as HTMLElement, fix, analysed);
}
