// Takes the README's screenshots and the store's five 1280×800 ones from the built extension in real Chromium:
// hints on the ask page (badge, panel, underlines), the popup, and the site switch.
// `npx wxt build && npx tsx scripts/screenshots.ts`
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openFixture,
  openPopup,
  resetSiteSettings,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type E2E,
} from '../tests/e2e/harness/browser';
import { asOneField, BETTER } from '../tests/e2e/harness/questions';
import { REPO_ROOT } from '../tests/e2e/harness/server';

const TITLE = 'python error';
const BODY = 'i get an error when i run my python script, please help me fix it asap thanks';
export const STORE_SIZE = { width: 1280, height: 800 } as const;
const STORE_DIR = join(REPO_ROOT, 'docs/store');

/** Opens the findings panel from the body's badge, as a person would, and waits until it is shown. */
async function openPanel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('ml-editor-root')?.shadowRoot;
    (root?.querySelector('[data-ml-editor-badge][data-field="body"]') as HTMLElement | null)?.click();
  });
  await page.waitForFunction(() =>
    Boolean(document.querySelector('ml-editor-root')?.shadowRoot?.querySelector('.panel')),
  );
}

/** An ask page with the question typed and its panel open, sized as given. */
async function askPage(env: E2E, size: { width: number; height: number }, title: string, body: string): Promise<Page> {
  const page = await openFixture(env, '/stacks-ask.html?mode=markdown');
  await page.setViewportSize(size);
  await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
  await typeLikeAPerson(page.locator('#title'), title);
  await typeLikeAPerson(page.locator('#editor .ProseMirror'), body);
  await waitForSettledBadges(page);
  await openPanel(page);
  return page;
}

/** The popup of the tab showing `page`, rendered and settled. */
async function popupOf(env: E2E, page: Page): Promise<Page> {
  const popup = await openPopup(env, await tabIdOf(env, page));
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.locator('[data-testid="score"], [data-testid="status"]').first().waitFor();
  return popup;
}

/** A store screenshot of a smaller picture: centred on a 1280×800 canvas with a caption (text set as text). */
async function framed(env: E2E, picture: Buffer, caption: string, path: string): Promise<void> {
  const frame = await env.context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  await frame.setContent(
    '<body style="margin:0;height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px;' +
      'background:linear-gradient(160deg,#eef2ff,#dbeafe);font:600 30px/1.3 system-ui,sans-serif;color:#1e293b">' +
      '<p id="caption" style="margin:0;max-width:1100px;text-align:center"></p>' +
      '<img id="shot" style="max-height:620px;border-radius:10px;box-shadow:0 12px 40px rgba(15,23,42,.25)"></body>',
  );
  await frame.evaluate(
    ([text, src]) => {
      document.getElementById('caption')!.textContent = text;
      const img = document.getElementById('shot') as HTMLImageElement;
      img.src = src;
      return img.decode();
    },
    [caption, `data:image/png;base64,${picture.toString('base64')}`] as const,
  );
  await frame.screenshot({ path });
  await frame.close();
}

async function main(): Promise<void> {
  const env = await launchWithExtension();
  try {
    // README: the weak question's hints, and its popup.
    const readme = await askPage(env, { width: 900, height: 620 }, TITLE, BODY);
    await readme.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-hints.png') });
    const readmePopup = await popupOf(env, readme);
    await readmePopup.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-popup.png'), fullPage: true });

    // Store 1: a weak question's hints on the ask page.
    const weak = await askPage(env, STORE_SIZE, TITLE, BODY);
    await weak.screenshot({ path: join(STORE_DIR, 'screenshot-1-hints.png') });
    // Store 2: the popup for it (its first screenful, at its real size), framed.
    await framed(
      env,
      await readmePopup.screenshot(),
      'The score, what moves it, and what to fix — all computed on your device',
      join(STORE_DIR, 'screenshot-2-popup.png'),
    );
    // Store 3: a better question scores higher.
    const better = await askPage(env, STORE_SIZE, BETTER.title, BETTER.body);
    await better.screenshot({ path: join(STORE_DIR, 'screenshot-3-better-question.png') });
    // Store 4: any text field, on any site you switch it on for.
    const plain = await openFixture(env, 'textarea.html');
    await plain.setViewportSize(STORE_SIZE);
    await typeLikeAPerson(plain.locator('#body'), asOneField(BETTER));
    await waitForSettledBadges(plain);
    await openPanel(plain);
    await plain.screenshot({ path: join(STORE_DIR, 'screenshot-4-any-field.png') });
    // Store 5: the per-site switch, turned off.
    const switchPopup = await popupOf(env, plain);
    await switchPopup.locator('[data-testid="site-toggle"]').click();
    await switchPopup.locator('[data-testid="status"]').waitFor();
    await framed(
      env,
      await switchPopup.locator('main').screenshot(),
      'One switch per site. Nothing you type ever leaves your device',
      join(STORE_DIR, 'screenshot-5-site-switch.png'),
    );
    await resetSiteSettings(env);
  } finally {
    await env.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
