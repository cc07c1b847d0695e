// A suggestion's edit as one replacement: applying it to the analysed text gives exactly the suggested text.
import { describe, expect, it } from 'vitest';
import { fixOf, placeholderOf } from '../../../src/core/suggestions/fix-of';
import { appendToBody, removePhrase } from '../../../src/core/suggestions/edits';
import { ERROR_TEMPLATE } from '../../../src/core/suggestions/add-error-message';
import { CODE_TEMPLATE } from '../../../src/core/suggestions/add-code-sample';
import type { Fix } from '../../../src/shared/finding';
import type { QuestionInput } from '../../../src/shared/question';

const applyFix = (input: QuestionInput, fix: Fix): QuestionInput => {
  const t = input[fix.span.field];
  return { ...input, [fix.span.field]: t.slice(0, fix.span.start) + fix.text + t.slice(fix.span.end) };
};

describe('fixOf', () => {
  const input = { title: 'python error', body: 'Hi all, i get an error when i run my script, thanks in advance' };

  it('a removed phrase: the replacement reproduces the edit exactly', () => {
    const start = input.body.indexOf('Hi all');
    const after = { ...input, body: removePhrase(input.body, start, start + 6) };
    const fix = fixOf(input, after, false)!;
    expect(fix.span.field).toBe('body');
    expect(applyFix(input, fix)).toEqual(after);
    expect(fix.placeholder).toBeUndefined();
  });

  it('a title rewrite touches the title only', () => {
    const after = { ...input, title: 'KeyError: port in python' };
    const before = { ...input, title: 'python error' };
    const fix = fixOf(before, after, false)!;
    expect(fix.span.field).toBe('title');
    expect(applyFix(before, fix)).toEqual(after);
  });

  it.each([
    ['error', ERROR_TEMPLATE, '…'],
    ['code', CODE_TEMPLATE, '// the smallest code that shows the problem'],
  ])('a %s template is an insertion at the end with its placeholder selected', (_name, template, placeholder) => {
    const after = appendToBody(template)(input);
    const fix = fixOf(input, after, true)!;
    expect(fix.span).toEqual({ field: 'body', start: input.body.length, end: input.body.length });
    expect(applyFix(input, fix)).toEqual(after);
    expect(fix.text.slice(...fix.placeholder!)).toBe(placeholder);
  });

  it('nothing changed, or both fields changed: no single fix', () => {
    expect(fixOf(input, input, false)).toBeUndefined();
    expect(fixOf(input, { title: 'x', body: 'y' }, false)).toBeUndefined();
  });

  it('placeholderOf falls back to the whole text', () => {
    expect(placeholderOf('abc')).toEqual([0, 3]);
  });
});
