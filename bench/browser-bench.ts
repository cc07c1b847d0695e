// Real Chromium on the built extension: keystroke → badge latency, the content script's main-thread cost and
// long tasks, the worker's heap over 2,000 analyses (CDP), and cold starts (first page, service worker stopped).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { openFixture, waitForSettledBadges, type E2E } from '../tests/e2e/harness/browser';
import { percentile, timingRow, valueRow, type Row } from './stats';
import { questionOfWords } from './texts';
import { startWorkerUnderTest } from './worker-heap';
import { applyRows } from './apply-bench';

const KEYSTROKES = 30;
const COLD_STARTS = 5;
// Warm-up: the per-chunk, per-block and per-sentence LRU caches (512 entries and up) fill during the first ~1,000
// analyses of a growing draft (see the checkpoints in the note); growth after that would be a leak.
export const MEMORY = { warmup: 1000, total: 2000 };

const pageSetup = (page: Page) => page.evaluate('globalThis.__name = (fn) => fn');

/** The Markdown a person would have typed so far: the 300-word bench question. */
const DRAFT = questionOfWords(300);

/**
 * Badge transitions recorded in the page: a MutationObserver on `<ml-editor-root>`'s shadow root logs every
 * data-state/data-score change with performance.now(), and a capturing keydown listener logs keystrokes.
 */
async function installBadgeLog(page: Page): Promise<void> {
  await pageSetup(page);
  await page.evaluate(() => {
    type Log = {
      keys: number[];
      changes: { t: number; state: string | null; score: string | null }[];
      longTasks: number[];
    };
    const g = globalThis as unknown as { benchLog: Log };
    g.benchLog = { keys: [], changes: [], longTasks: [] };
    document.addEventListener('keydown', () => g.benchLog.keys.push(performance.now()), true);
    const root = document.querySelector('ml-editor-root')!.shadowRoot!;
    new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        const el = r.target as Element;
        if (!el.hasAttribute('data-ml-editor-badge')) continue;
        g.benchLog.changes.push({ t, state: el.getAttribute('data-state'), score: el.getAttribute('data-score') });
      }
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-score'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.benchLog.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

interface KeystrokeResult {
  /** keystroke → badge shows the new result (incl. the debounce). */
  total: number[];
  /** analysis sent (badge turns "analysing", right after the debounce) → badge shows the new result. */
  afterDebounce: number[];
  /** keystroke → analysis sent: the debounce as it happened. */
  debounce: number[];
  longTasks: number[];
}

/** Types one character at a time at the end of a 300-word draft; each time waits for the new result. */
async function keystrokeLatency(page: Page): Promise<KeystrokeResult> {
  const field = page.locator('textarea');
  await field.fill(DRAFT.body);
  await waitForSettledBadges(page);
  await installBadgeLog(page);
  await field.press('End');
  await page.keyboard.press('ControlOrMeta+End');
  const out: KeystrokeResult = { total: [], afterDebounce: [], debounce: [], longTasks: [] };
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.evaluate(() => {
      const log = (globalThis as unknown as { benchLog: { keys: number[]; changes: unknown[] } }).benchLog;
      log.keys.length = 0;
      log.changes.length = 0;
    });
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    const handle = await page.waitForFunction(
      () => {
        const log = (
          globalThis as unknown as { benchLog: { keys: number[]; changes: { t: number; state: string | null }[] } }
        ).benchLog;
        const key = log.keys[0];
        if (key === undefined) return null;
        const sent = log.changes.find((c) => c.t >= key && c.state === 'analysing');
        const done =
          sent && log.changes.find((c) => c.t >= sent.t && (c.state === 'scored' || c.state === 'not-scorable'));
        return sent && done ? { key, sent: sent.t, done: done.t } : null;
      },
      undefined,
      { timeout: 15_000, polling: 10 },
    );
    const { key, sent, done } = (await handle.jsonValue())!;
    out.total.push(done - key);
    out.afterDebounce.push(done - sent);
    out.debounce.push(sent - key);
  }
  out.longTasks = await page.evaluate(
    () => (globalThis as unknown as { benchLog: { longTasks: number[] } }).benchLog.longTasks,
  );
  return out;
}

/** Main-thread time the page spends in input-event listeners (the content script's) per input event. */
async function inputEventCost(page: Page): Promise<number[]> {
  await pageSetup(page);
  return page.evaluate(async (n) => {
    const field = document.querySelector('textarea')!;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      field.value += String.fromCharCode(97 + (i % 26));
      const t = performance.now();
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
      out.push(performance.now() - t);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  }, 200);
}

/** A page whose textarea holds a draft when it loads (drafts are analysed on discovery, no debounce). */
const PREFILLED_PATH = '/bench-prefilled.html';
async function routePrefilledPage(env: E2E): Promise<void> {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: prefilled draft</title></head>
<body><h1>Ask a question</h1><textarea id="body" rows="14" cols="80">${escapeHtml(DRAFT.body)}</textarea></body></html>`;
  await env.context.route(env.server.url(PREFILLED_PATH), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/** Navigation start → first settled badge, and the page's load event, both from performance.timeOrigin. */
async function firstHint(context: BrowserContext, url: string): Promise<{ hint: number; load: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      () => {
        const badge = document.querySelector('ml-editor-root')?.shadowRoot?.querySelector('[data-ml-editor-badge]');
        const state = badge?.getAttribute('data-state');
        return state === 'scored' || state === 'not-scorable' ? performance.now() : null;
      },
      undefined,
      { timeout: 30_000, polling: 2 },
    );
    const hint = (await handle.jsonValue()) as number;
    const load = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    return { hint, load };
  } finally {
    await page.close();
  }
}

async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
}

async function coldStartRows(env: E2E, log: (line: string) => void): Promise<Row[]> {
  await routePrefilledPage(env);
  const url = env.server.url(PREFILLED_PATH);
  log('  cold start: first page after the browser started');
  const first = await firstHint(env.context, url);
  const warm: number[] = [];
  const afterStop: number[] = [];
  const loads: number[] = [];
  const cdpPage = await env.context.newPage();
  await cdpPage.goto(env.server.url('/textarea.html'));
  const cdp = await env.context.newCDPSession(cdpPage);
  log('  cold start: warm extension, and after the service worker was stopped');
  for (let i = 0; i < COLD_STARTS; i++) {
    const w = await firstHint(env.context, url);
    warm.push(w.hint);
    loads.push(w.load);
    await stopServiceWorkers(cdp);
    await new Promise((r) => setTimeout(r, 300));
    afterStop.push((await firstHint(env.context, url)).hint);
  }
  await cdpPage.close();
  const loadNote = `page load event at ${percentile(loads, 50).toFixed(0)} ms (median)`;
  return [
    valueRow(
      'Chromium, cold start: navigation → first hint, first page after browser start (the worker starts with the browser)',
      `${first.hint.toFixed(0)} ms`,
      '≤ 300 ms',
      first.hint <= 300,
      `n=1 (one browser start), load event at ${first.load.toFixed(0)} ms`,
    ),
    timingRow(
      'Chromium, cold start: navigation → first hint, extension warm',
      warm,
      120,
      'ms',
      `n=${warm.length}, ${loadNote}`,
    ),
    timingRow(
      'Chromium, cold start: navigation → first hint, after ServiceWorker.stopAllWorkers',
      afterStop,
      null,
      'ms',
      `n=${afterStop.length}`,
    ),
  ];
}

async function memoryRows(env: E2E, log: (line: string) => void): Promise<Row[]> {
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/popup.html`);
  const cdp = await env.context.newCDPSession(page);
  const worker = await startWorkerUnderTest(page, cdp);
  try {
    // Growing drafts: a person typing on, one analysis per character (the most a fast typist could cause).
    const long = questionOfWords(3000);
    const step = 1;
    const start = 300;
    // After load: the model and NLP ready, one analysis done (issue 18's figure).
    const firstMs = await worker.analyseGrowing(long.title, long.body, start, step, 1);
    const loaded = await worker.heapAfterGc();
    log(`  worker memory: ${MEMORY.warmup} warm-up analyses`);
    const warmMs = [
      ...firstMs,
      ...(await worker.analyseGrowing(long.title, long.body, start + step, step, MEMORY.warmup - 1)),
    ];
    const warm = await worker.heapAfterGc();
    log(`  worker memory: ${MEMORY.total - MEMORY.warmup} more analyses`);
    // The heap at checkpoints shows a trend: caches that fill and level off, or steady growth (a leak).
    const checkpoints: { after: number; used: number }[] = [{ after: MEMORY.warmup, used: warm.usedSize }];
    const restMs: number[] = [];
    const chunk = Math.ceil((MEMORY.total - MEMORY.warmup) / 4);
    for (let done = MEMORY.warmup; done < MEMORY.total; done += chunk) {
      const count = Math.min(chunk, MEMORY.total - done);
      restMs.push(...(await worker.analyseGrowing(long.title, long.body, start + done * step, step, count)));
      checkpoints.push({ after: done + count, used: (await worker.heapAfterGc()).usedSize });
    }
    const end = { usedSize: checkpoints[checkpoints.length - 1].used };
    const mb = (b: number) => `${(b / 1024 ** 2).toFixed(2)} MB`;
    const growth = end.usedSize - warm.usedSize;
    const allowed = Math.max(1024 ** 2, warm.usedSize * 0.1);
    const lastDraftWords = long.body.slice(0, start + MEMORY.total * step).split(/\s+/).length;
    return [
      valueRow(
        'Worker (Chromium) heap after load (model and NLP ready, one analysis), after GC',
        mb(loaded.usedSize),
        '≤ 12.00 MB',
        loaded.usedSize <= 12 * 1024 ** 2,
        `CDP Runtime.getHeapUsage; total ${mb(loaded.totalSize)}`,
      ),
      valueRow(
        `Worker (Chromium) heap after ${MEMORY.warmup} analyses (warm-up), after GC`,
        mb(warm.usedSize),
        '',
        null,
        `CDP Runtime.getHeapUsage; total ${mb(warm.totalSize)}`,
      ),
      valueRow(
        `Worker (Chromium) heap after ${MEMORY.total} analyses of growing drafts, after GC`,
        mb(end.usedSize),
        'growth ≤ max(1 MB, 10%)',
        growth <= allowed,
        `growth ${growth >= 0 ? '+' : ''}${mb(growth)}; drafts grew to ~${lastDraftWords} words; heap by analyses: ${checkpoints.map((c) => `${c.after}: ${mb(c.used)}`).join(', ')}`,
      ),
      timingRow(`Worker (Chromium), analysis of a growing draft (${MEMORY.total} calls)`, [...warmMs, ...restMs], null),
    ];
  } finally {
    await worker.close().catch(() => undefined);
    await page.close();
  }
}

/** Rows measured in one Chromium session; `firstPage` must run before anything wakes the worker. */
export async function browserRows(env: E2E, log: (line: string) => void): Promise<Row[]> {
  const cold = await coldStartRows(env, log);
  log('  keystroke → badge');
  const typing = await openFixture(env, '/textarea.html');
  const keys = await keystrokeLatency(typing);
  const inputCost = await inputEventCost(typing);
  await typing.close();
  const longest = keys.longTasks.length ? Math.max(...keys.longTasks) : 0;
  const rows: Row[] = [
    timingRow(
      'Chromium, keystroke → updated badge, after the debounce (analysis sent → result shown), 300 words',
      keys.afterDebounce,
      100,
    ),
    timingRow('Chromium, keystroke → updated badge, total incl. debounce, 300 words', keys.total, null),
    timingRow('Chromium, debounce as measured (keystroke → analysis sent; DEBOUNCE_MS = 250)', keys.debounce, null),
    timingRow('Content script, main-thread time per input event', inputCost, 1),
    valueRow(
      `Content script page, longest long task while typing ${KEYSTROKES} keys (PerformanceObserver 'longtask')`,
      longest ? `${longest.toFixed(0)} ms` : 'none ≥ 50 ms',
      'no task ≥ 50 ms',
      keys.longTasks.length === 0,
      `${keys.longTasks.length} long task(s); the fixture runs no script of its own`,
    ),
  ];
  log('  Apply → score');
  rows.push(...(await applyRows(env)));
  rows.push(...(await memoryRows(env, log)));
  return [...rows, ...cold];
}

/** Chromium's version string, from the browser over CDP (a persistent context has no Browser object). */
export async function chromiumVersion(env: E2E): Promise<string> {
  const page = await env.context.newPage();
  try {
    const cdp = await env.context.newCDPSession(page);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    return product;
  } finally {
    await page.close();
  }
}
