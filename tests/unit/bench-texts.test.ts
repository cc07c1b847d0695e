// The bench's typing series claim that no cache can help the measured keystrokes: these tests hold the texts
// to it (a change to bench/texts.ts that shares words or lines would flatter the typing rows that carry the target).
import { describe, expect, it } from 'vitest';
import { otherField, questionOfWords, typedEdit, typedElsewhere } from '../../bench/texts';

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);

/** What typing `n` characters adds to `q` through `edit`. */
function typedText(q: { title: string; body: string }, edit: typeof typedEdit, n: number): string {
  const body = edit(q, n).body;
  const at = q.body.lastIndexOf('. ') + 2;
  return body.slice(at, at + n + 1);
}

describe('bench typing texts', () => {
  const q = questionOfWords(3000);
  const other = otherField();

  it('each typed text is the previous one plus one character', () => {
    for (const edit of [typedEdit, typedElsewhere]) {
      for (let n = 1; n < 120; n++) {
        const before = edit(q, n - 1).body;
        const after = edit(q, n).body;
        expect(after.length).toBe(before.length + 1);
        const at = q.body.lastIndexOf('. ') + 2 + n;
        expect(after.slice(0, at) + after.slice(at + 1)).toBe(before);
      }
    }
  });

  it('the passage typed into the other field shares no word with the measured one', () => {
    const measured = words(typedText(q, typedEdit, 2000));
    const elsewhere = words(typedText(other, typedElsewhere, 2000));
    expect(measured.size).toBeGreaterThan(10);
    expect(elsewhere.size).toBeGreaterThan(10);
    expect([...elsewhere].filter((w) => measured.has(w))).toEqual([]);
  });

  it('the other field shares no prose line with the measured question', () => {
    const lines = (body: string) => body.split('\n').filter((l) => /[a-z]/i.test(l) && !/^\s*(```|def |\s{4})/.test(l));
    const measured = new Set(lines(q.body));
    expect(lines(other.body).filter((l) => measured.has(l))).toEqual([]);
    expect(other.title).not.toBe(q.title);
  });
});
