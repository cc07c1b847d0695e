// Fields that are harder to find: inside an open shadow root, in a same-origin iframe, added after load.
import { afterAll, beforeAll, describe } from 'vitest';
import { launchWithExtension, type E2E } from './harness/browser';
import { describeQuestionPage } from './harness/scenario';

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

describe('embedded and late fields', () => {
  describeQuestionPage(() => env, {
    name: 'textarea in an open shadow root',
    path: 'shadow.html',
    // Playwright's CSS locators pierce open shadow roots.
    body: (page) => page.locator('question-box textarea'),
    readBody: (page) => page.locator('question-box textarea').inputValue(),
    compare: 'exact',
  });

  describeQuestionPage(() => env, {
    name: 'textarea in a same-origin iframe',
    path: 'iframe.html',
    body: (page) => page.frameLocator('#frame').locator('#body'),
    readBody: (page) => page.frameLocator('#frame').locator('#body').inputValue(),
    compare: 'exact',
  });

  describeQuestionPage(() => env, {
    name: 'textarea added 2 s after load',
    path: 'late.html',
    ready: async (page) => {
      await page.locator('#body').waitFor({ timeout: 10_000 });
    },
    body: (page) => page.locator('#body'),
    readBody: (page) => page.locator('#body').inputValue(),
    compare: 'exact',
  });
});
