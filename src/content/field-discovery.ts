// Finds the text fields of a document, inside open shadow roots too, and pairs titles with bodies.
import { isEditableValue, isTextInput, looksLikeTitle, optOutReason } from './field-rules';
import { ROOT_TAG } from './hints-root';
import type { FieldElement, UnitFields } from './unit-view';

const CANDIDATES = 'textarea, input, [contenteditable]';

export interface Discovery {
  fields: FieldElement[];
  shadowRoots: ShadowRoot[];
}

const isOurs = (el: Element): boolean => el.tagName.toLowerCase() === ROOT_TAG;

function optedOut(el: Element): boolean {
  if (optOutReason(el) !== null) return true;
  return el.closest('[data-ml-editor="off"]') !== null;
}

function formOf(el: Element): Element | null {
  return (el as HTMLInputElement).form ?? el.closest('form');
}

function hasEditor(form: Element): boolean {
  return form.querySelector('textarea, [contenteditable]:not([contenteditable="false"])') !== null;
}

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
  return !parent || !parent.isContentEditable;
}

export function isField(el: Element): el is FieldElement {
  if (isOurs(el) || optedOut(el)) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return isTextInput(el) && isTitleInput(el as HTMLInputElement);
  return 'isContentEditable' in el && isEditorHost(el as HTMLElement);
}

export function discover(root: Document | ShadowRoot, out: Discovery = { fields: [], shadowRoots: [] }): Discovery {
  for (const el of root.querySelectorAll(CANDIDATES)) if (isField(el)) out.fields.push(el);
  for (const el of root.querySelectorAll('*')) {
    const shadow = el.shadowRoot; // null for closed roots: those stay private to their page
    if (shadow && !isOurs(el)) {
      out.shadowRoots.push(shadow);
      discover(shadow, out);
    }
  }
  return out;
}

const isVisible = (el: Element): boolean => el.getClientRects().length > 0;

/** Groups fields into units: per form, the title input joins the form's main body editor. */
export function groupFields(fields: FieldElement[]): UnitFields[] {
  const titles = fields.filter((f): f is HTMLInputElement => f.tagName === 'INPUT');
  const bodies = fields.filter((f) => f.tagName !== 'INPUT');
  const mainBody = new Map<Element, FieldElement>();
  for (const body of bodies) {
    const form = formOf(body);
    if (!form) continue;
    const current = mainBody.get(form);
    const rank = (el: FieldElement) => (el.tagName !== 'TEXTAREA' ? 2 : isVisible(el) ? 1 : 0);
    if (!current || rank(body) > rank(current)) mainBody.set(form, body);
  }
  const units: UnitFields[] = [];
  const used = new Set<Element>();
  for (const body of bodies) {
    const form = formOf(body);
    const main = form && mainBody.get(form);
    // a hidden textarea next to a rich editor is the editor's backing store (Stack Overflow's #wmd-input)
    if (main && main !== body && main.tagName !== 'TEXTAREA' && body.tagName === 'TEXTAREA' && !isVisible(body)) continue;
    let title: HTMLInputElement | null = null;
    if (main === body) {
      title = titles.find((t) => !used.has(t) && formOf(t) === form) ?? null;
      if (title) used.add(title);
    }
    units.push({ title, body });
  }
  for (const title of titles) if (!used.has(title)) units.push({ title, body: null });
  return units;
}
