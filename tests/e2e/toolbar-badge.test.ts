// The toolbar button shows the active tab's state: the question's score in points with its band's colour,
// "off" where the site is switched off, nothing where nothing was analysed, and nothing again after the tab
// navigates. Read through the extension's service worker, as Chrome holds it per tab.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  extensionWorker,
  openFixture,
  openPopup,
  resetSiteSettings,
  scoreOf,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type E2E,
} from './harness/browser';
import { useExtension } from './harness/suite';
import { asOneField, BETTER } from './harness/questions';
import { BAND_COLOUR, bandOf } from '../../src/shared/score-bands';

interface ToolbarRead {
  text: string;
  title: string;
  colour: string;
}

/** The badge text, title and background Chrome holds for one tab. */
async function toolbarOf(env: E2E, tabId: number): Promise<ToolbarRead> {
  const worker = await extensionWorker(env);
  return worker.evaluate(async (id) => {
    type Action = {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getTitle(d: { tabId: number }): Promise<string>;
      getBadgeBackgroundColor(d: { tabId: number }): Promise<[number, number, number, number]>;
    };
    const action = (globalThis as unknown as { chrome: { action: Action } }).chrome.action;
    const [text, title, [r, g, b]] = await Promise.all([
      action.getBadgeText({ tabId: id }),
      action.getTitle({ tabId: id }),
      action.getBadgeBackgroundColor({ tabId: id }),
    ]);
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    return { text, title, colour: `#${hex(r)}${hex(g)}${hex(b)}` };
  }, tabId);
}

const POLL = { timeout: 15_000 };

const browserOf = useExtension();

describe('toolbar badge', () => {
  let env: E2E;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    env = browserOf();
    page = await openFixture(env, 'textarea.html');
    tabId = await tabIdOf(env, page);
  });

  it('is empty on a page where nothing has been typed', async () => {
    // The content script has announced the page (the site is on): still nothing to show.
    await expect.poll(() => toolbarOf(env, tabId), POLL).toMatchObject({ text: '', title: 'ML Editor' });
  });

  it('shows the in-page score in points, in the same band colour, and says it in the title', async () => {
    await typeLikeAPerson(page.locator('#body'), asOneField(BETTER));
    const score = scoreOf(await waitForSettledBadges(page));
    const points = String(Math.round(score * 100));
    // The in-page label shows the same number.
    const inPage = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ml-editor-root')
          ?.shadowRoot?.querySelectorAll('[data-ml-editor-badge][data-state="scored"]') ?? []),
      ].map((b) => b.textContent),
    );
    expect(inPage).toContain(points);
    await expect
      .poll(() => toolbarOf(env, tabId), POLL)
      .toEqual({
        text: points,
        title: `ML Editor: this question scores ${points} of 100`,
        colour: BAND_COLOUR[bandOf(score)],
      });
  });

  it('keeps each tab to itself: a second tab with nothing typed stays empty', async () => {
    const other = await openFixture(env, 'contenteditable.html');
    try {
      const otherId = await tabIdOf(env, other);
      expect(otherId).not.toBe(tabId);
      expect((await toolbarOf(env, otherId)).text).toBe('');
      expect((await toolbarOf(env, tabId)).text).toMatch(/^\d+$/);
    } finally {
      await other.close();
      await page.bringToFront();
    }
  });

  it('says "off" once the site is switched off in the popup, on every tab of the site, and again after a reload', async () => {
    const popup = await openPopup(env, tabId);
    const fresh = await openFixture(env, 'contenteditable.html');
    try {
      const freshId = await tabIdOf(env, fresh);
      await popup.locator('[data-testid="site-toggle"]').click({ timeout: 5_000 });
      const off = { text: 'off', title: 'ML Editor is off on this site' };
      await expect.poll(() => toolbarOf(env, tabId), POLL).toMatchObject(off);
      await expect.poll(() => toolbarOf(env, freshId), POLL).toMatchObject(off);
      // A page loaded while its site is off says so before anything is typed.
      await fresh.reload({ waitUntil: 'load' });
      await expect.poll(() => toolbarOf(env, freshId), POLL).toMatchObject(off);
    } finally {
      await popup.close();
      await fresh.close();
      // Later tests share the site 127.0.0.1: never leave it off.
      await resetSiteSettings(env);
    }
    await expect.poll(async () => (await toolbarOf(env, tabId)).text, POLL).not.toBe('off');
  });

  it('is cleared when the tab navigates', async () => {
    await page.bringToFront();
    await typeLikeAPerson(page.locator('#body'), ` ${asOneField(BETTER)}`);
    await waitForSettledBadges(page);
    await expect.poll(async () => (await toolbarOf(env, tabId)).text, POLL).toMatch(/^\d+$/);
    await page.goto(env.server.url('contenteditable.html'), { waitUntil: 'load' });
    await expect.poll(() => toolbarOf(env, tabId), POLL).toMatchObject({ text: '', title: 'ML Editor' });
  });

  it('makes no network request and raises no page error', () => {
    expect(env.network.violations()).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});
