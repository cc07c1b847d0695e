import { describe, expect, it } from 'vitest';
import { BODY_MIN_WORDS, BODY_MIN_WORDS_WITH_CODE, bodyTooShort } from '../../../src/core/checks/body-too-short';
import { noAttempt } from '../../../src/core/checks/no-attempt';
import { noQuestion } from '../../../src/core/checks/no-question';
import { run } from './helpers';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const code = '\n\n```js\nconst x = 1;\n```\n';

describe('body-too-short', () => {
  it.each([
    ['empty body', '', 'error'],
    ['whitespace only', '  \n ', 'error'],
    ['a few words', 'It does not work.', 'warning'],
    ['one under the limit', words(BODY_MIN_WORDS - 1), 'warning'],
    ['at the limit', words(BODY_MIN_WORDS), null],
    ['code does not count as words', `${words(5)}${`\n\n\`\`\`\n${words(100)}\n\`\`\``}`, 'warning'],
    ['code lowers the bar', `${words(BODY_MIN_WORDS_WITH_CODE)}${code}`, null],
    ['but code still needs some explanation', `${words(BODY_MIN_WORDS_WITH_CODE - 1)}${code}`, 'warning'],
  ] as const)('%s', (_, body, severity) => {
    const f = run(bodyTooShort, { title: 'A title', body });
    expect(f.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of f) expect([x.scope, x.span]).toEqual(['field', { field: 'body', start: 0, end: body.length }]);
  });
});

describe('no-question', () => {
  it.each([
    ['question mark in body', 'Title here', 'Why does it fail?', false],
    ['question mark in title', 'Why does it fail?', 'It fails.', false],
    ['interrogative title without ?', 'How to parse JSON in Python', 'I have a string.', false],
    ['interrogative sentence without ?', 'Parsing dates', 'It fails. Is there a way to keep the offset.', false],
    ['indirect question', 'Parsing dates', 'I wonder whether strptime supports offsets.', false],
    ['full-width question mark', 'Dates', '这个怎么用？', false],
    ['statements only', 'Parsing dates', 'I have a string. It fails.', true],
    ['? only inside code', 'Parsing dates', 'It fails.\n\n```\nx = a ? b : c\n```', true],
    ['? only inside inline code', 'Parsing dates', 'It fails on `a ? b : c`.', true],
    ['URL query is not a question', 'Parsing dates', 'See https://example.com/a?b=1 for details.', true],
    ['empty', '', '', true],
  ])('%s', (_, title, body, flagged) => {
    expect(run(noQuestion, { title, body }).length).toBe(flagged ? 1 : 0);
  });
});

describe('no-attempt', () => {
  it.each([
    ['"I tried"', 'I tried setting the offset.', false],
    ['"I\'ve tried"', "I've tried everything.", false],
    ['"attempted"', 'The attempted fix did nothing.', false],
    ['a code block', `Here.${code}`, false],
    ['a quoted error message', 'It raises TypeError: x is undefined.', false],
    ['an error line', 'It prints error: file not found.', false],
    ['error text in a code block', 'Output:\n\n```\nTraceback (most recent call last):\n```', false],
    ['nothing tried', 'I want to parse dates. How?', true],
    ['vague complaint', 'My code does not work. Help.', true],
    ['inline code alone is not an attempt', 'How do I use `strptime`?', true],
  ])('%s', (_, body, flagged) => {
    const f = run(noAttempt, { title: 'Parsing dates', body });
    expect(f.length).toBe(flagged ? 1 : 0);
    for (const x of f) expect([x.scope, x.span.field, x.severity]).toEqual(['field', 'body', 'warning']);
  });
});
