// Fault injection for the E2E fault tests: each helper breaks one part of the running extension from the
// outside (CDP or the extension's own service worker), the way the browser or a user would.
import type { CDPSession, Page } from 'playwright-core';
import type { Worker } from 'playwright-core';
import type { E2E } from './browser';

/** The badges a person can see: hidden ones belong to fields nobody has typed into yet. */
export async function visibleBadges(
  page: Page,
): Promise<{ state: string | null; score: string | null; error: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('ml-editor-root')].flatMap((root) =>
      [...(root.shadowRoot?.querySelectorAll<HTMLElement>('[data-ml-editor-badge]') ?? [])]
        .filter((badge) => !badge.hidden)
        .map((badge) => ({
          state: badge.getAttribute('data-state'),
          score: badge.getAttribute('data-score'),
          error: badge.hasAttribute('data-error'),
        })),
    ),
  );
}

/**
 * Waits for exactly one visible badge that is 'scored' and unchanged for `stableMs`; resolves its score (3 decimals).
 */
export async function waitForScore(
  page: Page,
  opts: { timeoutMs?: number; stableMs?: number } = {},
): Promise<{ score: string; ms: number }> {
  const started = Date.now();
  const deadline = started + (opts.timeoutMs ?? 20_000);
  const stableMs = opts.stableMs ?? 700;
  let last = '';
  let since = Date.now();
  let firstScored = 0;
  while (Date.now() < deadline) {
    const badges = await visibleBadges(page).catch(() => []);
    const key = JSON.stringify(badges);
    if (key !== last) {
      last = key;
      since = Date.now();
      firstScored = badges.length === 1 && badges[0].state === 'scored' ? Date.now() : 0;
    }
    if (firstScored && Date.now() - since >= stableMs) return { score: badges[0].score!, ms: firstScored - started };
    await page.waitForTimeout(50);
  }
  throw new Error(
    `no single stable scored badge within ${opts.timeoutMs ?? 20_000} ms; last seen: ${last || 'no badge'}`,
  );
}

/** A browser-level CDP session (the persistent context still has a Browser behind it). */
export async function browserCdp(env: E2E): Promise<CDPSession> {
  const browser = env.context.browser();
  if (!browser) throw new Error('no Browser behind the persistent context');
  return browser.newBrowserCDPSession();
}

async function targets(cdp: CDPSession) {
  return (await cdp.send('Target.getTargets')).targetInfos;
}

/** The offscreen document's target id, or null when there is none. */
export async function offscreenTarget(env: E2E, cdp: CDPSession): Promise<string | null> {
  const prefix = `chrome-extension://${env.extensionId}/offscreen.html`;
  return (await targets(cdp)).find((t) => t.url.startsWith(prefix))?.targetId ?? null;
}

/** Ids of the dedicated workers the offscreen document owns (the analysis worker). */
export async function analysisWorkerTargets(env: E2E, cdp: CDPSession): Promise<string[]> {
  const owner = await offscreenTarget(env, cdp);
  if (!owner) return [];
  return (await targets(cdp)).filter((t) => t.type === 'worker' && t.parentId === owner).map((t) => t.targetId);
}

/** A session on one target through the (non-flattened) target protocol, which Playwright's CDPSession can carry. */
async function targetSession(cdp: CDPSession, targetId: string) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  return {
    send<T = Record<string, unknown>>(method: string, params: object = {}, waitMs = 5_000): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => done(() => reject(new Error(`${method}: no answer in ${waitMs} ms`))), waitMs);
        const onMessage = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
          if (message.id !== id) return;
          done(() =>
            message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result as T),
          );
        };
        const done = (settle: () => void) => {
          clearTimeout(timer);
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          settle();
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch((error: Error) => done(() => reject(error)));
      });
    },
    detach: () => cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined),
  };
}

/**
 * Terminates the analysis worker from outside the product: the debugger finds every live Worker object in the
 * offscreen document (Runtime.queryObjects) and calls terminate() on it, as if the thread were killed. The
 * owner gets no event, exactly like a worker lost to the browser. Resolves how many workers were terminated.
 */
export async function terminateAnalysisWorker(env: E2E, cdp: CDPSession): Promise<number> {
  const owner = await offscreenTarget(env, cdp);
  if (!owner) throw new Error('no offscreen document');
  const session = await targetSession(cdp, owner);
  try {
    type Remote = { result: { objectId: string } };
    const proto = await session.send<Remote>('Runtime.evaluate', { expression: 'Worker.prototype' });
    const { objects } = await session.send<{ objects: { objectId: string } }>('Runtime.queryObjects', {
      prototypeObjectId: proto.result.objectId,
    });
    const killed = await session.send<{ result: { value: number } }>('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { for (const worker of this) worker.terminate(); return this.length; }',
      returnByValue: true,
    });
    return killed.result.value;
  } finally {
    await session.detach();
  }
}

/**
 * The extension's service worker, answering. Playwright keeps one Worker handle across a stop and restart
 * (it reaches the new instance once Chrome starts it again); a stopped worker does not answer, so an
 * extension page is opened to wake it.
 */
export async function liveExtensionWorker(env: E2E): Promise<Worker> {
  const prefix = `chrome-extension://${env.extensionId}/`;
  const answering = async (): Promise<Worker | null> => {
    for (const worker of env.context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(prefix))
      .reverse()) {
      const alive = await Promise.race([
        worker.evaluate(() => true).catch(() => false),
        new Promise<false>((r) => setTimeout(() => r(false), 1_000)),
      ]);
      if (alive) return worker;
    }
    return null;
  };
  const running = await answering();
  if (running) return running;
  const page = await env.context.newPage();
  try {
    await page.goto(`${prefix}popup.html`).catch(() => undefined);
    for (let tries = 0; tries < 30; tries++) {
      const worker =
        (await answering()) ?? (await env.context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => null));
      if (worker?.url().startsWith(prefix)) return worker;
    }
  } finally {
    await page.close();
  }
  throw new Error('the extension service worker did not wake');
}

/** Whether any service worker of the extension is running (CDP's view, not Playwright's list). */
export async function serviceWorkerRunning(env: E2E, cdp: CDPSession): Promise<boolean> {
  const prefix = `chrome-extension://${env.extensionId}/`;
  return (await targets(cdp)).some((t) => t.type === 'service_worker' && t.url.startsWith(prefix));
}

type Chrome = {
  offscreen: { closeDocument(): Promise<void> };
  runtime: {
    reload(): void;
    getContexts(q: object): Promise<unknown[]>;
    onMessage: { addListener(fn: (message: unknown) => void): void };
  };
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

/** chrome.offscreen.closeDocument(), run in the extension's service worker. */
export async function closeOffscreenDocument(env: E2E): Promise<void> {
  const worker = await liveExtensionWorker(env);
  await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    await chrome.offscreen.closeDocument();
  });
}

export async function offscreenDocumentCount(env: E2E): Promise<number> {
  const worker = await liveExtensionWorker(env);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

/** Stops every service worker (ours included) as Chrome does when idle, through a page's CDP session. */
export async function stopServiceWorkers(env: E2E, page: Page): Promise<void> {
  const cdp = await env.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** chrome.runtime.reload() from the service worker: Chrome tears the extension down and loads it again. */
export async function reloadExtension(env: E2E): Promise<void> {
  const worker = await liveExtensionWorker(env);
  const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  await worker.evaluate(() => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    setTimeout(() => chrome.runtime.reload(), 0);
  });
  await closed;
}

/**
 * Writes `value` as the raw 'siteSettings' item (and drops WXT's version meta), as an old or broken profile would hold
 * it.
 */
export async function writeRawSiteSettings(env: E2E, value: unknown): Promise<void> {
  const worker = await liveExtensionWorker(env);
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    await chrome.storage.local.remove(['siteSettings$']);
    await chrome.storage.local.set({ siteSettings: value });
  }, value);
}

/**
 * Counts 'ml-editor/analyse' messages reaching the service worker from now on (an extra listener; it never answers).
 */
export async function countAnalyseRequests(env: E2E): Promise<() => Promise<number>> {
  const worker = await liveExtensionWorker(env);
  await worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; __mlAnalyseCount?: number; __mlAnalyseHooked?: boolean };
    g.__mlAnalyseCount = 0;
    if (g.__mlAnalyseHooked) return;
    g.__mlAnalyseHooked = true;
    g.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: string } | null)?.type === 'ml-editor/analyse')
        g.__mlAnalyseCount = (g.__mlAnalyseCount ?? 0) + 1;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __mlAnalyseCount?: number }).__mlAnalyseCount ?? 0);
}

/**
 * Holds the analysis in the debugger until the returned release() resumes it: the offscreen document that owns
 * the worker is paused (Debugger.pause stops it at the next statement it runs, i.e. when the next request
 * arrives), so requests wait as on a slow machine. (A worker target does not answer Debugger.enable through
 * this non-flattened session.)
 */
export async function holdAnalysis(env: E2E, cdp: CDPSession): Promise<() => Promise<void>> {
  const owner = await offscreenTarget(env, cdp);
  if (!owner) throw new Error('no offscreen document to hold');
  const session = await targetSession(cdp, owner);
  await session.send('Debugger.enable');
  await session.send('Debugger.pause');
  return async () => {
    await session.send('Debugger.resume').catch(() => undefined);
    await session.send('Debugger.disable').catch(() => undefined);
    await session.detach();
  };
}
