import { describe, expect, it } from 'vitest';
import { isEditableValue, isTextInput, looksLikeTitle, optOutReason } from '../../../src/content/field-rules';

const elem = (tagName: string, attrs: Record<string, string> = {}) => ({
  tagName,
  getAttribute: (n: string) => (n in attrs ? attrs[n] : null),
});

describe('optOutReason', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['TEXTAREA', {}, null],
    ['TEXTAREA', { spellcheck: 'false' }, null],
    ['INPUT', { type: 'text' }, null],
    ['INPUT', { type: 'password' }, 'password'],
    ['INPUT', { type: 'PassWord' }, 'password'],
    ['INPUT', { autocomplete: 'cc-number' }, 'autocomplete=cc-number'],
    ['INPUT', { autocomplete: 'section-pay billing cc-exp' }, 'autocomplete=section-pay billing cc-exp'],
    ['INPUT', { autocomplete: 'one-time-code' }, 'autocomplete=one-time-code'],
    ['INPUT', { autocomplete: 'current-password' }, 'autocomplete=current-password'],
    ['INPUT', { autocomplete: 'new-password' }, 'autocomplete=new-password'],
    ['INPUT', { autocomplete: 'name' }, null],
    ['TEXTAREA', { autocomplete: 'off' }, null],
    ['TEXTAREA', { 'data-gramm': 'false' }, 'data-gramm=false'],
    ['TEXTAREA', { 'data-gramm': 'true' }, null],
    ['DIV', { contenteditable: 'true', 'data-ml-editor': 'off' }, 'data-ml-editor=off'],
    ['TEXTAREA', { readonly: '' }, 'readonly'],
    ['TEXTAREA', { disabled: '' }, 'disabled'],
    ['DIV', { contenteditable: 'true', 'aria-readonly': 'true' }, 'readonly'],
  ])('%s %j → %s', (tag, attrs, expected) => {
    expect(optOutReason(elem(tag, attrs))).toBe(expected);
  });
});

describe('field kinds', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['INPUT', {}, true],
    ['INPUT', { type: 'text' }, true],
    ['INPUT', { type: 'search' }, true],
    ['INPUT', { type: 'email' }, false],
    ['INPUT', { type: 'checkbox' }, false],
    ['TEXTAREA', {}, false],
  ])('isTextInput %s %j → %s', (tag, attrs, expected) => expect(isTextInput(elem(tag, attrs))).toBe(expected));

  it.each<[Record<string, string>, boolean]>([
    [{ name: 'title' }, true],
    [{ id: 'post-title' }, true],
    [
      { placeholder: 'e.g. Is there an R function for finding the index of an element in a vector?', id: 'title' },
      true,
    ],
    [{ 'aria-label': 'Subject' }, true],
    [{ name: 'q', placeholder: 'Search…' }, false],
    [{ id: 'tageditor-replacing-tagnames--input', placeholder: 'e.g. (javascript ios sql)' }, false],
  ])('looksLikeTitle %j → %s', (attrs, expected) => expect(looksLikeTitle(elem('INPUT', attrs))).toBe(expected));

  it.each<[string | null, boolean]>([
    ['', true],
    ['true', true],
    ['plaintext-only', true],
    ['false', false],
    ['inherit', false],
    [null, false],
  ])('isEditableValue %j → %s', (value, expected) => expect(isEditableValue(value)).toBe(expected));
});
