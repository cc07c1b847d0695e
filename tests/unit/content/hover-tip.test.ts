// Which underline the tooltip shows: pointer hit tests against client rects, caret tests against spans or ranges.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/finding';
import { caretAt, gainText, hitAt, type RectLike, type Target } from '../../../src/content/hover-tip';

const finding = (id: string, start: number, end: number, source: Finding['source'] = 'model'): Finding => ({
  id,
  span: { field: 'body', start, end },
  scope: 'span',
  message: id,
  severity: 'info',
  source,
});
const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({ left, top, right, bottom });
const rects = (...list: RectLike[]) => ({ getClientRects: () => list });

describe('gainText', () => {
  // Gains are in points, the scale of the score itself (0–100).
  it.each([
    [undefined, ''],
    [0.21, ' +21 points'],
    [0.125, ' +13 points'],
    [0.01, ' +1 point'],
    [0.0087, ' +1 point'],
    [0.0049, ' +<1 point'],
    [0.00004, ' +<1 point'],
  ])('%s → %j', (gain, text) => expect(gainText(gain)).toBe(text));
});

describe('hitAt', () => {
  // "remove" is drawn on two lines (two rects); "tip" overlaps the first rect and is listed after it.
  const remove = finding('remove', 10, 30);
  const tip = finding('tip', 12, 16, 'heuristic');
  const targets: Target[] = [
    [rects(rect(100, 10, 200, 28), rect(0, 30, 50, 48)), remove],
    [rects(rect(120, 10, 160, 28)), tip],
    [rects(), finding('hidden', 40, 45)],
  ];
  it.each([
    ['inside the first line', 150, 20, 'remove', 0],
    ['inside the wrapped second line', 25, 40, 'remove', 1],
    ['on the rect edge', 100, 10, 'remove', 0],
    ['left of every rect', 60, 20, null, -1],
    ['between the lines', 150, 29, null, -1],
    ['nowhere (no pointer yet)', -1, -1, null, -1],
  ])('%s', (_, x, y, id, rectIndex) => {
    const hit = hitAt(targets, x as number, y as number);
    if (id === null) return expect(hit).toBeNull();
    expect(hit?.[0].id).toBe(id);
    expect(hit?.[1]).toBe((targets[0][0].getClientRects() as RectLike[])[rectIndex as number]);
  });
  it('prefers the earlier target (model suggestions come first) where two overlap', () => {
    expect(hitAt(targets, 130, 20)?.[0].id).toBe('remove');
    expect(hitAt([targets[1], targets[0]], 130, 20)?.[0].id).toBe('tip');
  });
});

describe('caretAt in a plain field (selectionStart against spans)', () => {
  const field = { selectionStart: 0 } as { selectionStart: number | null } & HTMLTextAreaElement;
  const other = {} as HTMLTextAreaElement;
  const drawn = rect(5, 5, 40, 20);
  const targets: Target[] = [
    [rects(drawn), finding('a', 4, 9), field],
    [rects(), finding('stale', 12, 20), field], // mirror hidden: text changed since the analysis
  ];
  it.each([
    [3, null],
    [4, 'a'],
    [6, 'a'],
    [8, 'a'],
    [9, null], // just after the word: where the caret sits while typing
    [10, null],
    [14, null],
  ])('caret at %i → %s', (caret, id) => {
    field.selectionStart = caret;
    const hit = caretAt(targets, field, null);
    expect(hit?.[0].id ?? null).toBe(id);
    if (id) expect(hit?.[1]).toBe(drawn);
  });
  it('ignores the caret of another element', () => {
    field.selectionStart = 6;
    expect(caretAt(targets, other, null)).toBeNull();
  });
});

describe('caretAt in an editor (isPointInRange on the focus)', () => {
  const node = {} as Node;
  const range = (from: number, to: number, list: RectLike[]) =>
    ({
      getClientRects: () => list,
      isPointInRange: (n: Node, offset: number) => n === node && offset >= from && offset <= to,
      endContainer: node,
      endOffset: to,
    }) as unknown as Range;
  const targets: Target[] = [
    [range(2, 6, [rect(0, 0, 30, 10)]), finding('word', 2, 6)],
    [range(8, 8, [rect(50, 0, 50, 10)]), finding('deleted', 8, 8)], // collapsed after its text was deleted
  ];
  it.each([
    [1, null],
    [2, 'word'],
    [5, 'word'],
    [6, null], // at the range's end
    [8, null],
  ])('focus offset %i → %s', (offset, id) => {
    expect(caretAt(targets, null, { focusNode: node, focusOffset: offset })?.[0].id ?? null).toBe(id);
  });
  it('no selection → nothing', () => {
    expect(caretAt(targets, null, null)).toBeNull();
    expect(caretAt(targets, null, { focusNode: null, focusOffset: 0 })).toBeNull();
  });
});
