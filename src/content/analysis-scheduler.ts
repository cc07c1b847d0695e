// Per-unit analysis loop: debounce edits, number them, send, drop stale answers, retry once.
// No DOM and no browser.*: timers and transport are injected so it runs in Node tests.
import type { AnalyseRequest, AnalyseResponse } from '../shared/protocol';
import { MAX_INPUT_CHARS } from '../shared/protocol';
import type { AnalysisResult, QuestionInput } from '../shared/question';

export const DEBOUNCE_MS = 250;
export const RETRY_MS = 600;

export type UnitState =
  | { state: 'analysing'; result?: undefined }
  | { state: 'scored' | 'not-scorable'; result: AnalysisResult; input: QuestionInput; seq: number }
  | { state: 'not-scorable'; reason: string; result?: undefined }
  | { state: 'error'; reason: string; result?: undefined };

export interface SchedulerDeps {
  fieldId: string;
  /**
   * Reads the unit's current text (once per debounced batch, never per keystroke) for request `seq`.
   * `unread` says why the text could be read only in part: then nothing is sent and there is no score.
   */
  capture(seq: number): QuestionInput & { unread?: string };
  send(request: AnalyseRequest): Promise<AnalyseResponse>;
  onState(state: UnitState, seq: number): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  debounceMs?: number;
  retryMs?: number;
}

export class AnalysisScheduler {
  #seq = 0;
  #timer: unknown = null;
  #disposed = false;
  #lastSent: string | null = null;

  readonly #deps: SchedulerDeps;

  constructor(deps: SchedulerDeps) {
    this.#deps = deps;
  }

  /** The input handler's whole job: O(1), no reads of the field. */
  markDirty(): void {
    if (this.#disposed) return;
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = this.#deps.setTimeout(() => {
      this.#timer = null;
      this.flush();
    }, this.#deps.debounceMs ?? DEBOUNCE_MS);
  }

  /** Captures now and sends; unchanged text is not sent again unless `force`. */
  flush(force = false): void {
    if (this.#disposed) return;
    if (this.#timer !== null) {
      this.#deps.clearTimeout(this.#timer);
      this.#timer = null;
    }
    const { unread, ...input } = this.#deps.capture(this.#seq + 1);
    const key = `${input.title}\u0000${input.body}`;
    if (!force && key === this.#lastSent) return;
    this.#lastSent = key;
    const seq = ++this.#seq;
    if (input.title.length + input.body.length > MAX_INPUT_CHARS) {
      this.#deps.onState(
        {
          state: 'not-scorable',
          reason: `Text too long to analyse (over ${MAX_INPUT_CHARS.toLocaleString('en')} characters).`,
        },
        seq,
      );
      return;
    }
    // A score for a fragment would be wrong.
    if (unread) {
      this.#deps.onState({ state: 'not-scorable', reason: unread }, seq);
      return;
    }
    this.#deps.onState({ state: 'analysing' }, seq);
    void this.#request({ type: 'ml-editor/analyse', fieldId: this.#deps.fieldId, seq, input }, true);
  }

  async #request(req: AnalyseRequest, mayRetry: boolean): Promise<void> {
    let response: AnalyseResponse | null = null;
    let failure = 'No answer from the extension.';
    try {
      response = await this.#deps.send(req);
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    if (this.#disposed || req.seq !== this.#seq) return; // a newer edit owns the badge now
    if (response?.ok) {
      if (response.seq !== req.seq) return;
      const { result } = response;
      if (result.state === 'error') {
        failure = result.reason ?? 'Analysis failed.';
      } else {
        this.#deps.onState({ state: result.state, result, input: req.input, seq: req.seq }, req.seq);
        return;
      }
    } else if (response && !response.ok) {
      if (response.stale) return;
      failure = response.error;
    }
    if (mayRetry) {
      // The worker may be restarting: one more try shortly after.
      this.#deps.setTimeout(() => {
        if (!this.#disposed && req.seq === this.#seq) void this.#request(req, false);
      }, this.#deps.retryMs ?? RETRY_MS);
      return;
    }
    this.#deps.onState({ state: 'error', reason: failure }, req.seq);
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
