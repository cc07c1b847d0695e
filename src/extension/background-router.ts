// The background's only job: route analysis requests from content scripts to the worker's owner and
// remember each tab's latest analysis for the popup. No ML code here, so waking it stays cheap.
import { browser, type Browser } from 'wxt/browser';
import { parseRequest, type AnalyseRequest, type AnalyseResponse, type OffscreenAnalyseRequest } from '../shared/protocol';
import { isSiteEnabled } from '../shared/site-policy';
import { senderSiteUrl } from './sender-site';
import { clearTab, clearTabAnalysis, loadSiteSettings, loadTabAnalysis, loadTabUrl, recordScore, saveTabAnalysis, saveTabUrl } from './settings-store';
import { WorkerHost } from './worker-host';

type Analyse = (key: string, request: AnalyseRequest) => Promise<AnalyseResponse>;

const OFFSCREEN_URL = 'offscreen.html';

/** Chrome: the offscreen document owns the worker (a service worker cannot). */
function analyseViaOffscreen(): Analyse {
  let creating: Promise<void> | null = null;
  const ensureDocument = async () => {
    const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
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
  return async (key, request) => {
    try {
      return await send(key, request);
    } catch {
      // The document was closed or is still starting: one more try after recreating it.
      return send(key, request);
    }
  };
}

/** Firefox: the background page can own the worker itself. */
function analyseInBackgroundPage(): Analyse {
  const host = new WorkerHost(() => new Worker(browser.runtime.getURL('/analysis-worker.js')));
  return (key, request) => host.analyse(key, request.seq, request.input);
}

async function rememberTabUrl(tabId: number, url: string, topFrame: boolean): Promise<void> {
  if (topFrame || (await loadTabUrl(tabId)) === null) await saveTabUrl(tabId, url);
}

export function startBackgroundRouter(): void {
  const analyse = 'offscreen' in browser && browser.offscreen ? analyseViaOffscreen() : analyseInBackgroundPage();

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const request = parseRequest(message);
    const tabId = sender.tab?.id;
    // Only content scripts (which have a tab) ask for analyses or forget fields.
    if (!request || tabId === undefined || !sender.url) return false;
    // about:blank and srcdoc frames (TinyMCE's body) take their creator's site; a frame of no site stays off.
    const pageUrl = senderSiteUrl(sender) ?? sender.url;
    // The top frame's URL names the tab's site for the popup; a frame's URL serves until the top frame reports.
    void rememberTabUrl(tabId, pageUrl, sender.frameId === 0);
    const key = `${tabId}:${sender.frameId ?? 0}:${'fieldId' in request ? request.fieldId : ''}`;

    if (request.type === 'ml-editor/analyse') {
      void (async (): Promise<AnalyseResponse> => {
        // Defence in depth: a site the user turned off is never analysed, whatever a content script says.
        if (!isSiteEnabled(pageUrl, await loadSiteSettings())) {
          return { ok: false, seq: request.seq, stale: false, error: 'ML Editor is off on this site.' };
        }
        const response = await analyse(key, request);
        if (response.ok) {
          await saveTabAnalysis({
            tabId,
            url: sender.tab?.url ?? pageUrl,
            fieldId: key,
            input: request.input,
            result: response.result,
            updatedAt: Date.now(),
          });
          if (response.result.score !== null) await recordScore(tabId, key, response.result.score);
        }
        return response;
      })()
        .catch((error: unknown): AnalyseResponse => ({
          ok: false,
          seq: request.seq,
          stale: false,
          error: error instanceof Error ? error.message : String(error),
        }))
        .then(sendResponse);
      return true;
    }
    if (request.type === 'ml-editor/forget-field') {
      void loadTabAnalysis(tabId).then((current) => {
        if (current?.fieldId === key) return clearTabAnalysis(tabId);
      });
      return false;
    }
    return false;
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // A new page in the tab: its old analysis, URL and history no longer describe it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
}
