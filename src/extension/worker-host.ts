// Owns the analysis Web Worker and is the extension's Classifier: creates the worker lazily, restarts it when
// it dies or hangs, and drops stale requests (LatestOnlyQueue). Used by the offscreen document (Chrome) and
// the background page (Firefox); unit tests run it over a Node worker thread.
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { Classifier } from '../core/classifier';
import type { AnalyseResponse } from '../shared/protocol';
import type { AnalysisResult, QuestionInput } from '../shared/question';
import type { WorkerApi } from '../worker/analysis-api';
import { LatestOnlyQueue } from './latest-only-queue';

const CALL_TIMEOUT_MS = 10_000;

/**
 * What the host needs of a worker: a comlink endpoint that reports 'error' and can be terminated. A Web Worker is one.
 */
export type HostedWorker = Endpoint & { terminate(): void };

export class WorkerHost implements Classifier {
  private worker: HostedWorker | null = null;
  private remote: Remote<WorkerApi> | null = null;
  private readonly queue = new LatestOnlyQueue();
  /** Rejects every call in flight when the worker dies, so nobody waits for a dead thread. */
  private abortInFlight: ((error: Error) => void)[] = [];
  restarts = 0;

  constructor(private readonly createWorker: () => HostedWorker) {}

  private api(): Remote<WorkerApi> {
    if (this.remote) return this.remote;
    const worker = this.createWorker();
    worker.addEventListener('error', () => this.restart('the analysis worker crashed'));
    worker.addEventListener('messageerror', () => this.restart('the analysis worker sent an unreadable message'));
    this.worker = worker;
    const remote = wrap<WorkerApi>(worker);
    this.remote = remote;
    this.watchForDeath(worker, remote);
    return remote;
  }

  /** A terminated worker fires no event; its Web Lock is released, so waiting for the lock tells. */
  private watchForDeath(worker: HostedWorker, remote: Remote<WorkerApi>): void {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return;
    const name = `ml-editor-worker-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    void remote.holdAliveLock(name).then(
      (held) => {
        if (!held) return;
        void locks.request(name, () => {
          if (this.worker === worker) this.restart('the analysis worker died');
        });
      },
      () => undefined,
    );
  }

  /** Throws the worker away; the next call starts a fresh one. */
  restart(reason = 'restarted'): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.remote = null;
    this.restarts++;
    const aborts = this.abortInFlight;
    this.abortInFlight = [];
    for (const abort of aborts) abort(new Error(reason));
  }

  private call<T>(run: (api: Remote<WorkerApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const abort = (error: Error) => reject(error);
      this.abortInFlight.push(abort);
      const timer = setTimeout(() => this.restart('the analysis worker stopped answering'), CALL_TIMEOUT_MS);
      run(this.api())
        .then(resolve, reject)
        .finally(() => {
          clearTimeout(timer);
          this.abortInFlight = this.abortInFlight.filter((a) => a !== abort);
        });
    });
  }

  /** One analysis in the worker; rejects when the worker dies or stops answering. */
  analyse(input: QuestionInput): Promise<AnalysisResult> {
    return this.call((api) => api.analyse(input));
  }

  /**
   * An analysis of one field's text `seq`: skipped (stale) when a newer text of the same `key` is queued. Never throws.
   */
  async analyseLatest(key: string, seq: number, input: QuestionInput): Promise<AnalyseResponse> {
    try {
      const outcome = await this.queue.run(key, seq, () => this.analyse(input));
      return outcome.ran ? { ok: true, seq, result: outcome.value } : { ok: false, seq, stale: true };
    } catch (error) {
      return { ok: false, seq, stale: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Starts the worker and loads its model now, so the first analysis does not wait for it. Never throws. */
  warmUp(): void {
    this.call((api) => api.version()).catch(() => undefined); // the version is known once the model has loaded
  }

  version(): Promise<string> {
    return this.call((api) => api.version());
  }

  forget(key: string): void {
    this.queue.forget(key);
  }

  dispose(): void {
    this.restart('disposed');
  }
}
