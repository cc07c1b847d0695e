// Dark mode for the in-page UI: it follows the page's colour scheme (a dark page gets a dark panel even when the
// OS is light) and the OS when the page has none; in both, the panel's text reaches WCAG AA contrast. Screenshots
// of the open panel in both modes are measured: the dark one is dark, the light one is light.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { useExtension } from './harness/suite';

const env = useExtension();
const TEXT =
  'My script stops with a KeyError when it reads the config file. I expected it to print the port number. Thanks, please help asap!';

/** The panel's theme, and the contrast of its text and buttons, from their computed colours. */
function panelColours(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('ml-editor-root')!;
    const panel = root.shadowRoot!.querySelector<HTMLElement>('[data-ml-editor-panel]')!;
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = parse(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const bg = getComputedStyle(panel).backgroundColor;
    const texts = [...panel.querySelectorAll<HTMLElement>('h2, h3, p, li, q, b')].map((el) =>
      ratio(getComputedStyle(el).color, bg),
    );
    const buttons = [...panel.querySelectorAll<HTMLElement>('button')].map((el) =>
      ratio(getComputedStyle(el).color, getComputedStyle(el).backgroundColor),
    );
    return {
      theme: root.getAttribute('data-theme'),
      bgLuminance: lum(bg),
      minText: Math.min(...texts),
      minButton: Math.min(...buttons),
      count: texts.length + buttons.length,
    };
  });
}

/** Mean luminance (0–1) of a PNG, decoded by the browser. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]) / 255;
    return sum / (d.length / 4);
  }, png.toString('base64'));
}

async function openPanelOn(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await openFixture(env(), path);
  await page.emulateMedia({ colorScheme: scheme });
  await typeLikeAPerson(page.locator('#body'), TEXT);
  await waitForSettledBadges(page, { timeoutMs: 30_000 });
  await page.locator('ml-editor-root [data-ml-editor-badge]').click();
  await page.locator('ml-editor-root [data-ml-editor-panel] li').first().waitFor({ timeout: 5_000 });
  return page;
}

describe('dark mode', () => {
  it.each([
    ['a page with no colour scheme, OS light', '/textarea.html', 'light', 'light'],
    ['a page with no colour scheme, OS dark', '/textarea.html', 'dark', 'dark'],
    ['a dark page, OS light', '/dark.html', 'light', 'dark'],
  ] as const)('%s: %s panel, AA contrast, and a screenshot of that brightness', async (_name, path, os, expected) => {
    const page = await openPanelOn(path, os);
    const c = await panelColours(page);
    expect(c.theme).toBe(expected);
    expect(c.count).toBeGreaterThan(3);
    expect(c.minText).toBeGreaterThanOrEqual(4.5);
    expect(c.minButton).toBeGreaterThanOrEqual(4.5);
    const shot = await page.locator('ml-editor-root [data-ml-editor-panel]').screenshot();
    const mean = await meanLuminance(page, shot);
    if (expected === 'dark') expect(mean).toBeLessThan(0.35);
    else expect(mean).toBeGreaterThan(0.65);
    await page.close();
  });
});
