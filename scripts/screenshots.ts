// Takes the README's screenshots from the built extension in real Chromium: hints on the ask page
// (badge, panel, underlines) and the popup. `npx wxt build && npx tsx scripts/screenshots.ts`
import { join } from 'node:path';
import { launchWithExtension, openFixture, openPopup, tabIdOf, typeLikeAPerson, waitForSettledBadges } from '../tests/e2e/harness/browser';
import { REPO_ROOT } from '../tests/e2e/harness/server';

const TITLE = 'python error';
const BODY = 'i get an error when i run my python script, please help me fix it asap thanks';

async function main(): Promise<void> {
  const env = await launchWithExtension();
  try {
    const page = await openFixture(env, '/stacks-ask.html?mode=markdown');
    await page.setViewportSize({ width: 900, height: 620 });
    await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
    await typeLikeAPerson(page.locator('#title'), TITLE);
    await typeLikeAPerson(page.locator('#editor .ProseMirror'), BODY);
    await waitForSettledBadges(page);
    // Open the findings panel from the body's badge, as a person would.
    await page.evaluate(() => {
      const root = document.querySelector('ml-editor-root')?.shadowRoot;
      (root?.querySelector('[data-ml-editor-badge][data-field="body"]') as HTMLElement | null)?.click();
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-hints.png') });
    const popup = await openPopup(env, await tabIdOf(env, page));
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.locator('[data-testid="score"]').waitFor();
    await popup.waitForTimeout(400);
    await popup.screenshot({ path: join(REPO_ROOT, 'docs/screenshot-popup.png'), fullPage: true });
  } finally {
    await env.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
