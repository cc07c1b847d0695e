// Applies toolbarBadge() to the toolbar button of each tab. Per-tab calls with a tabId need no permission.
import { browser } from 'wxt/browser';
import { isSiteEnabled } from '../shared/site-policy';
import { loadSiteSettings, loadTabAnalysis, loadTabUrl } from './settings-store';
import { toolbarBadge, type ToolbarBadge } from './toolbar-badge';

/** Chrome's MV3 `action`; the Firefox MV2 build has the same calls under `browserAction`. */
function actionApi(): typeof browser.action {
  return browser.action ?? (browser.browserAction as unknown as typeof browser.action);
}

async function show(tabId: number, badge: ToolbarBadge): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

async function badgeFor(tabId: number): Promise<ToolbarBadge> {
  const [url, analysis, settings] = await Promise.all([loadTabUrl(tabId), loadTabAnalysis(tabId), loadSiteSettings()]);
  return toolbarBadge({
    siteEnabled: url === null ? null : isSiteEnabled(url, settings),
    result: analysis?.result ?? null,
  });
}

// One refresh at a time per tab, so a slow read never overwrites a newer state.
const queues = new Map<number, Promise<void>>();

/** Shows the tab's current state (read from storage) on its toolbar button. */
export function refreshToolbar(tabId: number): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve())
    .then(async () => show(tabId, await badgeFor(tabId)))
    // The tab may have closed in the meantime: nothing to show then.
    .catch(() => undefined);
  queues.set(tabId, next);
  void next.then(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/** Every open tab, after the site settings changed (tab ids need no permission; URLs come from storage). */
export async function refreshAllToolbars(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [refreshToolbar(tab.id)])));
}
