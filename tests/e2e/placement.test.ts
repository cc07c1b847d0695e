// Placement at 1280×800 and 800×600 on the ask page (Stacks-Editor), a textarea and a contenteditable: the badge
// never covers the field (so neither the caret nor the last line); the open panel covers neither the field nor
// the editor's toolbar, and stays inside the viewport.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { useExtension } from './harness/suite';

const env = useExtension();
const TEXT =
  'My script stops with a KeyError when it reads the config file. I expected it to print the port number. What am I doing wrong?';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PAGES = [
  {
    name: 'ask page (Stacks-Editor)',
    path: '/stacks-ask.html',
    field: '#editor .ProseMirror',
    toolbar: '#editor .js-editor-menu',
    title: '#title',
  },
  { name: 'textarea', path: '/textarea.html', field: '#body', toolbar: null, title: null },
  { name: 'contenteditable', path: '/contenteditable.html', field: '#body', toolbar: null, title: null },
] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function rects(page: Page, field: string, toolbar: string | null) {
  return page.evaluate(
    ([fieldSel, toolbarSel]) => {
      const box = (el: Element | null | undefined) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const shadow = document.querySelector('ml-editor-root')!.shadowRoot!;
      const selection = getSelection();
      const caret = selection?.rangeCount ? box(selection.getRangeAt(0) as unknown as Element) : null;
      return {
        field: box(document.querySelector(fieldSel))!,
        toolbar: toolbarSel ? box(document.querySelector(toolbarSel)) : null,
        badge: box(shadow.querySelector('[data-ml-editor-badge]:not([hidden])')),
        panel: box(shadow.querySelector('[data-ml-editor-panel]')),
        caret,
        viewport: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
      };
    },
    [field, toolbar] as const,
  );
}

describe('placement', () => {
  for (const size of SIZES) {
    it.each(PAGES)(`$name at ${size.width}×${size.height}`, async (p) => {
      const page = await openFixture(env(), p.path);
      await page.setViewportSize(size);
      if (p.path.includes('stacks'))
        await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
      if (p.title) await typeLikeAPerson(page.locator(p.title), 'KeyError when reading the config file');
      await typeLikeAPerson(page.locator(p.field), TEXT);
      await waitForSettledBadges(page, { timeoutMs: 30_000 });
      let r = await rects(page, p.field, p.toolbar);
      expect(r.badge, 'a visible badge').not.toBeNull();
      if (p.toolbar) expect(r.toolbar, 'the editor’s toolbar').not.toBeNull();
      expect(
        overlaps(r.badge!, r.field),
        `badge ${JSON.stringify(r.badge)} over the field ${JSON.stringify(r.field)}`,
      ).toBe(false);
      if (r.caret && r.caret.bottom > r.caret.top) expect(overlaps(r.badge!, r.caret)).toBe(false);
      if (r.toolbar) expect(overlaps(r.badge!, r.toolbar)).toBe(false);

      await page.locator('ml-editor-root [data-ml-editor-badge]').click();
      await page.locator('ml-editor-root [data-ml-editor-panel] h2').waitFor({ timeout: 5_000 });
      // the panel settles on its place within a frame or two
      await expect
        .poll(async () => JSON.stringify((await rects(page, p.field, p.toolbar)).panel))
        .toBe(JSON.stringify((await rects(page, p.field, p.toolbar)).panel));
      r = await rects(page, p.field, p.toolbar);
      const panel = r.panel!;
      expect(overlaps(panel, r.field), `panel ${JSON.stringify(panel)} over the field ${JSON.stringify(r.field)}`).toBe(
        false,
      );
      if (r.toolbar)
        expect(overlaps(panel, r.toolbar), `panel over the toolbar ${JSON.stringify(r.toolbar)}`).toBe(false);
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.top).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(r.viewport.right);
      expect(panel.bottom).toBeLessThanOrEqual(r.viewport.bottom);
      expect(panel.bottom - panel.top).toBeGreaterThan(60); // room for at least the score and one line
      await page.close();
    });
  }
});
