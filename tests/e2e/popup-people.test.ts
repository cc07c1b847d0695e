// The popup for people first, at Chrome's largest popup height (600 px): the site switch at the top, then the
// score with its label and risk, then the suggestions; chart labels whole; model details collapsed with a plain
// sentence; the draft history belongs to one question.
import { describe, expect, it } from 'vitest';
import {
  clearLikeAPerson,
  openFixture,
  openPopup,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
} from './harness/browser';
import { useExtension } from './harness/suite';
import { tabAnalysisOf } from './harness/analysis';

const env = useExtension();
const FIRST =
  'My script stops with a KeyError when it reads the config file. I expected it to print the port number. Thanks, please help asap!';
const OTHER =
  'How can I center a div horizontally with flexbox in Safari? I tried margin auto but the box stays on the left side of the page.';

describe('popup for people first', () => {
  it('at 360×600: switch at the top, score + label before suggestions, whole chart labels, details collapsed', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), FIRST);
    await waitForSettledBadges(page, { timeoutMs: 30_000 });
    const popup = await openPopup(env(), await tabIdOf(env(), page));
    try {
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.locator('[data-testid="score"]').waitFor({ timeout: 10_000 });
      const layout = await popup.evaluate(() => {
        const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? null;
        const sw = document.querySelector('[data-testid="site-toggle"]')!.getBoundingClientRect();
        return {
          switchTop: sw.top,
          switchBottom: sw.bottom,
          score: top('[data-testid="score"]'),
          label: document.querySelector('[data-testid="score-label"]')?.textContent ?? null,
          suggestions: top('[data-testid="suggestion"]'),
          chart: top('[data-testid="contribution-chart"]'),
          details: top('[data-testid="details"]'),
          detailsOpen: (document.querySelector('[data-testid="details"]') as HTMLDetailsElement | null)?.open ?? null,
          detailsText: document.querySelector('[data-testid="details"]')?.textContent ?? '',
          // a cut label is wider than its box
          cutLabels: [...document.querySelectorAll<HTMLElement>('[data-testid="contribution"] .label')]
            .filter((l) => l.scrollWidth > l.clientWidth + 1)
            .map((l) => l.textContent),
          labels: [...document.querySelectorAll('[data-testid="contribution"] .label')].map((l) => l.textContent ?? ''),
        };
      });
      expect(layout.switchTop).toBeGreaterThanOrEqual(0);
      expect(layout.switchBottom).toBeLessThanOrEqual(120); // at the top, never below the fold
      expect(layout.score!).toBeGreaterThan(layout.switchTop);
      expect(layout.score!).toBeLessThan(600);
      expect(layout.label).toMatch(/^(Needs work|Could be clearer|Good|Great)$/);
      expect(layout.suggestions!).toBeGreaterThan(layout.score!);
      expect(layout.chart!).toBeGreaterThan(layout.suggestions!);
      expect(layout.details!).toBeGreaterThan(layout.chart!);
      expect(layout.detailsOpen).toBe(false);
      expect(layout.detailsText).toMatch(/Model version: /);
      expect(layout.detailsText).toMatch(/runs on this device/);
      expect(layout.labels.length).toBeGreaterThan(0);
      expect(layout.cutLabels).toEqual([]);
      // each label is shown whole, exactly as the analysis names it
      const labels = (await tabAnalysisOf(env(), page))!.result.contributions.map((c) => c.label);
      for (const l of layout.labels) expect(labels).toContain(l);
    } finally {
      await popup.close();
    }
    await page.close();
  });

  it('a different question typed into the same field starts a new history', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), FIRST);
    let badges = await waitForSettledBadges(page, { timeoutMs: 30_000 });
    await page.keyboard.type(' It fails on every run.');
    badges = await waitForSettledBadges(page, { previous: badges, timeoutMs: 30_000 });
    const popup = await openPopup(env(), await tabIdOf(env(), page));
    try {
      const points = () =>
        popup
          .locator('[data-testid="score-history"]')
          .getAttribute('data-points')
          .catch(() => null);
      await expect.poll(points, { timeout: 10_000 }).not.toBeNull();
      const before = Number(await points());
      await clearLikeAPerson(page.locator('#body'));
      await typeLikeAPerson(page.locator('#body'), OTHER);
      await waitForSettledBadges(page, { previous: badges, timeoutMs: 30_000 });
      await expect.poll(async () => Number(await points()), { timeout: 10_000 }).toBe(1);
      expect(before).toBeGreaterThanOrEqual(1);
    } finally {
      await popup.close();
    }
    await page.close();
  });
});
