import { describe, expect, it } from 'vitest';
import { rebaseSpan } from '../../../src/content/span-rebase';

// A finding's span on the text the worker saw, and the text the field holds when the answer arrives.
describe('rebaseSpan: results for an older text land on the same words or nowhere', () => {
  const old = 'help plz urgent my code dont work';
  const word = (text: string, w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];

  it.each<[string, string, string]>([
    ['unchanged text', old, 'dont'],
    ['words typed before the span move it right', `Hi all, ${old}`, 'dont'],
    ['words deleted before the span move it left', old.replace('help ', ''), 'dont'],
    ['an edit after the span leaves it', `${old} at all`, 'plz'],
    ['an edit between two words', old.replace('urgent', 'very urgent'), 'dont'],
  ])('%s', (_name, now, w) => {
    const span = rebaseSpan(old, now, ...word(old, w));
    expect(span).not.toBeNull();
    expect(now.slice(...span!)).toBe(w);
  });

  it.each<[string, string, string]>([
    ['the spanned word itself was edited', old.replace('dont', "don't"), 'dont'],
    ['the span was deleted', old.replace(' dont', ''), 'dont'],
    ['text replaced across the span', 'something else entirely', 'urgent'],
  ])('drops the span when %s', (_name, now, w) => {
    expect(rebaseSpan(old, now, ...word(old, w))).toBeNull();
  });

  it('never returns a span whose text differs from the old one (random edits)', () => {
    const alphabet = 'ab ';
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const randomText = (n: number) => Array.from({ length: n }, () => alphabet[rnd(3)]).join('');
    for (let i = 0; i < 2000; i++) {
      const before = randomText(12);
      const at = rnd(13);
      const cut = rnd(4);
      const now = before.slice(0, at) + randomText(rnd(4)) + before.slice(Math.min(before.length, at + cut));
      const start = rnd(12);
      const end = start + 1 + rnd(12 - start);
      const span = rebaseSpan(before, now, start, end);
      if (span) expect(now.slice(...span)).toBe(before.slice(start, end));
    }
  });
});
