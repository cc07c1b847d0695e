import { describe, expect, it } from 'vitest';
import { assignSplits, dropLeaks, leakGroups, normaliseText } from '../../../src/training/split';

const q = (id: string, title: string, body = 'some body text here', authorId?: string) => ({
  id,
  title,
  body,
  authorId,
});

describe('normaliseText', () => {
  it('makes HTML and Markdown copies of one question equal', () => {
    expect(normaliseText('<p>How do I <code>sort</code> a list?</p>')).toBe(normaliseText('How do I `sort` a list?'));
  });
});

describe('leakGroups', () => {
  it('groups exact copies, same authors and near-duplicate titles; leaves distinct questions apart', () => {
    const items = [
      q('1', 'How to sort a list in Python by key'),
      q('2', 'how to sort a list in python by key?'), // same title, other punctuation
      q('3', 'Parse JSON dates with Jackson', 'other body', 'u7'),
      q('4', 'Unrelated gradle build failure', 'third body', 'u7'), // same author as 3
      q('5', 'Why does my CSS grid overflow', 'fourth body'),
      q('6', 'How to sort a list in Python by value', 'fifth'), // 3 of 8 shingles differ: below 0.8
    ];
    const g = leakGroups(items);
    expect(g[0]).toBe(g[1]);
    expect(g[2]).toBe(g[3]);
    expect(new Set([g[0], g[2], g[4], g[5]]).size).toBe(4);
  });
});

describe('assignSplits', () => {
  it('never puts two members of a group on different sides, and is deterministic', () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      q(String(i), `distinct title number ${i} about topic ${i * 7}`, 'b', `a${i % 40}`),
    );
    const a = assignSplits(items, { test: 0.3, val: 0.2 }, 1);
    expect(assignSplits(items, { test: 0.3, val: 0.2 }, 1)).toEqual(a);
    for (let i = 0; i < items.length; i++)
      for (let j = 0; j < items.length; j++) {
        if (items[i].authorId === items[j].authorId) expect(a[i]).toBe(a[j]);
      }
    expect(new Set(a)).toEqual(new Set(['train', 'val', 'test']));
  });
});

describe('dropLeaks', () => {
  it('drops candidates duplicating a held-out row (exact, near, same author) and keeps the rest', () => {
    const held = [
      q(
        'h1',
        'Segfault when freeing linked list nodes in C',
        'I free each node in a loop and the program crashes on the second free call every time',
      ),
      q('h2', 'x', 'y', 'u1'),
    ];
    const cands = [
      q(
        'c1',
        'Segfault when freeing linked list nodes in C',
        'I free each node in a loop and the program crashes on the second free call every time',
      ),
      q(
        'c2',
        'segfault freeing linked list nodes in C',
        'I free each node in a loop and the program crashes on the second free call, every single time',
      ),
      q('c3', 'Anything', 'else entirely', 'u1'),
      q(
        'c4',
        'React state not updating after fetch',
        'useEffect runs but the component never shows the new data from the API',
      ),
    ];
    const { kept, dropped } = dropLeaks(cands, held);
    expect(kept.map((c) => c.id)).toEqual(['c4']);
    expect(dropped.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});
