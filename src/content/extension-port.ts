// The content script's only door to the extension: every browser.* call lives here.
import { browser } from 'wxt/browser';
import { repairSiteSettings, SITE_SETTINGS_KEY as SETTINGS_KEY } from '../shared/settings-schema';
import { parseHintAction, type AnalyseRequest, type AnalyseResponse, type ForgetFieldRequest, type HintActionRequest, type HintActionResponse, type PageShownRequest, type TurnOffCheckRequest, type WarmUpRequest } from '../shared/protocol';
import type { SiteSettings } from '../shared/site-policy';

export interface ExtensionPort {
  analyse(request: AnalyseRequest): Promise<AnalyseResponse>;
  forget(fieldId: string): void;
  pageShown(): void;
  /** The page has a field: the worker may start loading (no text is sent). */
  warmUp(): void;
  loadSettings(): Promise<SiteSettings>;
  watchSettings(onChange: (settings: SiteSettings) => void): () => void;
  /** "Turn off this check" in the panel: the one setting the page side writes (the popup turns it back on). */
  turnOffCheck(id: string): void;
  /** The popup's Apply / Ignore (and its question which are ignored), answered by `handle`. */
  onHintAction(handle: (request: HintActionRequest) => HintActionResponse): () => void;
}

/** Fire and forget: the page may be unloading or the extension reloading. */
function tell(message: ForgetFieldRequest | PageShownRequest | WarmUpRequest | TurnOffCheckRequest): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // extension context invalidated: nobody to tell any more
  }
}

export const extensionPort: ExtensionPort = {
  async analyse(request) {
    const response = (await browser.runtime.sendMessage(request)) as AnalyseResponse | undefined;
    if (!response || typeof response !== 'object') throw new Error('No answer from the extension.');
    return response;
  },
  forget(fieldId) {
    const message: ForgetFieldRequest = { type: 'ml-editor/forget-field', fieldId };
    tell(message);
  },
  pageShown() {
    const message: PageShownRequest = { type: 'ml-editor/page-shown' };
    tell(message);
  },
  warmUp() {
    const message: WarmUpRequest = { type: 'ml-editor/warm-up' };
    tell(message);
  },
  // Reads the item src/extension/settings-store.ts defines ('local:siteSettings') directly: WXT's storage
  // module would add ~8 KB to every page. repairSiteSettings also accepts the v1 shape, so no migration is needed here.
  turnOffCheck(checkId) {
    const message: TurnOffCheckRequest = { type: 'ml-editor/turn-off-check', checkId };
    tell(message);
  },
  onHintAction(handle) {
    const listener = (message: unknown, sender: { id?: string; url?: string }, respond: (answer: HintActionResponse) => void) => {
      // Only the extension's own pages can message a content script (never the page, nor another extension):
      // checked anyway, as the background checks its senders, and the message's shape too.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
      const request = parseHintAction(message);
      if (request) respond(handle(request));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
  async loadSettings() {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return repairSiteSettings(stored[SETTINGS_KEY]);
  },
  watchSettings(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) onChange(repairSiteSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
