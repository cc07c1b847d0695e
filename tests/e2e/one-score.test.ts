// One question, one score: a title and a body that form one question get one badge and one panel, at the body,
// in points with a plain label; the title's findings are still underlined in the title; before there is enough
// text the badge says so in words; while a new analysis runs the shown score is marked stale; settled scores
// are announced once in a polite live region.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openFixture, typeLikeAPerson, waitForSettledBadges } from './harness/browser';
import { useExtension } from './harness/suite';
import { readUnderlines } from './harness/hints';

const env = useExtension();
const SETTLE_MS = 30_000;

/** Every badge in the top frame, with what a person and a screen reader get from it. */
function badges(page: Page) {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('ml-editor-root')
        ?.shadowRoot?.querySelectorAll<HTMLElement>('[data-ml-editor-badge]') ?? []),
    ].map((b) => ({
      field: b.dataset.field ?? null,
      state: b.dataset.state ?? null,
      stale: b.dataset.stale !== undefined,
      text: b.textContent,
      label: b.getAttribute('aria-label'),
      hidden: b.hidden,
    })),
  );
}

const live = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('ml-editor-root')?.shadowRoot?.querySelector('[data-ml-editor-live]')?.textContent ?? null,
  );

async function openAsk(): Promise<Page> {
  const page = await openFixture(env(), '/stacks-ask.html');
  await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
  return page;
}

describe('one question, one score', () => {
  it('title + Stacks-Editor body: one badge at the body, points + label, title findings underlined in the title', async () => {
    const page = await openAsk();
    const title = 'Please help: python error asap';
    await typeLikeAPerson(page.locator('#title'), title);
    await typeLikeAPerson(
      page.locator('#editor .ProseMirror'),
      'I run my script with python 3.12 and it stops with a KeyError when it reads the config file. I expected it to print the port number. What am I doing wrong?',
    );
    await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
    const [badge, ...more] = await badges(page);
    expect(more).toEqual([]);
    expect(badge.field).toBe('body');
    expect(badge.state).toBe('scored');
    expect(badge.text).toMatch(/^\d{1,3}$/);
    expect(badge.label).toMatch(
      new RegExp(
        `^ML Editor, question body: ${badge.text} points, (Needs work|Could be clearer|Good|Great), \\d+ suggestions?$`,
      ),
    );
    // the live region says the same, once settled
    await expect.poll(() => live(page)).toBe(`ML Editor: ${badge.label!.replace(/^ML Editor, question body: /, '')}`);

    // an underline in the title, drawn over the title's box
    const titleBox = (await page.locator('#title').boundingBox())!;
    const inTitle = (await readUnderlines(page)).filter(
      (u) => u.y >= titleBox.y && u.y <= titleBox.y + titleBox.height,
    );
    expect(inTitle.length).toBeGreaterThan(0);
    for (const u of inTitle) expect(title).toContain(u.text);

    // the panel: points and label in its heading
    await page.locator('ml-editor-root [data-ml-editor-badge]').click();
    const heading = await page.locator('ml-editor-root [data-ml-editor-panel] h2').textContent();
    expect(heading).toMatch(new RegExp(`^${badge.text} points · (Needs work|Could be clearer|Good|Great)$`));
    await page.keyboard.press('Escape');

    // typing marks the shown score stale at once, before the next analysis answers
    await page.locator('#editor .ProseMirror').press('End');
    await page.keyboard.type(' Thanks');
    await expect.poll(async () => (await badges(page))[0].stale).toBe(true);
    await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
    await expect.poll(async () => (await badges(page))[0].stale).toBe(false);
    await page.close();
  });

  it('before there is enough text the badge says so in words, not "–"', async () => {
    const page = await openFixture(env(), '/textarea.html');
    await typeLikeAPerson(page.locator('#body'), 'hello there');
    await waitForSettledBadges(page, { timeoutMs: SETTLE_MS });
    const [badge] = await badges(page);
    expect(badge.state).toBe('not-scorable');
    expect(badge.text).toBe('Write more');
    expect(badge.label).toBe('ML Editor, text field: Write a title and a few sentences to get a score.');
    await page.locator('ml-editor-root [data-ml-editor-badge]').click();
    const panel = await page.locator('ml-editor-root [data-ml-editor-panel]').textContent();
    expect(panel).toContain('Write a title and a few sentences to get a score.');
    await page.close();
  });
});
