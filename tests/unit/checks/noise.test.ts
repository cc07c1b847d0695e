import { describe, expect, it } from 'vitest';
import { noise } from '../../../src/core/checks/noise';
import { quotes, run } from './helpers';

describe('noise', () => {
  it.each([
    ['greeting at the start', 'Hi all, my loop never ends.', ['Hi all']],
    ['bare hello at the start', 'Hello, my loop never ends.', ['Hello']],
    ['"hello world" is not a greeting', 'My hello world program fails.', []],
    ['hey guys mid-text', 'So hey guys, the loop fails.', ['hey guys']],
    ['thanks in advance', 'The loop fails. Thanks in advance!', ['Thanks in advance']],
    ['thanks to is not noise', 'Thanks to the docs I found the flag.', []],
    ['plain thanks', 'The loop fails. Thanks!', ['Thanks']],
    ['any help appreciated', 'Any help would be greatly appreciated.', ['Any help would be greatly appreciated']],
    ['urgency', 'This is urgent, I need it ASAP.', ['urgent', 'ASAP']],
    ['plz and pls', 'plz fix, pls', ['plz', 'pls']],
    ['please help me', 'Please help me with this loop.', ['Please help me']],
    ['can someone help', 'Can someone help? The loop fails.', ['Can someone help']],
    ['regards sign-off', 'The loop fails.\n\nBest regards', ['Best regards']],
    ['clean text', 'The loop never ends when the list is empty.', []],
    ['inside inline code → not flagged', 'Set `urgent = True` then.', []],
    ['inside a code block → not flagged', 'See:\n\n```\n// thanks in advance, plz\n```', []],
    ['after emoji', '🙏 plz', ['plz']],
  ])('%s', (_, body, expected) => {
    expect(quotes(noise, { title: '', body })).toEqual(expected);
  });

  it('flags noise in the title, in the title field', () => {
    const input = { title: 'URGENT: loop never ends', body: '' };
    const f = run(noise, input);
    expect(f.map((x) => [x.span.field, input.title.slice(x.span.start, x.span.end), x.severity])).toEqual([
      ['title', 'URGENT', 'warning'],
    ]);
  });
});
