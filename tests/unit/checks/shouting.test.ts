import { describe, expect, it } from 'vitest';
import { shouting } from '../../../src/core/checks/shouting';
import { quotes } from './helpers';

describe('shouting', () => {
  it.each([
    ['a shouted sentence', 'My app. NOTHING WORKS AT ALL. Why?', ['NOTHING WORKS AT ALL']],
    ['shouting with "I"', 'Well I NEED HELP now', ['I NEED HELP']],
    ['acronyms are not shouting', 'The HTTP API returns JSON over SSL.', []],
    ['acronym run', 'Send HTTP POST JSON to the API.', []],
    ['SQL keywords', 'I run SELECT COUNT FROM the table.', []],
    ['one capitalised word is emphasis, not shouting', 'It does NOT work.', []],
    ['constants', 'Set MAX_VALUE and UTF8 here.', []],
    ['numbers end a run', 'Got 404 NOT FOUND', []],
    ['acronyms inside a shout are included', 'WHY DOES JSON PARSING FAIL', ['WHY DOES JSON PARSING FAIL']],
    ['inside inline code → not flagged', 'Set `THIS IS CONSTANT` please.', []],
    ['inside a code block → not flagged', 'Code:\n\n```\nPRINT HELLO WORLD\n```', []],
    ['normal text', 'Nothing works here.', []],
  ])('%s', (_, body, expected) => {
    expect(quotes(shouting, { title: '', body })).toEqual(expected);
  });

  it('flags an all-caps title', () => {
    expect(quotes(shouting, { title: 'HELP MY CODE IS BROKEN', body: '' })).toEqual(['HELP MY CODE IS BROKEN']);
  });
});
