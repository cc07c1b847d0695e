// Reading the in-page hints of the top frame: highlight ranges (contenteditable), mirror marks (textarea/input),
// the panel's entries and the tooltip, all through <ml-editor-root>'s open shadow root or CSS.highlights.
import type { Page } from 'playwright-core';

export interface Underline {
  source: 'model' | 'heuristic';
  text: string;
  /** Centre of its first client rect, in viewport coordinates. */
  x: number;
  y: number;
}

/** Every drawn underline: CSS.highlights ranges of our two highlights, then visible mirror marks. */
export function readUnderlines(page: Page): Promise<Underline[]> {
  return page.evaluate(() => {
    const out: { source: 'model' | 'heuristic'; text: string; x: number; y: number }[] = [];
    const centre = (r: DOMRect | undefined) =>
      r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: -1, y: -1 };
    for (const source of ['model', 'heuristic'] as const) {
      const highlight = CSS.highlights.get(`ml-editor-${source}`) as Iterable<Range> | undefined;
      for (const range of highlight ?? [])
        out.push({ source, text: range.toString(), ...centre(range.getClientRects()[0]) });
    }
    const shadow = document.querySelector('ml-editor-root')?.shadowRoot;
    for (const mark of shadow?.querySelectorAll<HTMLElement>('.mirror:not([hidden]) mark') ?? []) {
      out.push({
        source: mark.dataset.source as 'model' | 'heuristic',
        text: mark.textContent ?? '',
        ...centre(mark.getClientRects()[0]),
      });
    }
    return out;
  });
}

export interface PanelEntry {
  id: string;
  source: string;
  text: string;
  /** The suggestion's message alone (the entry's first text node). */
  message: string;
  gain: string | null;
  quote: string | null;
  /** Whether a "Tips" heading comes before this entry. */
  afterTips: boolean;
}

/** Opens the panel of the badge of `field` (click) and reads its entries; closes it again. */
export async function readPanel(page: Page, field: 'title' | 'body' = 'body'): Promise<PanelEntry[]> {
  const badge = page.locator(`ml-editor-root [data-ml-editor-badge][data-field="${field}"]`);
  await badge.click();
  try {
    await page.locator('ml-editor-root [data-ml-editor-panel] h2').waitFor({ timeout: 5_000 });
    return await page.evaluate(() => {
      const panel = document.querySelector('ml-editor-root')!.shadowRoot!.querySelector('[data-ml-editor-panel]')!;
      let afterTips = false;
      const entries: PanelEntry[] = [];
      for (const el of panel.querySelectorAll('h3, li')) {
        if (el.tagName === 'H3') {
          afterTips = afterTips || el.textContent === 'Tips';
          continue;
        }
        entries.push({
          id: el.getAttribute('data-ml-editor-finding') ?? '',
          source: el.getAttribute('data-source') ?? '',
          text: el.textContent ?? '',
          message: el.firstChild?.textContent ?? '',
          gain: el.querySelector('b')?.textContent ?? null,
          quote: el.querySelector('q')?.textContent ?? null,
          afterTips,
        });
      }
      return entries;
    });
  } finally {
    await badge.click(); // toggles it shut
  }
}

/** Runs in the page: the tooltip's text when shown, else null. */
function shownTooltip(): string | null {
  const tip = document.querySelector('ml-editor-root')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
  return tip && !tip.hidden && tip.getBoundingClientRect().width > 0 ? tip.textContent : null;
}

/** The tooltip's text when shown, else null. */
export function readTooltip(page: Page): Promise<string | null> {
  return page.evaluate(shownTooltip);
}

/** The tooltip's text once it shows, or null if it does not within `timeout` ms. */
export function awaitTooltip(page: Page, timeout = 5_000): Promise<string | null> {
  return page.waitForFunction(shownTooltip, null, { timeout }).then(
    (handle) => handle.jsonValue(),
    () => null,
  );
}

/** Highlight ranges as offsets into `root`'s textContent (for "nothing inside code" checks), plus that text. */
export function highlightOffsets(
  page: Page,
  rootSelector: string,
): Promise<{ text: string; ranges: { source: string; start: number; end: number }[] }> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const ranges: { source: string; start: number; end: number }[] = [];
    for (const source of ['model', 'heuristic']) {
      for (const range of (CSS.highlights.get(`ml-editor-${source}`) as Iterable<Range> | undefined) ?? []) {
        if (!root.contains(range.startContainer)) continue;
        const before = document.createRange();
        before.setStart(root, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const start = before.toString().length;
        ranges.push({ source, start, end: start + range.toString().length });
      }
    }
    return { text: root.textContent ?? '', ranges };
  }, rootSelector);
}
