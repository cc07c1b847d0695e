// The tooltip for underlined spans: which underline is under the pointer or holds the caret, and the tip text.
// Reads rects and selections only; never the field's text, caret or history.
import type { Finding } from '../shared/finding';
import { formatGain } from '../shared/format-gain';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Something underlined: a mirror <mark> or a highlight Range, its finding, and for <textarea>/<input> the field. */
export type Target = [{ getClientRects(): Iterable<RectLike> }, Finding, (HTMLInputElement | HTMLTextAreaElement)?];

/** " +0.12" for a model suggestion's gain (1 significant digit below 0.01), "" without one. */
export const gainText = (g?: number): string => (g == null ? '' : ` ${formatGain(g)}`);

const visible = (t: Target): RectLike | undefined => {
  for (const r of t[0].getClientRects()) if (r.right > r.left) return r;
};

/** The underline under (x, y) and the rect hit, else null. Model suggestions come first in `targets`, so they win. */
export function hitAt(targets: Target[], x: number, y: number): [Finding, RectLike] | null {
  for (const t of targets)
    for (const r of t[0].getClientRects())
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return [t[1], r];
  return null;
}

/**
 * The drawn underline holding the caret: in a plain field by `selectionStart` against the span, in an editor by
 * `isPointInRange` on the selection's focus. Half-open like spans: a caret just after a word (the usual place
 * while typing) is not in it. Hidden or collapsed underlines have no rect and never match.
 */
export function caretAt(
  targets: Target[],
  active: Element | null,
  sel: { focusNode: Node | null; focusOffset: number } | null,
): [Finding, RectLike] | null {
  for (const t of targets) {
    const [range, f, field] = t;
    const inside = field
      ? field === active &&
        field.selectionStart !== null &&
        f.span.start <= field.selectionStart &&
        field.selectionStart < f.span.end
      : !!sel?.focusNode &&
        (range as Range).isPointInRange(sel.focusNode, sel.focusOffset) &&
        !(sel.focusNode === (range as Range).endContainer && sel.focusOffset === (range as Range).endOffset);
    const r = inside && visible(t);
    if (r) return [f, r];
  }
  return null;
}
