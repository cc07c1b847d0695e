// An element's box in our window's viewport, also when it sits in a same-origin frame (TinyMCE's editor body):
// offset by each frame's content box and clipped to what the frame shows.

export function rectInView(el: Element, view: Window): DOMRect {
  let { left, top, right, bottom } = el.getBoundingClientRect();
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== view; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, win.innerWidth);
    bottom = Math.min(bottom, win.innerHeight);
    const box = frame.getBoundingClientRect();
    const dx = box.left + frame.clientLeft;
    const dy = box.top + frame.clientTop;
    [left, right, top, bottom] = [left + dx, right + dx, top + dy, bottom + dy];
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}
