// One Chromium with the built extension for a whole test file: launched before its tests, closed after.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type E2E } from './browser';

/** Registers the file's launch and close; the returned getter gives the running browser inside tests. */
export function extensionForThisFile(): () => E2E {
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
