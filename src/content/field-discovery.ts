// Finds the text fields of a document, inside open shadow roots and same-origin frames too, and pairs titles with
// bodies.
import { pairFields, type FieldFacts } from './field-pairing';
import { isEditableValue, isTextInput, looksLikeTitle, optOutReason } from './field-rules';
import { ROOT_TAG } from './hints-root';
import type { FieldElement, UnitFields } from './unit-view';

const CANDIDATES = 'textarea, input, [contenteditable]';

export interface Discovery {
  fields: FieldElement[];
  shadowRoots: ShadowRoot[];
  /** Documents of same-origin frames (TinyMCE's editor body lives in one). */
  frames: Document[];
}

const isOurs = (el: Element): boolean => el.tagName.toLowerCase() === ROOT_TAG;

function optedOut(el: Element): boolean {
  if (optOutReason(el) !== null) return true;
  return el.closest('[data-ml-editor="off"]') !== null;
}

function formOf(el: Element): Element | null {
  return (el as HTMLInputElement).form ?? el.closest('form');
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

function hasEditor(form: Element): boolean {
  return form.querySelector(`textarea, ${EDITABLE}`) !== null;
}

/** The field an event's target belongs to: itself, or the editor that its editable content is part of. */
export const hostOf = (target: Element): Element | null =>
  (target as HTMLElement).isContentEditable ? target.closest(EDITABLE) : target;

/** A title: named like one, or the only text input of a form that also has an editor. */
function isTitleInput(el: HTMLInputElement): boolean {
  if (looksLikeTitle(el)) return true;
  const form = formOf(el);
  if (!form || !hasEditor(form)) return false;
  let textInputs = 0;
  for (const input of form.querySelectorAll('input')) if (isTextInput(input)) textInputs++;
  return textInputs === 1;
}

/** Top-level editing hosts only: a contenteditable inside another one belongs to its parent. */
function isEditorHost(el: HTMLElement): boolean {
  if (!isEditableValue(el.getAttribute('contenteditable'))) return false;
  const parent = el.parentElement;
  return !parent?.isContentEditable;
}

export function isField(el: Element): el is FieldElement {
  if (isOurs(el) || optedOut(el)) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return isTextInput(el) && isTitleInput(el as HTMLInputElement);
  return 'isContentEditable' in el && isEditorHost(el as HTMLElement);
}

/** A same-origin frame's document, or null (cross-origin frames are their own copy's business). */
function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

export function discover(
  root: Document | ShadowRoot,
  out: Discovery = { fields: [], shadowRoots: [], frames: [] },
): Discovery {
  for (const el of root.querySelectorAll(CANDIDATES)) if (isField(el)) out.fields.push(el);
  for (const el of root.querySelectorAll('*')) {
    if (isOurs(el)) continue;
    const shadow = el.shadowRoot; // null for closed roots: those stay private to their page
    if (shadow) {
      out.shadowRoots.push(shadow);
      discover(shadow, out);
    }
    const doc = frameDocument(el);
    if (doc?.documentElement) {
      out.frames.push(doc);
      discover(doc, out);
    }
  }
  return out;
}

/** The frame element showing `doc`, when its parent is readable (same origin); else null. */
export function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the parent document's copy of the content script finds this frame (same origin, not inside a closed
 * shadow root) and so handles its fields, pairing them with the parent's title.
 */
export function ownedByParent(doc: Document): boolean {
  for (let root = frameOf(doc)?.getRootNode(); root; root = (root as ShadowRoot).host.getRootNode()) {
    if (root.nodeType === 9) return true;
    if ((root as ShadowRoot).host.shadowRoot !== root) return false; // closed: private to the page
  }
  return false;
}

/** Ancestors from `top` down to `el`, through shadow hosts and same-origin frame elements. */
function composedPath(el: Element, top: Document): Node[] {
  const path: Node[] = [];
  for (let node: Node | null = el.parentNode; node; ) {
    if (node.nodeType === 11) node = (node as ShadowRoot).host;
    path.push(node);
    node = node === top ? null : node.nodeType === 9 ? frameOf(node as Document) : node.parentNode;
  }
  return path.reverse();
}

function documentOrder(a: Node[], b: Node[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return a.length - b.length;
  return a[i].compareDocumentPosition(b[i]) & 4 ? -1 : 1; // 4: b follows a
}

const isVisible = (el: Element): boolean => el.getClientRects().length > 0;

/** Groups fields into units (see field-pairing.ts): a question's title with its body, or a field alone. */
export function groupFields(fields: FieldElement[], top: Document): UnitFields[] {
  const facts = fields.map((el): FieldFacts<FieldElement> & { order: Node[] } => {
    const path = composedPath(el, top);
    return {
      field: el,
      title: el.tagName === 'INPUT',
      rich: !el.matches('textarea'),
      visible: isVisible(el),
      form: formOf(el),
      path,
      order: [...path, el],
    };
  });
  facts.sort((a, b) => documentOrder(a.order, b.order));
  return pairFields(facts).map(({ title, body }) => ({ title: title as HTMLInputElement | null, body }));
}
