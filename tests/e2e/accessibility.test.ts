// Accessibility of the in-page UI and the popup: the badge comes right after its field in the Tab order, names
// its field, settled scores are announced politely once each, the panel takes the focus and Escape returns it
// to the field with the caret where it was; axe-core finds no serious or critical violation on any page or the popup.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, openPopup, tabIdOf, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { useExtension } from './harness/suite';

const env = useExtension();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TEXT =
  'My script stops with a KeyError when it reads the config file. I expected it to print the port number. Thanks, please help!';

/** What has the focus: our badge or panel (inside the shadow root), else the page element's id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName === 'ML-EDITOR-ROOT') {
      const inner = active.shadowRoot!.activeElement as HTMLElement | null;
      if (!inner) return 'root';
      if (inner.hasAttribute('data-ml-editor-badge')) return 'badge';
      return inner.closest('[data-ml-editor-panel]') ? `panel:${inner.tagName.toLowerCase()}` : 'root';
    }
    return active?.id || active?.className || active?.tagName || null;
  });

/** axe-core's serious and critical violations on the page, our shadow DOM included. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('accessibility', () => {
  it('ask page: Tab from the body reaches the badge, then the Tags field; Shift+Tab goes back; the badge names the field', async () => {
    const page = await openFixture(env(), '/stacks-ask.html');
    await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
    await typeLikeAPerson(page.locator('#title'), 'KeyError when reading the config file');
    await typeLikeAPerson(page.locator('#editor .ProseMirror'), TEXT);
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    expect(await page.locator('ml-editor-root [data-ml-editor-badge]').getAttribute('aria-label')).toMatch(
      /^ML Editor, question body: \d+ points, /,
    );
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('badge');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('tagnames');
    // Shift+Tab from the badge goes back to the field it follows
    await page.locator('#editor .ProseMirror').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('badge');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await page.close();
  });

  it('textarea: Enter on the badge moves focus into the panel; Tab reaches its buttons; Escape returns to the field, caret unchanged', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), TEXT);
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    await page.locator('#body').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(20, 20));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('badge');
    await page.keyboard.press('Enter');
    await page.locator('ml-editor-root [data-ml-editor-panel] li').first().waitFor({ timeout: 5_000 });
    expect(await focused(page)).toBe('panel:div');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('panel:button');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('body');
    expect(
      await page.locator('#body').evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([20, 20]);
    expect(await page.locator('ml-editor-root [data-ml-editor-panel]').count()).toBe(0);
    await page.close();
  });

  it('contenteditable: Escape from the panel puts the caret back where it was', async () => {
    const page = await openFixture(env(), '/contenteditable.html');
    await typeLikeAPerson(page.locator('#body'), TEXT);
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const caret = () =>
      page.evaluate(() => [getSelection()!.focusNode?.textContent?.slice(0, 10), getSelection()!.focusOffset]);
    const before = await caret();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('ml-editor-root [data-ml-editor-panel] li').first().waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('body');
    expect(await caret()).toEqual(before);
    await page.close();
  });

  it('a settled analysis is announced once in a polite live region, not on every keystroke', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), TEXT);
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    await page.evaluate(() => {
      const root = document.querySelector('ml-editor-root')!.shadowRoot!;
      const g = window as unknown as { counts: { live: number; settled: number } };
      g.counts = { live: 0, settled: 0 };
      const live = root.querySelector('[data-ml-editor-live]')!;
      new MutationObserver(() => g.counts.live++).observe(live, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      new MutationObserver((records) => {
        for (const r of records)
          if (['scored', 'not-scorable'].includes((r.target as Element).getAttribute('data-state') ?? ''))
            g.counts.settled++;
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const live = page.locator('ml-editor-root [data-ml-editor-live]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.type(' It also fails when the file is empty, and then it prints nothing at all.');
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    const counts = await page.evaluate(
      () => (window as unknown as { counts: { live: number; settled: number } }).counts,
    );
    expect(counts.settled).toBeGreaterThan(0);
    expect(counts.live).toBeLessThanOrEqual(counts.settled);
    expect(await live.textContent()).toMatch(/^ML Editor: \d+ points, /);
    await page.close();
  });

  it.each(['/textarea.html', '/contenteditable.html', '/stacks-ask.html', '/dark.html'])(
    'axe-core on %s with the panel open: no serious or critical violation',
    async (path) => {
      const page = await openFixture(env(), path);
      if (path.includes('stacks'))
        await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
      await typeLikeAPerson(page.locator(path.includes('stacks') ? '#editor .ProseMirror' : '#body'), TEXT);
      await waitForSettledBadges(page, { timeoutMs: 30_000 });
      await page.locator('ml-editor-root [data-ml-editor-badge]').click();
      await page.locator('ml-editor-root [data-ml-editor-panel] li').first().waitFor({ timeout: 5_000 });
      // Stacks-Editor's own editable area has no accessible name (its markup, not ours, and not the fixture's): the
      // one known page violation, allowed by exact rule and node so that anything else still fails.
      const known = path.includes('stacks') ? ['aria-input-field-name (serious): [[".outline-none"]]'] : [];
      expect((await axeViolations(page)).filter((v) => !known.includes(v))).toEqual([]);
      const popup = await openPopup(env(), await tabIdOf(env(), page));
      try {
        await popup.locator('[data-testid="score"]').waitFor({ timeout: 10_000 });
        // with the suggestions' Apply / Ignore buttons, which come with the page's answer
        await popup
          .locator('[data-testid="suggestion"] button[data-action="ignore"]')
          .first()
          .waitFor({ timeout: 10_000 });
        expect(await axeViolations(popup)).toEqual([]);
      } finally {
        await popup.close();
      }
      await page.close();
    },
  );
});
