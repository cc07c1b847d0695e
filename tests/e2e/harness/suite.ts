// Registers the hooks most E2E files share: one Chromium with the extension per file, and pages opened for a
// describe block.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openFixture, type E2E } from './browser';

/** Launches the browser before the file's tests and closes it after; returns a getter for it. */
export function useExtension(): () => E2E {
  let env: E2E | undefined;
  beforeAll(async () => {
    env = await launchWithExtension();
  });
  afterAll(async () => {
    await env?.close();
  });
  return () => {
    if (!env) throw new Error('the browser did not start');
    return env;
  };
}

/** Opens the fixture page `path` before the block's tests (after `ready`) and closes it after. */
export function useFixturePage(getEnv: () => E2E, path: string, ready?: (page: Page) => Promise<void>): () => Page {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await openFixture(getEnv(), path);
    await ready?.(page);
  });
  afterAll(async () => {
    await page?.close();
  });
  return () => page!;
}

/** Fixture pages with a third-party editor set html[data-editor-ready] once it has started. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 20_000 });
}
