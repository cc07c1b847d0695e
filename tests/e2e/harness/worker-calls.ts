// Calls the extension's real analysis worker from an extension page with raw comlink messages, timing
// each call: how the parity test and the bench reach the worker exactly as the extension runs it.
import type { Page } from 'playwright-core';

export interface TimedCall<T> {
  value: T;
  ms: number;
}

/** tsx compiles functions with esbuild's keepNames, whose `__name` helper is missing in the page. */
async function defineNameHelper(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (fn) => fn');
}

/**
 * Installs `globalThis.__callWorker(worker, method, args)` in the page: one raw comlink call, as the extension's
 * host sends it. Shared by callWorker and the bench's start-up rows (bench/worker-startup.ts).
 */
export async function installRawCall(page: Page): Promise<void> {
  await defineNameHelper(page);
  await page.evaluate(() => {
    let next = 0;
    (globalThis as unknown as { __callWorker: unknown }).__callWorker = (
      worker: Worker,
      method: string,
      args: unknown[],
    ) =>
      new Promise<unknown>((resolve, reject) => {
        const id = `call-${next++}`;
        const onMessage = (event: MessageEvent) => {
          if (event.data?.id !== id) return;
          worker.removeEventListener('message', onMessage);
          if (event.data.type === 'HANDLER') reject(new Error(JSON.stringify(event.data.value)));
          else resolve(event.data.value);
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({
          id,
          type: 'APPLY',
          path: [method],
          argumentList: args.map((value) => ({ type: 'RAW', value })),
        });
      });
  });
}

/** The page's raw call, as installRawCall defines it (for use inside page.evaluate). */
export type RawCall = (worker: Worker, method: string, args: unknown[]) => Promise<unknown>;

/** Starts a fresh worker in `page` (an extension page), calls `method` once per argument, in order. */
export async function callWorker<T>(page: Page, method: string, args: unknown[]): Promise<TimedCall<T>[]> {
  await installRawCall(page);
  return page.evaluate(
    async ({ method, args }) => {
      const call = (globalThis as unknown as { __callWorker: RawCall }).__callWorker;
      const worker = new Worker('/analysis-worker.js');
      const out: { value: unknown; ms: number }[] = [];
      for (const arg of args) {
        const started = performance.now();
        const value = await call(worker, method, [arg]);
        out.push({ value, ms: performance.now() - started });
      }
      worker.terminate();
      return out;
    },
    { method, args },
  ) as Promise<TimedCall<T>[]>;
}
