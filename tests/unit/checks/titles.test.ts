import { describe, expect, it } from 'vitest';
import { contentWords, titleNotSpecific } from '../../../src/core/checks/title-not-specific';
import { titleTooShort } from '../../../src/core/checks/title-too-short';
import { run } from './helpers';

describe('title-too-short', () => {
  it.each([
    ['', 'error'],
    ['   ', 'error'],
    ['Help', 'warning'],
    ['Python error', 'warning'],
    ['Sorting a list', 'warning'], // 14 characters
    ['Sort a list of ints', null], // 19 characters, 5 words
    ['Regex in JS fails', null], // 17 characters, 4 words
    ['How do I sort a list of tuples by the second item?', null],
    ['Why does JSON.parse throw on a trailing comma?', null],
  ] as const)('%j → %s', (title, severity) => {
    const f = run(titleTooShort, { title, body: 'Some body text.' });
    expect(f.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of f) expect([x.scope, x.span]).toEqual(['field', { field: 'title', start: 0, end: title.length }]);
  });
});

describe('title-not-specific', () => {
  it.each([
    ['Problem', true],
    ['Help!', true],
    ['Error', true],
    ['Not working', true],
    ['My code is not working', true],
    ['Question about Python', true],
    ['Please help me fix this error', true],
    ['Problem with my program', true],
    ['How to fix this bug?', true],
    ['Python error in loop', false],
    ['Segfault when freeing a linked list in C', false],
    ['How do I parse JSON in Rust?', false],
    ['React useEffect runs twice', false],
    ['', false], // empty is title-too-short's job
  ])('%j → flagged %s', (title, flagged) => {
    const f = run(titleNotSpecific, { title, body: '' });
    expect(f.length).toBe(flagged ? 1 : 0);
    for (const x of f) expect([x.scope, x.severity, x.span.field]).toEqual(['field', 'warning', 'title']);
  });

  it('keeps content words, drops generic ones', () => {
    expect(contentWords("Problem with my Python script doesn't work")).toEqual(['python']);
  });
});
