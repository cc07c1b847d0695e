// Issue 14 item 1: a document at about:blank belongs to the page that made it. Here a page writes its composer
// into an about:blank window (no parent frame to hand it to): the background must take the site from the
// browser's word on the sender's origin, not from the URL about:blank (which named no site: "off on this site").
import { describe, expect, it } from 'vitest';
import { openFixture, readBadges, scoreOf, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { asOneField, BETTER } from './harness/questions';
import { useExtension } from './harness/suite';

const env = useExtension();

describe('about:blank documents', () => {
  it('scores a textarea in an about:blank window the page opened', async () => {
    const page = await openFixture(env(), 'blank-window.html');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('#open').click()]);
    expect(popup.url()).toBe('about:blank');
    const body = popup.locator('#body');
    await body.waitFor({ timeout: 10_000 });
    await typeLikeAPerson(body, asOneField(BETTER));
    const badges = await waitForSettledBadges(popup, { timeoutMs: 20_000 });
    const titles = await popup
      .locator('ml-editor-root [data-ml-editor-badge]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(titles.join(' ')).not.toMatch(/off on this site/);
    expect(scoreOf(badges)).toBeGreaterThan(0);
    expect(await readBadges(popup)).toHaveLength(1);
    expect(await body.inputValue()).toBe(asOneField(BETTER));
    await popup.close();
    await page.close();
  });
});
