// Faults in real Chromium on the built extension: the worker, the offscreen document and the service worker
// die; the extension is reloaded under an open page; storage holds old or broken settings; 50 fields and fast
// typing; a page that replaces its editor while someone types. After each fault hints work again (a new edit
// gets a 'scored' badge with the score of the text as typed) and the text is byte-identical to the keys typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openFixture, openPopup, tabIdOf, type E2E } from './harness/browser';
import {
  analysisWorkerTargets,
  browserCdp,
  closeOffscreenDocument,
  countAnalyseRequests,
  liveExtensionWorker,
  offscreenDocumentCount,
  reloadExtension,
  serviceWorkerRunning,
  stopServiceWorkers,
  terminateAnalysisWorker,
  visibleBadges,
  waitForScore,
  writeRawSiteSettings,
} from './harness/faults';

const QUESTION = 'How do I parse a JSON config file in Node 20 without JSON.parse throwing at startup?';
const EDITS = [
  ' I checked the path and the utf8 encoding.',
  ' The error is SyntaxError: Unexpected token u in JSON at position 0.',
  ' What does that token mean here?',
];
/** The debounce (250 ms) has passed: the edit's analysis request is on its way when the fault strikes. */
const IN_FLIGHT_MS = 300;

let env: E2E;
const consoleErrors: { url: string; text: string }[] = [];
const references = new Map<string, string>();

beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

async function open(path: string): Promise<Page> {
  const page = await openFixture(env, path);
  page.on('console', (message) => {
    // The browser's own favicon request 404s on the fixture server: not the extension's doing.
    if (message.type() === 'error' && !/\/favicon\.ico$/.test(message.location().url))
      consoleErrors.push({ url: page.url(), text: message.text() });
  });
  return page;
}

/** The score a fresh page shows for `text` pasted into a plain textarea (no fault): what the badge must say. */
async function referenceScore(text: string): Promise<string> {
  const known = references.get(text);
  if (known) return known;
  const page = await env.context.newPage();
  try {
    await page.goto(env.server.url('textarea.html'));
    await page.locator('#body').fill(text);
    const { score } = await waitForScore(page);
    references.set(text, score);
    return score;
  } finally {
    await page.close();
  }
}

/** Types one more sentence and expects the badge to settle on the score of the whole text; returns the text. */
async function expectHintsWork(page: Page, typedSoFar: string, edit: string, timeoutMs = 20_000): Promise<string> {
  const field = page.locator('#body');
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(edit);
  const typed = typedSoFar + edit;
  const expected = await referenceScore(typed);
  await expect
    .poll(async () => (await visibleBadges(page)).map((b) => [b.state, b.score]), { timeout: timeoutMs, interval: 100 })
    .toEqual([['scored', expected]]);
  expect(await field.inputValue()).toBe(typed);
  return typed;
}

async function typedQuestionPage(): Promise<{ page: Page; typed: string }> {
  const page = await open('textarea.html');
  await page.locator('#body').click();
  await page.keyboard.type(QUESTION);
  expect((await waitForScore(page)).score).toBe(await referenceScore(QUESTION));
  return { page, typed: QUESTION };
}

describe('faults', () => {
  // First: once the debugger has attached to the offscreen document (the worker test below), Chrome's
  // offscreen API no longer finds that document to close it ("No current offscreen document"), although
  // runtime.getContexts still lists it. A harness artefact, not a product path: users have no debugger attached.
  it('the offscreen document is closed with an analysis in flight: the background recreates it', async () => {
    const { page, typed: start } = await typedQuestionPage();
    try {
      expect(await offscreenDocumentCount(env)).toBe(1);
      await page.keyboard.type(EDITS[0]);
      await page.waitForTimeout(IN_FLIGHT_MS);
      await closeOffscreenDocument(env);
      let typed = await expectHintsWork(page, start + EDITS[0], '');
      // Closed while idle: the next edit brings it back.
      await closeOffscreenDocument(env);
      expect(await offscreenDocumentCount(env)).toBe(0);
      typed = await expectHintsWork(page, typed, EDITS[1]);
      expect(await offscreenDocumentCount(env)).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('the analysis worker is terminated with an analysis in flight: a new worker takes over', async () => {
    const { page, typed: start } = await typedQuestionPage();
    const cdp = await browserCdp(env);
    try {
      await page.keyboard.type(EDITS[0]);
      await page.waitForTimeout(IN_FLIGHT_MS);
      const before = await analysisWorkerTargets(env, cdp);
      expect(await terminateAnalysisWorker(env, cdp)).toBe(1);
      const terminatedAt = Date.now();
      // The in-flight edit is answered after all (by the restarted worker), then a new edit is scored.
      const afterKill = start + EDITS[0];
      await expect
        .poll(async () => (await visibleBadges(page)).map((b) => [b.state, b.score]), {
          timeout: 25_000,
          interval: 100,
        })
        .toEqual([['scored', await referenceScore(afterKill)]]);
      console.info(`[faults] worker terminated: the in-flight edit was scored ${Date.now() - terminatedAt} ms later`);
      await expectHintsWork(page, afterKill, EDITS[1]);
      const now = await analysisWorkerTargets(env, cdp);
      expect(now).toHaveLength(1);
      expect(before).not.toContain(now[0]);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });

  it('the service worker is stopped with an analysis in flight, and while idle', async () => {
    const { page, typed: start } = await typedQuestionPage();
    const cdp = await browserCdp(env);
    try {
      await page.keyboard.type(EDITS[0]);
      await page.waitForTimeout(IN_FLIGHT_MS);
      await stopServiceWorkers(env, page);
      let typed = await expectHintsWork(page, start + EDITS[0], '');
      await stopServiceWorkers(env, page);
      await expect.poll(() => serviceWorkerRunning(env, cdp)).toBe(false);
      typed = await expectHintsWork(page, typed, EDITS[1]);
      expect(await serviceWorkerRunning(env, cdp)).toBe(true);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });

  it('50 fields and 10 s of typing at 20 characters a second: no backlog, the badge settles on the final text', async () => {
    const page = await open('many-fields.html');
    try {
      // Every field is found (one hidden badge each until it is typed into).
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.querySelector('ml-editor-root')?.shadowRoot?.querySelectorAll('[data-ml-editor-badge]').length ??
              0,
          ),
        )
        .toBe(50);
      const sentence = 'Why does my parser skip the last line of the file? ';
      const text = sentence.repeat(5).slice(0, 200).trimEnd(); // 10 s at 20/s
      const expected = await referenceScore(text);
      const analyses = await countAnalyseRequests(env);
      const field = page.locator('#f25');
      await field.click();
      const started = Date.now();
      // One key per 50 ms, counted from the start so slow key events do not stretch the run.
      for (let i = 0; i < text.length; i++) {
        await page.keyboard.type(text[i]);
        const wait = started + (i + 1) * 50 - Date.now();
        if (wait > 0) await page.waitForTimeout(wait);
      }
      const typedFor = Date.now() - started;
      const duringTyping = await analyses();
      const lastKey = Date.now();
      await expect
        .poll(async () => (await visibleBadges(page)).map((b) => [b.state, b.score]), { timeout: 10_000, interval: 50 })
        .toEqual([['scored', expected]]);
      const settleMs = Date.now() - lastKey;
      const total = await analyses();
      console.info(
        `[faults] typed ${text.length} chars in ${typedFor} ms; ${duringTyping} analyses while typing, ${total} in all; settled ${settleMs} ms after the last key`,
      );
      expect(typedFor).toBeLessThan(14_000);
      // A keystroke every 50 ms never lets the 250 ms debounce fire: no analysis queues up while typing.
      expect(duringTyping).toBeLessThanOrEqual(2);
      expect(total - duringTyping).toBe(1);
      expect(settleMs).toBeLessThan(2_000);
      expect(await field.inputValue()).toBe(text);
      // The other 49 fields stayed empty and showed nothing.
      const others = await page.evaluate(
        () => [...document.querySelectorAll('textarea')].filter((t) => t.id !== 'f25' && t.value !== '').length,
      );
      expect(others).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a page that replaces its editor node while the user types: hints follow the new node', async () => {
    const page = await open('replacing-editor.html');
    try {
      const text = `${QUESTION}${EDITS[0]}${EDITS[1]}`;
      await page.locator('#body').click();
      await page.keyboard.type(text, { delay: 15 });
      const replacements = await page.evaluate(() => (window as unknown as { __replacements: number }).__replacements);
      expect(replacements).toBeGreaterThanOrEqual(10);
      const expected = await referenceScore(text);
      await expect
        .poll(async () => (await visibleBadges(page)).map((b) => [b.state, b.score]), {
          timeout: 15_000,
          interval: 100,
        })
        .toEqual([['scored', expected]]);
      expect(await page.locator('#body').inputValue()).toBe(text);
      expect(await page.locator('textarea').count()).toBe(1);
      // The one badge sits at the new node, not where a removed one was.
      const near = await page.evaluate(() => {
        const field = document.querySelector('#body')!.getBoundingClientRect();
        const badge = [
          ...document
            .querySelector('ml-editor-root')!
            .shadowRoot!.querySelectorAll<HTMLElement>('[data-ml-editor-badge]'),
        ]
          .find((b) => !b.hidden)!
          .getBoundingClientRect();
        return (
          badge.left >= field.left - 40 &&
          badge.right <= field.right + 40 &&
          badge.top >= field.top - 30 &&
          badge.bottom <= field.bottom + 30
        );
      });
      expect(near).toBe(true);
      // And keeps following it.
      await expectHintsWork(page, text, EDITS[2]);
    } finally {
      await page.close();
    }
  });

  describe('storage holds old or broken settings', () => {
    let page: Page;
    let typed = '';
    beforeAll(async () => {
      ({ page, typed } = await typedQuestionPage());
    });
    afterAll(async () => {
      await page?.close();
      await writeRawSiteSettings(env, undefined).catch(() => undefined);
    });

    async function popupToggle(): Promise<boolean> {
      const popup = await openPopup(env, await tabIdOf(env, page));
      try {
        const toggle = popup.locator('[data-testid="site-toggle"]');
        await toggle.waitFor({ timeout: 5_000 });
        return await toggle.isChecked();
      } finally {
        await popup.close();
      }
    }

    it('the v1 shape {disabledSites:[host]} turns that host off (live page, popup, and after the worker restarts)', async () => {
      await writeRawSiteSettings(env, { disabledSites: ['127.0.0.1'] });
      await expect.poll(async () => (await visibleBadges(page)).filter((b) => b.state !== 'disabled')).toEqual([]);
      expect(await popupToggle()).toBe(false);
      // A restarted service worker migrates the stored value to the current shape; the host stays off.
      await stopServiceWorkers(env, page);
      const worker = await liveExtensionWorker(env);
      await expect
        .poll(() =>
          worker.evaluate(
            async () =>
              (
                await (
                  globalThis as unknown as {
                    chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
                  }
                ).chrome.storage.local.get('siteSettings')
              ).siteSettings,
          ),
        )
        .toEqual({ defaultEnabled: true, sites: { '127.0.0.1': false }, checksOff: [] });
      expect(await popupToggle()).toBe(false);
      expect(await page.locator('#body').inputValue()).toBe(typed);
    });

    const GARBAGE: { name: string; value: unknown }[] = [
      { name: 'a string', value: '}{not json' },
      { name: 'a number', value: 42 },
      { name: 'an array', value: [1, 'two', null] },
      { name: 'wrong field types', value: { defaultEnabled: 'yes', sites: 'stackoverflow.com' } },
      { name: 'null', value: null },
    ];
    it.each(GARBAGE)('garbage ($name): no crash, on by default, popup renders, hints work', async ({ value }) => {
      await writeRawSiteSettings(env, { disabledSites: ['127.0.0.1'] });
      await expect.poll(async () => (await visibleBadges(page)).filter((b) => b.state !== 'disabled')).toEqual([]);
      await writeRawSiteSettings(env, value);
      expect(await popupToggle()).toBe(true);
      typed = await expectHintsWork(page, typed, ' Thanks.');
    });
  });

  it('the extension is reloaded under an open page: the old script removes its UI within ~1 s and goes quiet', async () => {
    const { page, typed: start } = await typedQuestionPage();
    try {
      const errorsBefore = env.pageErrors.length;
      await reloadExtension(env);
      // The old content script removes its UI ...
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll('ml-editor-root').length), { timeout: 3_000 })
        .toBe(0);
      // ... and stays quiet while the person keeps typing (Chrome injects no new script into open pages).
      await page.locator('#body').click();
      await page.keyboard.press('End');
      await page.keyboard.type(EDITS[0]);
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(() => document.querySelectorAll('ml-editor-root').length)).toBe(0);
      expect(await page.locator('#body').inputValue()).toBe(start + EDITS[0]);
      expect(env.pageErrors.slice(errorsBefore)).toEqual([]);
      expect(consoleErrors.filter((e) => /context invalidated/i.test(e.text))).toEqual([]);
      // A reload normally brings the extension back and reloading the page injects its new script. Chromium
      // here (headless, --load-extension) does not bring a command-line extension back after runtime.reload():
      // its pages answer ERR_BLOCKED_BY_CLIENT and no service worker starts. So this checks what can be seen:
      // the reloaded page runs no old script either, stays clean, and keeps what is typed.
      await page.reload({ waitUntil: 'load' });
      await page.locator('#body').click();
      await page.keyboard.type(QUESTION);
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(() => document.querySelectorAll('ml-editor-root').length)).toBe(0);
      expect(await page.locator('#body').inputValue()).toBe(QUESTION);
      expect(env.pageErrors.slice(errorsBefore)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('no page error, no console error, no network request in any of the above', () => {
    expect(env.pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(env.network.violations()).toEqual([]);
  });
});
