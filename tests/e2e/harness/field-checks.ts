// Checks run inside the field's own frame (an editor may live in an iframe): where the caret is, and where the
// extension's CSS highlights are drawn.
import type { Locator } from 'playwright-core';

/** The caret is collapsed inside the field with nothing but whitespace or fillers after it. */
export function caretAtEnd(field: Locator): Promise<boolean> {
  return field.evaluate((el) => {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      return el.selectionStart === el.value.length && el.selectionEnd === el.value.length;
    }
    const selection = el.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !el.contains(selection.focusNode)) return false;
    const rest = el.ownerDocument.createRange();
    rest.setStart(selection.focusNode!, selection.focusOffset);
    rest.setEnd(el, el.childNodes.length);
    return rest.toString().replace(/[\s\u200B\u2060\uFEFF]/g, '') === '';
  });
}

export interface FieldUnderline {
  text: string;
  /** Every client rect of the range lies within the field's box. */
  insideField: boolean;
}

/** The ranges of our two highlights that fall in `field`, from the registry of the field's window. */
export function underlinesIn(field: Locator): Promise<FieldUnderline[]> {
  return field.evaluate((el) => {
    const win = el.ownerDocument.defaultView as Window & typeof globalThis;
    const box = el.getBoundingClientRect();
    const out: { text: string; insideField: boolean }[] = [];
    for (const source of ['model', 'heuristic']) {
      for (const range of (win.CSS.highlights.get(`ml-editor-${source}`) as Iterable<Range> | undefined) ?? []) {
        if (!el.contains(range.startContainer)) continue;
        const rects = [...range.getClientRects()];
        const inside = rects.length > 0 && rects.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1);
        out.push({ text: range.toString(), insideField: inside });
      }
    }
    return out;
  });
}
