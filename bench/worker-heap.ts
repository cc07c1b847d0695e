// A long-lived analysis worker started from an extension page, and its V8 heap read over CDP: the page's
// CDP session auto-attaches to the page's dedicated workers (Target.setAutoAttach, non-flat), and commands
// reach the worker through Target.sendMessageToTarget. Workers have no measureUserAgentSpecificMemory.
import type { CDPSession, Page } from 'playwright-core';

export interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

export interface WorkerUnderTest {
  /** Sends `count` analyses of growing drafts: `body.slice(0, start + i * step)`; returns each call's ms. */
  analyseGrowing(title: string, body: string, start: number, step: number, count: number): Promise<number[]>;
  /** Forces a full GC in the worker, then reads its heap. */
  heapAfterGc(): Promise<HeapUsage>;
  close(): Promise<void>;
}

export async function startWorkerUnderTest(page: Page, cdp: CDPSession): Promise<WorkerUnderTest> {
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id!);
    if (msg.error) waiter.reject(new Error(msg.error.message));
    else waiter.resolve(msg.result);
  });
  const workerUrl = new URL('/analysis-worker.js', page.url()).href;
  const attached = new Promise<string>((resolve) => {
    cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string; url: string } }) => {
      if (e.targetInfo.type === 'worker' && e.targetInfo.url === workerUrl) resolve(e.sessionId);
    });
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(() => {
    (globalThis as unknown as { benchWorker: Worker }).benchWorker = new Worker('/analysis-worker.js');
  });
  const sessionId = await attached;
  let nextId = 0;
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });

  return {
    analyseGrowing: (title, body, start, step, count) =>
      page.evaluate(
        async ({ title, body, start, step, count }) => {
          const worker = (globalThis as unknown as { benchWorker: Worker }).benchWorker;
          const call = (arg: unknown, id: string) =>
            new Promise<void>((resolve, reject) => {
              const onMessage = (event: MessageEvent) => {
                if (event.data?.id !== id) return;
                worker.removeEventListener('message', onMessage);
                if (event.data.type === 'HANDLER') reject(new Error(JSON.stringify(event.data.value)));
                else resolve();
              };
              worker.addEventListener('message', onMessage);
              // Raw comlink message, as the extension's host sends it.
              worker.postMessage({ id, type: 'APPLY', path: ['analyse'], argumentList: [{ type: 'RAW', value: arg }] });
            });
          const out: number[] = [];
          for (let i = 0; i < count; i++) {
            const started = performance.now();
            await call({ title, body: body.slice(0, start + i * step) }, `grow-${start}-${i}`);
            out.push(performance.now() - started);
          }
          return out;
        },
        { title, body, start, step, count },
      ),
    async heapAfterGc() {
      await send('HeapProfiler.enable');
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      return send<HeapUsage>('Runtime.getHeapUsage');
    },
    async close() {
      await page.evaluate(() => (globalThis as unknown as { benchWorker: Worker }).benchWorker.terminate());
    },
  };
}
