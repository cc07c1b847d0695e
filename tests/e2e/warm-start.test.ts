// The worker starts before the first text arrives: with the browser (onInstalled / onStartup) and whenever a
// page with a field appears while it is not running. A page without a field starts nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launchWithExtension, openFixture, type E2E } from './harness/browser';

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

/** The number of offscreen documents (the worker's owner on Chrome), asked of the service worker. */
async function offscreenDocuments(): Promise<number> {
  const worker = await extensionWorker(env);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } })
      .chrome;
    return (await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

async function closeOffscreen(): Promise<void> {
  const worker = await extensionWorker(env);
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome;
    await api.offscreen.closeDocument().catch(() => undefined);
  });
  await expect.poll(offscreenDocuments, { timeout: 5_000 }).toBe(0);
}

describe('warm start', () => {
  it('starts the worker when the extension is installed, before any page is opened', async () => {
    await expect.poll(offscreenDocuments, { timeout: 10_000 }).toBe(1);
  });

  it('a page without a field starts nothing; a page with one starts the worker before anything is typed', async () => {
    await closeOffscreen();
    const plain = env.server.url('/no-field.html');
    await env.context.route(plain, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>no field</title><p>Just text.</p>',
      }),
    );
    const page = await env.context.newPage();
    await page.goto(plain, { waitUntil: 'load' });
    // Long enough for a content script at document_idle to have run and messaged.
    await page.waitForTimeout(1_500);
    expect(await offscreenDocuments()).toBe(0);
    await page.close();

    const withField = await openFixture(env, 'textarea.html');
    await expect.poll(offscreenDocuments, { timeout: 10_000 }).toBe(1);
    expect(await withField.locator('#body').inputValue()).toBe('');
    await withField.close();
  });
});
