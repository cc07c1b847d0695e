// The close-reason risk on a plain textarea: an opinion-seeking question gets a "Risk: may be closed as …"
// line with its chance and what to do, in the badge's panel and in the popup. Needs a model with a
// close-reason head (issue 13 item 2): with a model that has none, the panel shows no risk and this fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openFixture,
  openPopup,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type E2E,
} from './harness/browser';
import { asOneField } from './harness/questions';

const OPINION = {
  title: 'What is the best IDE for Python?',
  body: 'Which is the best IDE for Python? What do you all prefer and why?',
};

const RISK_LINE = /^Risk: may be closed as .+ \(\d{1,3}%\)$/;

/** The panel's risk line and advice (null when it has none); opens the panel and closes it again. */
async function readPanelRisk(page: Page): Promise<{ line: string; text: string } | null> {
  const badge = page.locator('ml-editor-root [data-ml-editor-badge][data-field="body"]');
  await badge.click();
  try {
    await page.locator('ml-editor-root [data-ml-editor-panel] h2').waitFor({ timeout: 5_000 });
    return await page.evaluate(() => {
      const risk = document
        .querySelector('ml-editor-root')!
        .shadowRoot!.querySelector('[data-ml-editor-panel] [data-ml-editor-risk]');
      return risk ? { line: risk.querySelector('b')?.textContent ?? '', text: risk.textContent ?? '' } : null;
    });
  } finally {
    await badge.click(); // toggles it shut
  }
}

let env: E2E;
let page: Page;
beforeAll(async () => {
  env = await launchWithExtension();
  page = await openFixture(env, 'textarea.html');
  await typeLikeAPerson(page.locator('#body'), asOneField(OPINION));
  await waitForSettledBadges(page);
});
afterAll(async () => {
  await page?.close();
  await env?.close();
});

describe('close-reason risk (textarea)', () => {
  it('the opinion-seeking question is scored', async () => {
    const badges = await waitForSettledBadges(page);
    expect(badges.some((b) => b.state === 'scored')).toBe(true);
  });

  it('the panel says "Risk: may be closed as …" with its chance, then what to do', async () => {
    const risk = await readPanelRisk(page);
    expect(
      risk,
      'the panel shows no close-reason risk (does the shipped model have the close-reason head?)',
    ).not.toBeNull();
    expect(risk!.line).toMatch(RISK_LINE);
    // an opinion-seeking question: the likeliest reason should be that one
    expect(risk!.line).toContain('opinion-based');
    // the advice follows the line
    expect(risk!.text.length).toBeGreaterThan(risk!.line.length + 20);
  });

  it('the popup shows the same risk line', async () => {
    const panel = await readPanelRisk(page);
    const popup = await openPopup(env, await tabIdOf(env, page));
    try {
      const note = popup.locator('[data-testid="close-risk"] strong');
      await note.waitFor({ timeout: 10_000 });
      expect(await note.textContent()).toBe(panel?.line);
    } finally {
      await popup.close();
    }
  });

  it('makes no network request and raises no page error', () => {
    expect(env.network.violations()).toEqual([]);
    expect(env.pageErrors).toEqual([]);
  });
});
