// Boxes of things in same-origin frames (TinyMCE's editor body) in our window's viewport: offset by each frame's
// content box; an element's box is also clipped to what each frame shows.
import type { RectLike } from './hover-tip';

/** Calls `step` for each frame from `win` up to `view`, with where that frame's viewport sits in its parent's. */
function eachFrame(win: Window | null, view: Window, step: (win: Window, dx: number, dy: number) => void): void {
  for (; win && win !== view; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) return;
    const box = frame.getBoundingClientRect();
    step(win, box.left + frame.clientLeft, box.top + frame.clientTop);
  }
}

/** How far `doc`'s viewport sits from `view`'s. */
export function frameOffset(doc: Document, view: Window): [number, number] {
  const at: [number, number] = [0, 0];
  eachFrame(doc.defaultView, view, (_win, dx, dy) => {
    at[0] += dx;
    at[1] += dy;
  });
  return at;
}

export function rectInView(el: Element, view: Window): DOMRect {
  let { left, top, right, bottom } = el.getBoundingClientRect();
  eachFrame(el.ownerDocument.defaultView, view, (win, dx, dy) => {
    left = Math.max(left, 0) + dx;
    top = Math.max(top, 0) + dy;
    right = Math.min(right, win.innerWidth) + dx;
    bottom = Math.min(bottom, win.innerHeight) + dy;
  });
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** A range in a frame whose client rects read in `view`'s coordinates (for the tooltip's hit tests). */
export function rangeInView(range: Range, view: Window): Range {
  const doc = range.startContainer.ownerDocument!;
  if (doc.defaultView === view) return range;
  const moved = {
    getClientRects(): RectLike[] {
      const [dx, dy] = frameOffset(doc, view);
      return [...range.getClientRects()].map((r) => ({
        left: r.left + dx,
        right: r.right + dx,
        top: r.top + dy,
        bottom: r.bottom + dy,
      }));
    },
    isPointInRange: (node: Node, offset: number) => range.isPointInRange(node, offset),
    get endContainer() {
      return range.endContainer;
    },
    get endOffset() {
      return range.endOffset;
    },
  };
  return moved as unknown as Range;
}
