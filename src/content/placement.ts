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
 * A `w`-wide panel of natural height `h` next to `avoid` (the editor's box): right of it, left of it, below it or
 * above it, the first where it fits whole; else where the most of it fits, shortened to that room.
 */
export function panelAt(avoid: Box, w: number, h: number, vw: number, vh: number): PanelPlace {
  const fullHeight = vh - 2 * EDGE;
  const sideTop = (height: number) => Math.max(EDGE, Math.min(avoid.top, vh - EDGE - height));
  const clampLeft = (left: number) => Math.max(EDGE, Math.min(left, vw - EDGE - w));
  const options: (PanelPlace & { room: number; fitsWidth: boolean })[] = [
    { left: avoid.right + GAP, top: 0, maxHeight: fullHeight, room: fullHeight, fitsWidth: avoid.right + GAP + w <= vw - EDGE },
    { left: avoid.left - GAP - w, top: 0, maxHeight: fullHeight, room: fullHeight, fitsWidth: avoid.left - GAP - w >= EDGE },
    { left: clampLeft(avoid.right - w), top: avoid.bottom + GAP, maxHeight: 0, room: vh - EDGE - (avoid.bottom + GAP), fitsWidth: true },
    { left: clampLeft(avoid.right - w), top: 0, maxHeight: 0, room: avoid.top - GAP - EDGE, fitsWidth: true },
  ];
  const usable = options.filter((o) => o.fitsWidth && o.room > 0);
  const pick = usable.find((o) => o.room >= h) ?? usable.sort((a, b) => b.room - a.room)[0];
  if (!pick) return { left: clampLeft(avoid.right - w), top: EDGE, maxHeight: Math.min(h, fullHeight) }; // nowhere free: over it, inside the viewport
  const height = Math.min(h, pick.room);
  if (pick === options[0] || pick === options[1]) return { left: pick.left, top: sideTop(height), maxHeight: height };
  if (pick === options[2]) return { left: pick.left, top: pick.top, maxHeight: height };
  return { left: pick.left, top: avoid.top - GAP - height, maxHeight: height };
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
    if (el.querySelector('[role="toolbar"],[role="menubar"],[class*="toolbar"],[class*="menu"]')) return el;
  }
  return field;
}
