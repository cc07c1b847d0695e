// A Node worker thread in the shape WorkerHost takes from a Web Worker (comlink endpoint + 'error' + terminate),
// so unit tests run the shipped host over the real worker API. comlink's own node adapter cannot serve here:
// it hears every event type as 'message', so the host's 'error' listener would fire on each answer.
import { Worker } from 'node:worker_threads';
import type { HostedWorker } from '../../../src/extension/worker-host';

type Listener = EventListenerOrEventListenerObject;

export function nodeHostedWorker(): HostedWorker {
  const worker = new Worker(new URL('./node-analysis-worker.mjs', import.meta.url));
  const handlers = new Map<Listener, { type: string; handler: (value: unknown) => void }>();
  const deliver = (listener: Listener, event: unknown) => {
    if (typeof listener === 'function') listener(event as Event);
    else listener.handleEvent(event as Event);
  };
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => worker.postMessage(message, transfer as never),
    addEventListener(type: string, listener: Listener) {
      // Web Workers hand 'message' listeners a MessageEvent ({ data }); an 'error' listener gets the error.
      const handler =
        type === 'message'
          ? (data: unknown) => deliver(listener, { data })
          : (error: unknown) => deliver(listener, error);
      handlers.set(listener, { type, handler });
      worker.on(type, handler);
    },
    removeEventListener(type: string, listener: Listener) {
      const entry = handlers.get(listener);
      if (!entry || entry.type !== type) return;
      worker.off(type, entry.handler);
      handlers.delete(listener);
    },
    terminate: () => void worker.terminate(),
  };
}
