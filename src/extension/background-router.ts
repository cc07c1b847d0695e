// The background's only job: route analysis requests from content scripts to the worker's owner and
// remember each tab's latest analysis for the popup. No ML code here, so waking it stays cheap.
import { browser, type Browser } from 'wxt/browser';
import {
  parseRequest,
  type AnalyseRequest,
  type AnalyseResponse,
  type OffscreenAnalyseRequest,
  type PageSettings,
} from '../shared/protocol';
import { shownScore } from '../shared/shown-score';
import { isSiteEnabled, withCheck } from '../shared/site-policy';
import { senderSiteUrl } from './sender-site';
import {
  clearTab,
  clearTabAnalysis,
  loadSiteSettings,
  saveSiteSettings,
  loadTabAnalysis,
  loadTabUrl,
  recordScore,
  saveTabAnalysis,
  saveTabUrl,
  watchSiteSettings,
} from './settings-store';
import { refreshAllToolbars, refreshToolbar } from './toolbar-action';
import { WorkerHost } from './worker-host';

/** Whoever owns the worker: analyses, and starts the worker ahead of the first analysis. */
interface Analyser {
  analyse(key: string, request: AnalyseRequest): Promise<AnalyseResponse>;
  warmUp(): void;
}

const OFFSCREEN_URL = 'offscreen.html';

/** Chrome: the offscreen document owns the worker (a service worker cannot); creating it starts the worker. */
function analyseViaOffscreen(): Analyser {
  let creating: Promise<void> | null = null;
  const ensureDocument = async () => {
    const existing = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    });
    if (existing.length > 0) return;
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_URL,
        reasons: ['WORKERS' as Browser.offscreen.Reason],
        justification: 'Runs the local analysis worker; the text never leaves the device.',
      })
      .finally(() => (creating = null));
    await creating;
  };
  const send = async (key: string, request: AnalyseRequest): Promise<AnalyseResponse> => {
    await ensureDocument();
    const message: OffscreenAnalyseRequest = {
      type: 'ml-editor/offscreen-analyse',
      target: 'offscreen',
      key,
      seq: request.seq,
      input: request.input,
    };
    return (await browser.runtime.sendMessage(message)) as AnalyseResponse;
  };
  return {
    async analyse(key, request) {
      try {
        return await send(key, request);
      } catch {
        // The document was closed or is still starting: one more try after recreating it.
        return send(key, request);
      }
    },
    warmUp: () => void ensureDocument().catch(() => undefined),
  };
}

/** Firefox: the background page can own the worker itself. */
function analyseInBackgroundPage(): Analyser {
  const host = new WorkerHost(() => new Worker(browser.runtime.getURL('/analysis-worker.js')));
  return {
    analyse: (key, request) => host.analyseLatest(key, request.seq, request.input),
    warmUp: () => host.warmUp(),
  };
}

async function rememberTabUrl(tabId: number, url: string, topFrame: boolean): Promise<void> {
  if (topFrame || (await loadTabUrl(tabId)) === null) await saveTabUrl(tabId, url);
}

export function startBackgroundRouter(): void {
  const analyser = 'offscreen' in browser && browser.offscreen ? analyseViaOffscreen() : analyseInBackgroundPage();
  // The worker starts with the browser (and after an install or update), so the first page's first hint
  // does not wait for the model to load; a page with a field asks again in case it has gone since.
  browser.runtime.onStartup.addListener(() => analyser.warmUp());
  browser.runtime.onInstalled.addListener(() => analyser.warmUp());

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const request = parseRequest(message);
    const tabId = sender.tab?.id;
    // Only content scripts (which have a tab) ask for analyses or forget fields.
    if (!request || tabId === undefined || !sender.url) return false;
    // about:blank and srcdoc frames (TinyMCE's body) take their creator's site; a frame of no site stays off.
    const pageUrl = senderSiteUrl(sender) ?? sender.url;
    // The top frame's URL names the tab's site for the popup; a frame's URL serves until the top frame reports.
    const remembered = rememberTabUrl(tabId, pageUrl, sender.frameId === 0);
    const key = `${tabId}:${sender.frameId ?? 0}:${'fieldId' in request ? request.fieldId : ''}`;

    if (request.type === 'ml-editor/analyse') {
      void (async (): Promise<AnalyseResponse> => {
        // Defence in depth: a site the user turned off is never analysed, whatever a content script says.
        if (!isSiteEnabled(pageUrl, await loadSiteSettings())) {
          return { ok: false, seq: request.seq, stale: false, error: 'ML Editor is off on this site.' };
        }
        const response = await analyser.analyse(key, request);
        if (response.ok) {
          // the points, label and risk as the page shows them (the content script carries no bands or tables)
          const shown = shownScore(response.result);
          if (shown) response.result.shown = shown;
          await saveTabAnalysis({
            tabId,
            url: sender.tab?.url ?? pageUrl,
            fieldId: key,
            frameId: sender.frameId ?? 0,
            unitId: request.fieldId,
            input: request.input,
            result: response.result,
            updatedAt: Date.now(),
          });
          if (response.result.score !== null) await recordScore(tabId, key, response.result.score, request.input);
          await remembered;
          void refreshToolbar(tabId);
        }
        return response;
      })()
        .catch(
          (error: unknown): AnalyseResponse => ({
            ok: false,
            seq: request.seq,
            stale: false,
            error: error instanceof Error ? error.message : String(error),
          }),
        )
        .then(sendResponse);
      return true;
    }
    if (request.type === 'ml-editor/page-settings') {
      void loadSiteSettings()
        .then(
          (settings): PageSettings => ({ enabled: isSiteEnabled(pageUrl, settings), checksOff: settings.checksOff }),
        )
        .then(sendResponse);
      // the top frame loaded (or the settings changed): its toolbar button can say "off" before any typing
      if (sender.frameId === 0) void remembered.then(() => refreshToolbar(tabId));
      return true;
    }
    if (request.type === 'ml-editor/warm-up') {
      void loadSiteSettings().then((settings) => {
        if (isSiteEnabled(pageUrl, settings)) analyser.warmUp();
      });
      return false;
    }
    if (request.type === 'ml-editor/turn-off-check') {
      // through the typed, versioned settings item, as the popup writes it
      void loadSiteSettings().then((settings) => saveSiteSettings(withCheck(settings, request.checkId, true)));
      return false;
    }
    if (request.type === 'ml-editor/forget-field') {
      void loadTabAnalysis(tabId)
        .then((current) => {
          if (current?.fieldId === key) return clearTabAnalysis(tabId);
        })
        .then(() => remembered)
        .then(() => refreshToolbar(tabId));
      return false;
    }
    return false;
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // A new page in the tab: its old analysis, URL, history and toolbar badge no longer describe it.
  // (onUpdated fires without the "tabs" permission; only the URL is hidden, and the status is enough. Browsers
  // reset a tab's badge on navigation themselves, but the new page's announcement must not find the old analysis.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId).then(() => refreshToolbar(tabId));
  });
  // A site switched on or off: "off" appears or goes in every tab of that site.
  watchSiteSettings(() => void refreshAllToolbars());
}
