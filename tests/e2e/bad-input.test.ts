// Hostile and unusual text in a plain textarea: each must end in a clear badge state, leave the text alone,
// execute nothing and fetch nothing (an injected <img src=x> would show up as a request for /x).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openFixture, readBadges, waitForSettledBadges, type E2E } from './harness/browser';

let env: E2E;
let page: Page;
beforeAll(async () => {
  env = await launchWithExtension();
  page = await openFixture(env, 'textarea.html');
  // Start from a field the extension already knows, so "empty" is an edit, not an untouched field.
  await page.locator('#body').click();
  await page.keyboard.type('How do I parse JSON in Node?');
});
afterAll(async () => {
  await env?.close();
});

const PWNED = 'window.__mlEditorPwned';

const CASES: { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  {
    name: '100,000 characters',
    text: 'Why does my loop never end when I read the file? '.repeat(2041).slice(0, 100_000),
  },
  {
    name: 'control characters',
    text: 'nul\u0000 bell\u0007 bs\b esc\u001b[31m del\u007f nel\u0085 ls\u2028 ps\u2029 bom\ufeff end?',
  },
  { name: 'emoji', text: 'My code 🔥 crashes 😭 with 👨‍👩‍👧‍👦 and 👍🏽 in the input — why? 🤔' },
  {
    name: 'RTL with a bidi override',
    text: 'لماذا يتوقف البرنامج عند قراءة الملف؟ \u202Egnp.exe\u202C שלום, למה זה לא עובד?',
  },
  {
    name: 'CJK',
    text: '为什么我的代码在读取文件时崩溃？ TypeError: undefined is not a function. エラーが出ます。코드가 작동하지 않아요?',
  },
  { name: 'script tag', text: `<script>${PWNED} = 'script'</script> why does this not run?` },
  { name: 'img onerror', text: `<img src=x onerror="${PWNED} = 'img'"> and <svg onload="${PWNED} = 'svg'"></svg>` },
  {
    name: 'markdown with raw HTML and a javascript: link',
    text: `# Title\n\n<iframe src="javascript:parent.${PWNED}='iframe'"></iframe>\n\n[x](javascript:${PWNED}='link')\n\n\`\`\`html\n<script>${PWNED}='code'</script>\n\`\`\``,
  },
];

describe('bad input in a textarea', () => {
  it.each(CASES)('$name: clear badge state, text untouched, nothing executed or fetched', async ({ text }) => {
    const field = page.locator('#body');
    const before = await readBadges(page);
    // Set in one go (a paste), not key by key.
    await field.fill(text);
    const filled = await field.inputValue();
    expect(filled).toBe(text.replace(/\r\n?/g, '\n'));
    const badges = await waitForSettledBadges(page, { previous: before, timeoutMs: 30_000 });
    for (const badge of badges) {
      expect(['scored', 'not-scorable']).toContain(badge.state);
      if (badge.state === 'scored') expect(badge.score).toMatch(/^(0|1)\.\d{3}$/);
    }
    expect(await field.inputValue()).toBe(filled);
    // Nothing ran in the page or in the iframe a payload might have created.
    const pwned = await Promise.all(
      page
        .frames()
        .map((f) =>
          f.evaluate(() => (window as unknown as { __mlEditorPwned?: string }).__mlEditorPwned).catch(() => undefined),
        ),
    );
    expect(pwned.filter((v) => v !== undefined)).toEqual([]);
    expect(env.pageErrors).toEqual([]);
    expect(env.network.violations()).toEqual([]);
  });
});

// Runs last: it deliberately dirties the page. Shows the detectors above can fail when something is injected.
describe('control: the detectors catch a real injection', () => {
  it('an <img onerror> put into the page DOM sets the flag and its request for /x is seen', async () => {
    await page.evaluate((pwned) => {
      document.body.insertAdjacentHTML('beforeend', `<img src="x" onerror="${pwned} = 'control'">`);
    }, PWNED);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __mlEditorPwned?: string }).__mlEditorPwned))
      .toBe('control');
    expect(env.network.violations().some((v) => v.includes(`${env.server.origin}/x`))).toBe(true);
  });
});
