// Runs jobs one at a time and skips a job whose key has a newer job queued: when the text of a field
// changes, analyses of its older text are dropped before they start. Pure (no browser APIs).

export type QueueOutcome<T> = { ran: true; value: T } | { ran: false };

interface Pending {
  key: string;
  seq: number;
  start: () => void;
  skip: () => void;
}

export class LatestOnlyQueue {
  private latest = new Map<string, number>();
  private pending: Pending[] = [];
  private running = false;

  /** Queue `job` for `key` with sequence `seq`; resolves `{ran:false}` if a newer seq for `key` arrives first. */
  run<T>(key: string, seq: number, job: () => Promise<T>): Promise<QueueOutcome<T>> {
    if (this.isStale(key, seq)) return Promise.resolve({ ran: false });
    this.latest.set(key, seq);
    return new Promise<QueueOutcome<T>>((resolve, reject) => {
      this.pending.push({
        key,
        seq,
        skip: () => resolve({ ran: false }),
        start: () => {
          job()
            .then(
              (value) => resolve({ ran: true, value }),
              (error: unknown) => reject(error),
            )
            .finally(() => {
              this.running = false;
              this.next();
            });
        },
      });
      this.next();
    });
  }

  private next(): void {
    while (!this.running && this.pending.length > 0) {
      const item = this.pending.shift()!;
      if (this.isStale(item.key, item.seq)) {
        item.skip();
        continue;
      }
      this.running = true;
      item.start();
    }
  }

  isStale(key: string, seq: number): boolean {
    return (this.latest.get(key) ?? seq) > seq;
  }

  forget(key: string): void {
    this.latest.delete(key);
  }
}
