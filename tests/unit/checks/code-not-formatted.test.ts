import { describe, expect, it } from 'vitest';
import { codeNotFormatted, looksLikeCode } from '../../../src/core/checks/code-not-formatted';
import { quotes } from './helpers';

describe('code-not-formatted', () => {
  it.each([
    [
      'a JS function in prose',
      'My code:\nfunction add(a, b) {\n  return a + b;\n}\nIt fails.',
      ['function add(a, b) {\n  return a + b;\n}'],
    ],
    ['a Python def with its body', 'Code:\n\ndef f(x):\n  return x\n\nIt fails.', ['def f(x):\n  return x']],
    ['a statement line', 'I wrote\nint x = 5;\nand it fails.', ['int x = 5;']],
    ['an assignment', 'I set\n\nresult = compute(a, b)\n\nbut it fails.', ['result = compute(a, b)']],
    ['a call alone', 'Then I call\n\nconsole.log(value)\n\nand see nothing.', ['console.log(value)']],
    ['an import', 'import numpy as np\n\nfails.', ['import numpy as np']],
    ['an HTML tag', 'My markup:\n\n<div class="a">hi</div>', ['<div class="a">hi</div>']],
    [
      'a stack trace',
      'I get:\n\nTraceback (most recent call last):\n  File "a.py", line 3, in <module>',
      ['Traceback (most recent call last):\n  File "a.py", line 3, in <module>'],
    ],
    ['two separate snippets', 'x = 1;\n\nSome words here.\n\ny = 2;', ['x = 1;', 'y = 2;']],
    ['fenced code → not flagged', 'Code:\n\n```\nfunction add(a, b) {\n  return a + b;\n}\n```', []],
    ['indented code → not flagged', 'Code:\n\n    int x = 5;\n    return x;\n', []],
    ['inline code → not flagged', 'I call `console.log(value)` and see nothing.', []],
    ['prose with a semicolon inside', 'I tried it; it failed with no output at all.', []],
    ['prose mentioning a call', 'When I call the function foo() on the list it returns nothing at all.', []],
    ['plain prose', 'The loop never ends when the list is empty.', []],
    ['blockquote prose', '> The docs say this should work fine in every case.', []],
    ['CRLF line ends', 'Code:\r\nint x = 5;\r\nfails', ['int x = 5;']],
  ])('%s', (_, body, expected) => {
    expect(quotes(codeNotFormatted, { title: '', body })).toEqual(expected);
  });

  it.each([
    ['for (let i = 0; i < n; i++) {', true],
    ['}', true],
    ['$ npm install foo', true],
    ['SELECT name FROM users WHERE id = 1', true],
    ['public static void main(String[] args)', true],
    ['Hello world, this is a sentence about code.', false],
    ['', false],
  ])('looksLikeCode(%j) = %s', (line, expected) => {
    expect(looksLikeCode(line)).toBe(expected);
  });
});
