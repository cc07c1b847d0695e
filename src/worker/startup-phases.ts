// Times the phases of a worker's start-up, so the bench can say where a first score's wait goes.
export interface StartupReport {
  /** The worker's performance.timeOrigin (ms since the epoch): with the host's, how long the worker took to start. */
  timeOrigin: number;
  /**
   * Milliseconds from the worker's time origin to its API being created: fetching, compiling, evaluating the script.
   */
  scriptEvaluation: number;
  /** Each later phase in the order it ran, with its duration in milliseconds. */
  phases: { name: string; ms: number }[];
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class StartupPhases {
  readonly #created = now();
  readonly #phases: { name: string; ms: number }[] = [];

  time<T>(name: string, run: () => T): T {
    const started = now();
    try {
      return run();
    } finally {
      this.#phases.push({ name, ms: now() - started });
    }
  }

  async timeAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = now();
    try {
      return await run();
    } finally {
      this.#phases.push({ name, ms: now() - started });
    }
  }

  /** Times `run` the first time a phase of this name runs; later calls just run. */
  firstOnly<T>(name: string, run: () => T): T {
    return this.#phases.some((p) => p.name === name) ? run() : this.time(name, run);
  }

  report(): StartupReport {
    return {
      timeOrigin: typeof performance !== 'undefined' ? performance.timeOrigin : 0,
      scriptEvaluation: this.#created,
      phases: this.#phases.map((p) => ({ ...p })),
    };
  }
}
