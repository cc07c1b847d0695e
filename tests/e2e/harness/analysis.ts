// The last analysis the background stored for a tab (session storage, as the popup reads it): the findings
// with their fixes, so a test knows exactly what Apply must write.
import type { Page } from 'playwright-core';
import type { Finding } from '../../../src/shared/finding';
import type { TabAnalysis } from '../../../src/shared/protocol';
import { extensionWorker, tabIdOf, type E2E } from './browser';

export async function tabAnalysisOf(env: E2E, page: Page): Promise<TabAnalysis | null> {
  const tabId = await tabIdOf(env, page);
  const worker = await extensionWorker(env);
  return worker.evaluate(async (key) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await api.storage.session.get(key))[key] ?? null) as TabAnalysis | null;
  }, `tabAnalysis:${tabId}`);
}

/** `text` with a finding's fix made: what Apply must leave in the field. */
export function withFix(text: string, f: Finding): string {
  const fix = f.fix!;
  return text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
}

/** The stored settings' checks turned off. */
export async function checksOff(env: E2E): Promise<string[]> {
  const worker = await extensionWorker(env);
  return worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, { checksOff?: string[] }>> } } };
      }
    ).chrome;
    return (await api.storage.local.get('siteSettings')).siteSettings?.checksOff ?? [];
  });
}
