// Badge and panel geometry: the badge outside the field's box, the panel clear of the editor box and inside the
// viewport.
import { describe, expect, it } from 'vitest';
import { badgeAt, GAP, panelAt, type Box } from '../../../src/content/placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('badgeAt', () => {
  it('right of the bottom-right corner when there is room: never over the field', () => {
    const field = box(100, 100, 700, 130);
    const at = badgeAt(field, 30, 20, 1280, 800);
    expect(at).toEqual({ left: 700 + GAP, top: 110 });
    expect(overlaps(box(at.left, at.top, at.left + 30, at.top + 20), field)).toBe(false);
  });

  it('below the field when it spans the viewport’s width, above when below is off-screen', () => {
    expect(badgeAt(box(0, 100, 800, 300), 30, 20, 800, 600)).toEqual({ left: 766, top: 300 + GAP });
    expect(badgeAt(box(0, 100, 800, 590), 30, 20, 800, 600)).toEqual({ left: 766, top: 100 - GAP - 20 });
  });
});

describe('panelAt', () => {
  const vw = 1280;
  const vh = 800;
  it.each([
    ['right of a narrow editor', box(100, 100, 700, 500), 300],
    ['below a wide editor', box(10, 100, 1270, 400), 300],
    ['above a wide editor near the bottom', box(10, 450, 1270, 790), 300],
    ['a tall wide editor: shortened, but never over it or out of the viewport', box(10, 150, 1270, 700), 420],
  ])('%s', (_name, editor, h) => {
    const at = panelAt(editor, 320, h, vw, vh);
    const panel = box(at.left, at.top, at.left + 320, at.top + at.maxHeight);
    expect(overlaps(panel, editor)).toBe(false);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(vw);
    expect(panel.bottom).toBeLessThanOrEqual(vh);
    expect(at.maxHeight).toBeGreaterThan(0);
  });

  it('the whole panel when it fits, so nothing scrolls needlessly', () => {
    expect(panelAt(box(100, 100, 700, 500), 320, 300, vw, vh).maxHeight).toBe(300);
  });
});
