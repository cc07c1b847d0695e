// Chrome's offscreen document: owns the analysis worker and answers the background's requests.
import { browser } from 'wxt/browser';
import { parseRequest } from '../shared/protocol';
import { WorkerHost } from './worker-host';

export function startOffscreenHost(): WorkerHost {
  const host = new WorkerHost(() => new Worker(browser.runtime.getURL('/analysis-worker.js')));
  // The document exists to run the worker: start it (and its model load) at once.
  host.warmUp();
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const request = parseRequest(message);
    if (request?.type !== 'ml-editor/offscreen-analyse') return false;
    void host.analyseLatest(request.key, request.seq, request.input).then(sendResponse);
    return true;
  });
  return host;
}
