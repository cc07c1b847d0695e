// Everything the popup reads or writes through the browser, in one place.
import { browser } from 'wxt/browser';
import {
  clearTabHistory,
  loadSiteSettings,
  loadTabAnalysis,
  loadTabHistory,
  loadTabUrl,
  saveSiteSettings,
  watchSiteSettings,
  watchTabAnalysis,
  watchTabHistory,
} from '../extension/settings-store';
import type { DraftHistory } from '../shared/score-history';
import type { HintActionRequest, HintActionResponse, TabAnalysis } from '../shared/protocol';
import type { SiteSettings } from '../shared/site-policy';

export interface PopupTarget {
  tabId: number | null;
  url: string | null;
}

/** `popup.html?tabId=N` shows tab N; without it, the active tab. */
export async function resolveTarget(search: string): Promise<PopupTarget> {
  const param = new URLSearchParams(search).get('tabId');
  let tabId: number | null = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  let url: string | null = null;
  try {
    if (tabId === null) {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = active?.id ?? null;
      url = active?.url ?? null;
    } else {
      url = (await browser.tabs.get(tabId)).url ?? null;
    }
  } catch {
    // The tab is gone, or its URL is not ours to read without `tabs`: fall back to what its content script reported.
  }
  if (url === null && tabId !== null) url = await loadTabUrl(tabId);
  return { tabId, url };
}

/**
 * Apply / Ignore (or 'view') on the field the analysis came from, by the content script of its frame: the popup
 * never edits the text itself. Null when nobody answers (the page was reloaded or closed, or the site is off).
 */
export async function sendHintAction(
  analysis: TabAnalysis,
  action: HintActionRequest['action'],
  at?: { key: string; start: number },
): Promise<HintActionResponse | null> {
  // stored by an older version
  if (typeof analysis.unitId !== 'string' || typeof analysis.frameId !== 'number') return null;
  const request: HintActionRequest = {
    type: 'ml-editor/hint-action',
    unitId: analysis.unitId,
    action,
    input: analysis.input,
    ...at,
  };
  try {
    const answer = (await browser.tabs.sendMessage(analysis.tabId, request, { frameId: analysis.frameId })) as
      | HintActionResponse
      | undefined;
    return answer && typeof answer.outcome === 'string' ? answer : null;
  } catch {
    return null;
  }
}

export {
  clearTabHistory,
  loadSiteSettings,
  loadTabAnalysis,
  loadTabHistory,
  saveSiteSettings,
  watchSiteSettings,
  watchTabAnalysis,
  watchTabHistory,
};
export type { DraftHistory, SiteSettings, TabAnalysis };
