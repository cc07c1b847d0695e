// Acting on a suggestion: Apply makes exactly the suggested edit through the field's own editing path, so the
// editor's undo (Ctrl+Z) restores exactly the original; Insert template appends the template with its
// placeholder selected; Ignore hides one suggestion for this draft; Turn off this check is a setting the popup
// lists with a way back. On a textarea, Stacks-Editor in both modes and a plain contenteditable.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  openFixture,
  openPopup,
  resetSiteSettings,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
} from './harness/browser';
import { useExtension } from './harness/suite';
import { checksOff, tabAnalysisOf, withFix } from './harness/analysis';
import type { Finding } from '../../src/shared/finding';
import {
  CONTENTEDITABLE,
  type EditorCase,
  findingEntry,
  NOISY_BODY,
  SETTLE_MS,
  STACKS_MARKDOWN,
  STACKS_RICH_TEXT,
  TEXTAREA,
  typedWithFixes,
} from './harness/apply-cases';

const env = useExtension();
const CASES: EditorCase[] = [TEXTAREA, STACKS_MARKDOWN, STACKS_RICH_TEXT, CONTENTEDITABLE];

const shadow = (page: Page) => page.locator('ml-editor-root');

async function openPanel(page: Page): Promise<void> {
  if (await shadow(page).locator('[data-ml-editor-panel]').count()) return;
  await shadow(page).locator('[data-ml-editor-badge]').click();
  await shadow(page).locator('[data-ml-editor-panel] h2').waitFor({ timeout: 5_000 });
}

/** The panel entry of a finding. */
function entryOf(page: Page, f: Finding, analysed: string): Locator {
  return findingEntry(
    page,
    shadow(page).locator(`[data-ml-editor-panel] li[data-ml-editor-finding="${f.id}"]`),
    f,
    analysed,
  );
}

async function typedAndSettled(c: EditorCase): Promise<{ page: Page; analysed: string; fixes: Finding[] }> {
  const { page, analysis, fixes } = await typedWithFixes(env(), c);
  return { page, analysed: analysis.input.body, fixes };
}

describe('Apply, then Ctrl+Z', () => {
  it.each(CASES)('$name: the text after Apply is exactly the edit; after Ctrl+Z exactly the original', async (c) => {
    const { page, analysed, fixes } = await typedAndSettled(c);
    expect(fixes.length, 'a suggestion with a concrete edit').toBeGreaterThan(0);
    const f = fixes[0];
    const before = await c.read(page);
    await openPanel(page);
    await entryOf(page, f, analysed).locator('button[data-action="apply"]').click();
    await expect.poll(() => c.read(page)).toBe(withFix(analysed, f).trim());
    // the field has the focus and the caret where the edit ended
    expect(
      await c.body(page).evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
    ).toBe(true);
    const after = await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
    expect(after[0].state).toBe('scored');
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => c.read(page)).toBe(before);
    await page.close();
  });
});

describe('Insert template, Ignore, Turn off this check', () => {
  it('textarea: Insert template appends the template with its placeholder selected; Ctrl+Z removes it', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), NOISY_BODY);
    await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
    const analysis = (await tabAnalysisOf(env(), page))!;
    const template = analysis.result.findings.find((f) => f.fix?.placeholder);
    expect(template, 'a template suggestion (add the error message)').toBeDefined();
    await openPanel(page);
    const button = entryOf(page, template!, analysis.input.body).locator('button[data-action="apply"]');
    expect(await button.textContent()).toBe('Insert template');
    await button.click();
    const expected = withFix(analysis.input.body, template!);
    await expect.poll(() => page.locator('#body').inputValue()).toBe(expected);
    const [a, b] = template!.fix!.placeholder!;
    const selected = await page
      .locator('#body')
      .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(template!.fix!.text.slice(a, b));
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => page.locator('#body').inputValue()).toBe(NOISY_BODY);
    await page.close();
  });

  it('Ignore hides one suggestion for this draft; the text is untouched', async () => {
    const { page, analysed, fixes } = await typedAndSettled(CASES[0]);
    const f = fixes[0];
    await openPanel(page);
    await entryOf(page, f, analysed).locator('button[data-action="ignore"]').click();
    await expect.poll(() => entryOf(page, f, analysed).count()).toBe(0);
    expect(await page.locator('#body').inputValue()).toBe(NOISY_BODY);
    await page.close();
  });

  it('Turn off this check is stored, hides the check, is listed in the popup, and Turn back on brings it back', async () => {
    await resetSiteSettings(env());
    const { page, analysed, fixes } = await typedAndSettled(CASES[0]);
    const f = fixes[0];
    await openPanel(page);
    await entryOf(page, f, analysed).locator('button[data-action="turn-off"]').click();
    await expect.poll(() => checksOff(env())).toEqual([f.id]);
    await expect
      .poll(() => shadow(page).locator(`[data-ml-editor-panel] li[data-ml-editor-finding="${f.id}"]`).count())
      .toBe(0);
    const popup = await openPopup(env(), await tabIdOf(env(), page));
    try {
      const listed = popup.locator(`[data-testid="check-off"][data-id="${f.id}"]`);
      await listed.waitFor({ timeout: 10_000 });
      await listed.locator('[data-testid="turn-on"]').click();
      await expect.poll(() => checksOff(env())).toEqual([]);
      await expect.poll(() => popup.locator('[data-testid="check-off"]').count()).toBe(0);
    } finally {
      await popup.close();
    }
    await expect
      .poll(() => shadow(page).locator(`[data-ml-editor-panel] li[data-ml-editor-finding="${f.id}"]`).count())
      .toBeGreaterThan(0);
    await resetSiteSettings(env());
    await page.close();
  });
});
