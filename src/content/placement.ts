// Where the badge and the panel go: pure geometry on viewport rectangles, so it is unit-tested.
// The badge sits outside the field's (or editor's) box, so it never covers the caret or the last line; the panel
// avoids the whole editor box (its toolbar and the field) and stays inside the viewport (flip, shift, shrink).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const GAP = 4;
const EDGE = 4;

/** Top-left of a `w`×`h` badge beside `box`: right of its bottom-right corner, else below it, else above it. */
export function badgeAt(box: Box, w: number, h: number, vw: number, vh: number): { left: number; top: number } {
  const top = Math.min(Math.max(box.bottom - h, EDGE), vh - h - EDGE);
  if (box.right + GAP + w <= vw - EDGE) return { left: box.right + GAP, top };
  const left = Math.max(EDGE, Math.min(box.right - w, vw - w - EDGE));
  if (box.bottom + GAP + h <= vh - EDGE) return { left, top: box.bottom + GAP };
  if (box.top - GAP - h >= EDGE) return { left, top: box.top - GAP - h };
  return { left, top: vh - h - EDGE }; // the box fills the viewport: its bottom edge is the least in the way
}

export interface PanelPlace {
  left: number;
  top: number;
  /** The height it may take (its content scrolls beyond that). */
  maxHeight: number;
}

/**
 * A `w`-wide panel of natural height `h` next to `a` (the editor's box): right of it, else left of it (the full
 * height is free there), else below or above it, where it fits whole or else where there is more room, shortened
 * to that room.
 */
export function panelAt(a: Box, w: number, h: number, vw: number, vh: number): PanelPlace {
  const sideH = Math.min(h, vh - 2 * EDGE);
  const sideTop = Math.max(EDGE, Math.min(a.top, vh - EDGE - sideH));
  if (a.right + GAP + w <= vw - EDGE) return { left: a.right + GAP, top: sideTop, maxHeight: sideH };
  if (a.left - GAP - w >= EDGE) return { left: a.left - GAP - w, top: sideTop, maxHeight: sideH };
  const left = Math.max(EDGE, Math.min(a.right - w, vw - EDGE - w));
  const below = vh - EDGE - a.bottom - GAP;
  const above = a.top - GAP - EDGE;
  if (below >= h || (below >= above && below > 0)) return { left, top: a.bottom + GAP, maxHeight: Math.min(h, below) };
  if (above > 0) return { left, top: a.top - GAP - Math.min(h, above), maxHeight: Math.min(h, above) };
  return { left, top: EDGE, maxHeight: sideH }; // nowhere free: over it, inside the viewport
}

/**
 * The editor's outer box: the nearest ancestor (a few levels up) that also holds a toolbar or menu and is not
 * much larger than the field, else the field itself.
 */
export function editorBox(field: Element): Element {
  const own = field.getBoundingClientRect();
  let el = field.parentElement;
  for (let i = 0; i < 4 && el && el !== field.ownerDocument.body; i++, el = el.parentElement) {
    const r = el.getBoundingClientRect();
    if (r.height > own.height + 160 || r.width > own.width + 80) break;
    if (el.querySelector('[role=toolbar],[class*=toolbar],[class*=menu]')) return el;
  }
  return field;
}
