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

/** Starts a fresh worker in `page` (an extension page), calls `method` once per argument, in order. */
export async function callWorker<T>(page: Page, method: string, args: unknown[]): Promise<TimedCall<T>[]> {
  await defineNameHelper(page);
  return page.evaluate(
    async ({ method, args }) => {
      const worker = new Worker('/analysis-worker.js');
      let next = 0;
      const call = (arg: unknown) =>
        new Promise<unknown>((resolve, reject) => {
          const id = `call-${next++}`;
          const onMessage = (event: MessageEvent) => {
            if (event.data?.id !== id) return;
            worker.removeEventListener('message', onMessage);
            if (event.data.type === 'HANDLER') reject(new Error(JSON.stringify(event.data.value)));
            else resolve(event.data.value);
          };
          worker.addEventListener('message', onMessage);
          worker.postMessage({ id, type: 'APPLY', path: [method], argumentList: [{ type: 'RAW', value: arg }] });
        });
      const out: { value: unknown; ms: number }[] = [];
      for (const arg of args) {
        const started = performance.now();
        const value = await call(arg);
        out.push({ value, ms: performance.now() - started });
      }
      worker.terminate();
      return out;
    },
    { method, args },
  ) as Promise<TimedCall<T>[]>;
}
