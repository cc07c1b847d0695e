// The content script's only door to the extension: every browser.* call lives here.
import { browser } from 'wxt/browser';
import {
  parseHintAction,
  type AnalyseRequest,
  type AnalyseResponse,
  type ForgetFieldRequest,
  type HintActionRequest,
  type HintActionResponse,
  type PageSettings,
  type PageSettingsRequest,
  type TurnOffCheckRequest,
  type WarmUpRequest,
} from '../shared/protocol';

/** The settings item's key in storage.local (SITE_SETTINGS_KEY): only watched here, the background reads it. */
const SETTINGS_KEY = 'siteSettings';
const NO_ANSWER = 'No answer from the extension.';

export interface ExtensionPort {
  analyse(request: AnalyseRequest): Promise<AnalyseResponse>;
  forget(fieldId: string): void;
  /** The page has a field: the worker may start loading (no text is sent). */
  warmUp(): void;
  /** This frame's settings, as the background decides them for it (see PageSettingsRequest). */
  loadSettings(): Promise<PageSettings>;
  /** Calls `onChange` when the stored settings change (then ask loadSettings again). */
  watchSettings(onChange: () => void): () => void;
  /** "Turn off this check" in the panel: the one setting the page side writes (the popup turns it back on). */
  turnOffCheck(id: string): void;
  /** The popup's Apply / Ignore (and its question which are ignored), answered by `handle`. */
  onHintAction(handle: (request: HintActionRequest) => HintActionResponse): () => void;
}

/** Fire and forget: the page may be unloading or the extension reloading. */
function tell(message: ForgetFieldRequest | WarmUpRequest | TurnOffCheckRequest): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {});
  } catch {
    // extension context invalidated: nobody to tell any more
  }
}

export const extensionPort: ExtensionPort = {
  async analyse(request) {
    const response = (await browser.runtime.sendMessage(request)) as AnalyseResponse | undefined;
    if (!response || typeof response !== 'object') throw new Error(NO_ANSWER);
    return response;
  },
  forget(fieldId) {
    const message: ForgetFieldRequest = { type: 'ml-editor/forget-field', fieldId };
    tell(message);
  },
  warmUp() {
    const message: WarmUpRequest = { type: 'ml-editor/warm-up' };
    tell(message);
  },
  turnOffCheck(checkId) {
    const message: TurnOffCheckRequest = { type: 'ml-editor/turn-off-check', checkId };
    tell(message);
  },
  onHintAction(handle) {
    const listener = (
      message: unknown,
      sender: { id?: string; url?: string },
      respond: (answer: HintActionResponse) => void,
    ) => {
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
    const message: PageSettingsRequest = { type: 'ml-editor/page-settings' };
    const answer = (await browser.runtime.sendMessage(message)) as PageSettings | undefined;
    if (typeof answer?.enabled === 'boolean' && Array.isArray(answer.checksOff)) return answer;
    throw new Error(NO_ANSWER);
  },
  // Watches the item src/extension/settings-store.ts defines ('local:siteSettings') without reading it: WXT's
  // storage module would add ~8 KB to every page, and the background decides what the settings mean for a frame.
  watchSettings(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
