// Apply → updated score: a click on a suggestion's Apply changes the text, and the new analysis is sent at once
// (no typing debounce). Timed in the page from the click to the badge showing the new result.
import type { Page } from 'playwright-core';
import { openFixture, waitForSettledBadges, type E2E } from '../tests/e2e/harness/browser';
import { timingRow, type Row } from './stats';
import { questionOfWords } from './texts';

export const APPLY_RUNS = 20;

/** The 300-word draft with noise words the model suggests removing (remove-noise has a concrete edit). */
const DRAFT = `${questionOfWords(300).body}\n\nPlease help me, it is urgent. Thanks in advance!`;

const shadow = (page: Page) => page.locator('ml-editor-root');

/** One click on the first Apply, timed to the badge's next settled result. */
async function timeOneApply(page: Page): Promise<number> {
  await shadow(page).locator('[data-ml-editor-badge]').click();
  const apply = shadow(page).locator('[data-ml-editor-panel] button[data-action="apply"]').first();
  await apply.waitFor({ timeout: 10_000 });
  await page.evaluate(() => {
    type Log = { click: number; done: number };
    const g = globalThis as unknown as { applyLog: Log };
    g.applyLog = { click: 0, done: 0 };
    const root = document.querySelector('ml-editor-root')!.shadowRoot!;
    // capture phase on the shadow root: before the button's own handler changes the text
    root.addEventListener('click', () => (g.applyLog.click = performance.now()), { capture: true, once: true });
    let sent = false;
    const mo = new MutationObserver(() => {
      const badge = root.querySelector('[data-ml-editor-badge]')!;
      const state = badge.getAttribute('data-state');
      if (g.applyLog.click && state === 'analysing') sent = true;
      if (sent && (state === 'scored' || state === 'not-scorable')) {
        g.applyLog.done = performance.now();
        mo.disconnect();
      }
    });
    mo.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-score'] });
  });
  await apply.click();
  const handle = await page.waitForFunction(
    () => {
      const log = (globalThis as unknown as { applyLog: { click: number; done: number } }).applyLog;
      return log.done ? log.done - log.click : null;
    },
    undefined,
    { timeout: 15_000, polling: 10 },
  );
  return (await handle.jsonValue())!;
}

/** Types the draft once, then Apply / undo `runs` times on a textarea. */
export async function applyRows(env: E2E, runs = APPLY_RUNS): Promise<Row[]> {
  const page = await openFixture(env, '/textarea.html');
  const field = page.locator('textarea');
  await field.fill(DRAFT);
  await waitForSettledBadges(page);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await timeOneApply(page));
    const after = await waitForSettledBadges(page);
    await field.press('ControlOrMeta+z'); // back to the draft, for the next run
    await waitForSettledBadges(page, { previous: after });
  }
  await page.close();
  return [
    timingRow(
      'Chromium, Apply → updated score (text changed, debounce skipped), 300 words',
      samples,
      150,
      'ms',
      `n=${samples.length}, textarea`,
    ),
  ];
}
