import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import { gate, GATE_MIN_WORDS } from '../../src/core/gate';

// n words with a question signal ("why") so only the count matters.
const words = (n: number) => ['why', ...Array.from({ length: n - 1 }, (_, i) => `w${i}`)].join(' ');

describe('gate', () => {
  it.each([
    // title, body, scorable, reason contains
    ['', '', false, 'Nothing to score'],
    ['  ', '\n\n', false, 'Nothing to score'],
    ['Help', '', false, 'Not enough text'],
    ['Python error', 'It fails.', false, 'Not enough text'],
    ['', words(GATE_MIN_WORDS - 1), false, 'Not enough text'],
    ['Code only', '```\nfor (let i = 0; i < 100; i++) { console.log(i); }\n```', false, 'Not enough text'],
    ['', 'hey, lunch at noon tomorrow with the team, see you all there', false, 'does not look like a question'],
    [
      'Weekend plans',
      'We are going to the beach on Saturday and will be back on Sunday evening.',
      false,
      'does not look like a question',
    ],
    ['', words(GATE_MIN_WORDS), true, null],
    ['Email regex', 'I need a regex that matches email addresses with plus signs.', true, null],
    ['How do I sort a list?', 'By the second item.', true, null],
    ['Sorting tuples', 'My sort returns the wrong order for these tuples every time.', true, null],
    ['Sorting tuples', 'Sorting these tuples by the second item with `sorted` gives this order.', true, null],
    ['Sorting tuples', 'Sorting these tuples by the second item gives this order:\n\n```\n[(1, 2)]\n```', true, null],
  ])('%j / %j → scorable %s', (title, body, scorable, reason) => {
    const g = gate(parseQuestion({ title, body }));
    expect(g.scorable).toBe(scorable);
    if (!g.scorable) expect(g.reason).toContain(reason);
  });

  it('counts title and body words together, never code', () => {
    const half = Math.ceil(GATE_MIN_WORDS / 2);
    expect(gate(parseQuestion({ title: words(half), body: words(GATE_MIN_WORDS - half) })).scorable).toBe(true);
    const code = `\n\n\`\`\`\n${words(50)}\n\`\`\``;
    expect(gate(parseQuestion({ title: '', body: words(GATE_MIN_WORDS - 1) + code })).scorable).toBe(false);
  });
});
