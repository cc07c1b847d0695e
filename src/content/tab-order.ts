// Keyboard order for the badge: it comes right after its field (Tab from the field), and Tab from the badge goes
// on to what followed the field. The badge lives at the end of the document, so this is done by hand.
const TABBABLE = 'a[href],button,input,select,textarea,[tabindex],[contenteditable]';

/** The first element after `field` in document order that Tab would reach (outside the field), or null. */
export function nextTabbable(field: Element): HTMLElement | null {
  for (const el of field.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (field.contains(el) || !(field.compareDocumentPosition(el) & 4)) continue; // 4: DOCUMENT_POSITION_FOLLOWING
    // hidden ones have no rects
    if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || !el.getClientRects().length) continue;
    if (el.isContentEditable && el.parentElement?.isContentEditable) continue; // inside another editor
    return el;
  }
  return null;
}
