// Which elements are text fields we analyse, and which ask not to be. Pure: reads attributes only.

export interface ElementAttrs {
  /** Upper-case tag name as the DOM reports it for HTML elements. */
  tagName: string;
  getAttribute(name: string): string | null;
}

const SECRET_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|current-password|new-password)(\s|$)/;
const TITLE_WORDS = /title|subject/i;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

/** Why the element must be left alone, or null if it may be analysed. */
export function optOutReason(el: ElementAttrs): string | null {
  const a = (n: string) => el.getAttribute(n);
  if (a('data-ml-editor') === 'off') return 'data-ml-editor=off';
  if (a('data-gramm') === 'false') return 'data-gramm=false';
  const autocomplete = (a('autocomplete') ?? '').toLowerCase();
  if (SECRET_AUTOCOMPLETE.test(autocomplete)) return `autocomplete=${autocomplete}`;
  if (el.tagName === 'INPUT' && (a('type') ?? '').toLowerCase() === 'password') return 'password';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    if (a('readonly') !== null) return 'readonly';
    if (a('disabled') !== null) return 'disabled';
  }
  if (a('aria-readonly') === 'true' || a('aria-disabled') === 'true') return 'readonly';
  return null;
}

/** A single-line text input (type text, search or none). */
export function isTextInput(el: ElementAttrs): boolean {
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase().trim());
}

/** An input whose name, id, placeholder or label says it holds a title or subject. */
export function looksLikeTitle(el: ElementAttrs): boolean {
  for (const name of ['name', 'id', 'placeholder', 'aria-label']) {
    const value = el.getAttribute(name);
    if (value && TITLE_WORDS.test(value)) return true;
  }
  return false;
}

/** contenteditable values that make an element an editing host. */
export function isEditableValue(value: string | null): boolean {
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}
