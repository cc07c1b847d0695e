// Typed storage items (WXT storage): the only place settings and per-tab analyses are stored.
import { storage } from 'wxt/utils/storage';
import type { TabAnalysis } from '../shared/protocol';
import type { QuestionInput } from '../shared/question';
import { appendScore, type DraftHistory } from '../shared/score-history';
import {
  migrateSiteSettingsV1toV2,
  migrateSiteSettingsV2toV3,
  repairSiteSettings,
  SITE_SETTINGS_KEY,
  SITE_SETTINGS_VERSION,
} from '../shared/settings-schema';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../shared/site-policy';

const siteSettingsItem = storage.defineItem<SiteSettings>(`local:${SITE_SETTINGS_KEY}`, {
  fallback: DEFAULT_SITE_SETTINGS,
  version: SITE_SETTINGS_VERSION,
  migrations: { 2: migrateSiteSettingsV1toV2, 3: migrateSiteSettingsV2toV3 },
});

export async function loadSiteSettings(): Promise<SiteSettings> {
  try {
    return repairSiteSettings(await siteSettingsItem.getValue());
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}

export async function saveSiteSettings(settings: SiteSettings): Promise<void> {
  await siteSettingsItem.setValue(repairSiteSettings(settings));
}

export function watchSiteSettings(onChange: (settings: SiteSettings) => void): () => void {
  return siteSettingsItem.watch((value) => onChange(repairSiteSettings(value)));
}

// Session storage: kept in memory by the browser, never written to disk, gone when the browser closes.
const tabAnalysisItem = (tabId: number) =>
  storage.defineItem<TabAnalysis | null>(`session:tabAnalysis:${tabId}`, { fallback: null });

export async function loadTabAnalysis(tabId: number): Promise<TabAnalysis | null> {
  return tabAnalysisItem(tabId).getValue();
}

export async function saveTabAnalysis(analysis: TabAnalysis): Promise<void> {
  await tabAnalysisItem(analysis.tabId).setValue(analysis);
}

export async function clearTabAnalysis(tabId: number): Promise<void> {
  await tabAnalysisItem(tabId).removeValue();
}

export function watchTabAnalysis(tabId: number, onChange: (analysis: TabAnalysis | null) => void): () => void {
  return tabAnalysisItem(tabId).watch(onChange);
}

// The page URL each tab's content script last reported from, so the popup can show the site switch
// even after the site was turned off and its analysis forgotten (no `tabs` permission needed).
const tabUrlItem = (tabId: number) => storage.defineItem<string | null>(`session:tabUrl:${tabId}`, { fallback: null });

export async function loadTabUrl(tabId: number): Promise<string | null> {
  return tabUrlItem(tabId).getValue();
}

export async function saveTabUrl(tabId: number, url: string): Promise<void> {
  await tabUrlItem(tabId).setValue(url);
}

// Each tab's draft score history (session storage: memory only), cleared on request or with the tab.
const tabHistoryItem = (tabId: number) =>
  storage.defineItem<DraftHistory | null>(`session:tabHistory:${tabId}`, { fallback: null });

export async function recordScore(tabId: number, fieldId: string, score: number, input?: QuestionInput): Promise<void> {
  const item = tabHistoryItem(tabId);
  await item.setValue(appendScore(await item.getValue(), fieldId, score, Date.now(), input));
}

export async function loadTabHistory(tabId: number): Promise<DraftHistory | null> {
  return tabHistoryItem(tabId).getValue();
}

export async function clearTabHistory(tabId: number): Promise<void> {
  await tabHistoryItem(tabId).removeValue();
}

export function watchTabHistory(tabId: number, onChange: (history: DraftHistory | null) => void): () => void {
  return tabHistoryItem(tabId).watch(onChange);
}

export async function clearTab(tabId: number): Promise<void> {
  await Promise.all([tabAnalysisItem(tabId).removeValue(), tabUrlItem(tabId).removeValue(), clearTabHistory(tabId)]);
}
