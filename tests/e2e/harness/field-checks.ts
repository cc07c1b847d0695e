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
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !el.contains(selection.focusNode))
      return false;
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
  /** Centre of its first rect in the top page's viewport (through any frames), for the mouse. */
  x: number;
  y: number;
}

/** The ranges of our two highlights that fall in `field`, from the registry of the field's window. */
export function underlinesIn(field: Locator): Promise<FieldUnderline[]> {
  return field.evaluate((el) => {
    const win = el.ownerDocument.defaultView as Window & typeof globalThis;
    const box = el.getBoundingClientRect();
    let dx = 0;
    let dy = 0;
    for (let w: Window = win; w !== w.top && w.frameElement; w = w.parent) {
      const frame = w.frameElement;
      dx += frame.getBoundingClientRect().left + frame.clientLeft;
      dy += frame.getBoundingClientRect().top + frame.clientTop;
    }
    const out: { text: string; insideField: boolean; x: number; y: number }[] = [];
    for (const source of ['model', 'heuristic']) {
      for (const range of (win.CSS.highlights.get(`ml-editor-${source}`) as Iterable<Range> | undefined) ?? []) {
        if (!el.contains(range.startContainer)) continue;
        const rects = [...range.getClientRects()];
        const inside =
          rects.length > 0 &&
          rects.every(
            (r) =>
              r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
          );
        const first = rects[0];
        out.push({
          text: range.toString(),
          insideField: inside,
          x: first ? first.left + first.width / 2 + dx : -1,
          y: first ? first.top + first.height / 2 + dy : -1,
        });
      }
    }
    return out;
  });
}
