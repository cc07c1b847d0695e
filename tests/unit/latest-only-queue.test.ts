import { describe, expect, it } from 'vitest';
import { LatestOnlyQueue } from '../../src/extension/latest-only-queue';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('LatestOnlyQueue', () => {
  it('runs jobs one at a time, in order', async () => {
    const queue = new LatestOnlyQueue();
    const log: string[] = [];
    const gate = deferred();
    const a = queue.run('a', 1, async () => {
      log.push('a1 start');
      await gate.promise;
      log.push('a1 end');
      return 1;
    });
    const b = queue.run('b', 1, async () => {
      log.push('b1');
      return 2;
    });
    await Promise.resolve();
    gate.resolve();
    expect(await a).toEqual({ ran: true, value: 1 });
    expect(await b).toEqual({ ran: true, value: 2 });
    expect(log).toEqual(['a1 start', 'a1 end', 'b1']);
  });

  it('skips queued jobs of a key once a newer one arrives', async () => {
    const queue = new LatestOnlyQueue();
    const gate = deferred();
    const ran: number[] = [];
    const blocker = queue.run('x', 1, async () => {
      await gate.promise;
      ran.push(1);
    });
    const stale2 = queue.run('x', 2, async () => {
      ran.push(2);
    });
    const stale3 = queue.run('x', 3, async () => {
      ran.push(3);
    });
    const newest = queue.run('x', 4, async () => {
      ran.push(4);
    });
    const other = queue.run('y', 1, async () => {
      ran.push(100);
    });
    gate.resolve();
    expect(await blocker).toEqual({ ran: true, value: undefined });
    expect(await stale2).toEqual({ ran: false });
    expect(await stale3).toEqual({ ran: false });
    expect(await newest).toEqual({ ran: true, value: undefined });
    expect(await other).toEqual({ ran: true, value: undefined });
    expect(ran).toEqual([1, 4, 100]);
  });

  it('refuses a job older than one already seen and keeps going after a failure', async () => {
    const queue = new LatestOnlyQueue();
    await queue.run('k', 5, async () => 5);
    expect(await queue.run('k', 4, async () => 4)).toEqual({ ran: false });
    await expect(
      queue.run('k', 6, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await queue.run('k', 7, async () => 7)).toEqual({ ran: true, value: 7 });
    expect(queue.isStale('k', 6)).toBe(true);
    queue.forget('k');
    expect(await queue.run('k', 1, async () => 1)).toEqual({ ran: true, value: 1 });
  });
});
