// A suggestion's edit as one replacement on one field (the smallest range that differs), so the page can make
// it through the editor's own editing path: Apply replaces exactly that range and nothing else.
import type { FieldName, Fix } from '../../shared/finding';
import type { QuestionInput } from '../../shared/question';

/** Where the person types in a template: its first "…", else the line inside its code fence, else all of it. */
export function placeholderOf(text: string): [number, number] {
  const gap = text.indexOf('…');
  if (gap >= 0) return [gap, gap + 1];
  const fence = /(?:^|\n)```[^\n]*\n([^\n]+)\n/.exec(text);
  if (fence) {
    const end = fence.index + fence[0].length - 1;
    return [end - fence[1].length, end];
  }
  return [0, text.length];
}

/** The one-field replacement turning `before` into `after`; undefined when nothing or both fields changed. */
export function fixOf(before: QuestionInput, after: QuestionInput, template: boolean): Fix | undefined {
  const changed = (['title', 'body'] as const).filter((f) => before[f] !== after[f]);
  if (changed.length !== 1) return undefined;
  const field: FieldName = changed[0];
  const a = before[field];
  const b = after[field];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const text = b.slice(start, b.length - end);
  const fix: Fix = { span: { field, start, end: a.length - end }, text };
  if (template) {
    // the placeholder inside the inserted text; its offsets are relative to `text`
    const inserted = after[field].slice(start, b.length - end);
    const [p, q] = placeholderOf(inserted);
    fix.placeholder = [p, q];
  }
  return fix;
}
