// Apply and Ignore from the popup, on the built extension in real Chromium: the popup's click reaches the tab's
// content script, which makes exactly the suggested edit through the field's own editing path (so Ctrl+Z in the
// field restores exactly the original) and shares one ignore list with the in-page panel; the popup follows.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPopup, tabIdOf, waitForSettledBadges } from './harness/browser';
import { useExtension } from './harness/suite';
import { tabAnalysisOf, withFix } from './harness/analysis';
import type { Finding } from '../../src/shared/finding';
import {
  type EditorCase,
  findingEntry,
  NOISY_BODY,
  SETTLE_MS,
  STACKS_RICH_TEXT,
  TEXTAREA,
  typedWithFixes,
} from './harness/apply-cases';

const env = useExtension();
const CASES: EditorCase[] = [TEXTAREA, STACKS_RICH_TEXT];

/** The popup's entry of a finding. */
function popupEntry(popup: Page, f: Finding, analysed: string): Locator {
  return findingEntry(popup, popup.locator(`[data-testid="suggestion"][data-id="${f.id}"]`), f, analysed);
}

function panelEntry(page: Page, f: Finding, analysed: string): Locator {
  return findingEntry(
    page,
    page.locator(`ml-editor-root [data-ml-editor-panel] li[data-ml-editor-finding="${f.id}"]`),
    f,
    analysed,
  );
}

async function typedAndSettled(c: EditorCase) {
  const { page, badges, analysis, fixes } = await typedWithFixes(env(), c);
  expect(fixes.length, 'a suggestion with a concrete edit').toBeGreaterThan(0);
  const popup = await openPopup(env(), await tabIdOf(env(), page));
  await popup.locator('[data-testid="suggestion"] button[data-action="ignore"]').first().waitFor({ timeout: 10_000 });
  return { page, popup, badges, analysis, f: fixes[0] };
}

describe('Apply in the popup', () => {
  it.each(CASES)(
    '$name: the field holds exactly the edit, the popup shows the new analysis, Ctrl+Z in the field restores the original',
    async (c) => {
      const { page, popup, badges, analysis, f } = await typedAndSettled(c);
      try {
        const before = await c.read(page);
        const oldScore = await popup.locator('[data-testid="score"]').getAttribute('data-score');
        // nothing is edited before the click
        expect(before).toBe(NOISY_BODY);
        await popupEntry(popup, f, analysis.input.body).locator('button[data-action="apply"]').click();
        await expect.poll(() => c.read(page)).toBe(withFix(analysis.input.body, f).trim());
        await waitForSettledBadges(page, { previous: badges, timeoutMs: SETTLE_MS });
        // the popup follows: the new analysis (of the edited text) without the applied suggestion
        await expect
          .poll(async () => (await tabAnalysisOf(env(), page))!.input.body.trim())
          .toBe(withFix(analysis.input.body, f).trim());
        await expect.poll(() => popupEntry(popup, f, analysis.input.body).count(), { timeout: 10_000 }).toBe(0);
        await expect
          .poll(() => popup.locator('[data-testid="action-notice"]').textContent())
          .toBe('Applied in the page: Ctrl+Z there takes it back.');
        const newScore = await popup.locator('[data-testid="score"]').getAttribute('data-score');
        expect(newScore).toBe((await tabAnalysisOf(env(), page))!.result.score!.toFixed(3));
        expect(oldScore).not.toBeNull();
        // the edit is one undo step of the field's own
        await page.bringToFront();
        expect(
          await c.body(page).evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
        ).toBe(true);
        await page.keyboard.press('ControlOrMeta+z');
        await expect.poll(() => c.read(page)).toBe(before);
      } finally {
        await popup.close();
        await page.close();
      }
    },
  );

  it('the text changed since the analysis (a page script rewrote it): nothing is edited, and the popup says why', async () => {
    const { page, popup, analysis, f } = await typedAndSettled(CASES[0]);
    try {
      // no input event, so no new analysis: the popup and the page still hold the old one
      const changed = `${NOISY_BODY} It fails on every run.`;
      await page.locator('#body').evaluate((el: HTMLTextAreaElement, text) => (el.value = text), changed);
      await popupEntry(popup, f, analysis.input.body).locator('button[data-action="apply"]').click();
      await expect
        .poll(() => popup.locator('[data-testid="action-notice"]').textContent())
        .toBe('The text changed since this analysis: wait for the new score, then try again.');
      expect(await page.locator('#body').inputValue()).toBe(changed);
      expect(env().pageErrors).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('Ignore in the popup', () => {
  it('hides the suggestion in the popup and in the in-page panel; the text and score are untouched', async () => {
    const { page, popup, analysis, f } = await typedAndSettled(CASES[0]);
    try {
      const score = await popup.locator('[data-testid="score"]').getAttribute('data-score');
      const listed = await popup.locator('[data-testid="suggestion"]').count();
      await popupEntry(popup, f, analysis.input.body).locator('button[data-action="ignore"]').click();
      await expect.poll(() => popupEntry(popup, f, analysis.input.body).count()).toBe(0);
      expect(await popup.locator('[data-testid="suggestion"]').count()).toBe(listed - 1);
      expect(await popup.locator('[data-testid="score"]').getAttribute('data-score')).toBe(score);
      await page.bringToFront();
      await page.locator('ml-editor-root [data-ml-editor-badge]').click();
      await page.locator('ml-editor-root [data-ml-editor-panel] li').first().waitFor({ timeout: 5_000 });
      expect(await panelEntry(page, f, analysis.input.body).count()).toBe(0);
      expect(await page.locator('#body').inputValue()).toBe(NOISY_BODY);
      // and an Ignore made in the page is what a popup opened later lists
      const other = page.locator('ml-editor-root [data-ml-editor-panel] li').first();
      const otherId = await other.getAttribute('data-ml-editor-finding');
      const before = await page.locator('ml-editor-root [data-ml-editor-panel] li').count();
      await other.locator('button[data-action="ignore"]').click();
      await expect.poll(() => page.locator('ml-editor-root [data-ml-editor-panel] li').count()).toBe(before - 1);
      const again = await openPopup(env(), await tabIdOf(env(), page));
      try {
        await again
          .locator('[data-testid="suggestion"] button[data-action="ignore"]')
          .first()
          .waitFor({ timeout: 10_000 });
        expect(await again.locator('[data-testid="suggestion"]').count()).toBe(listed - 2);
        expect(otherId).not.toBeNull();
      } finally {
        await again.close();
      }
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
