// What the shipped host adds to the Classifier contract, over a real worker thread: stale texts of a field are
// skipped, and a worker thrown away mid-call fails that call (never hangs it) while the next call gets a fresh one.
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerHost } from '../../../src/extension/worker-host';
import { nodeHostedWorker } from '../support/node-hosted-worker';

const question = (n: number) => ({
  title: `Why does my parser reject key number ${n}?`,
  body: `I load a settings file and the parser rejects key ${n} when its name contains a dot. I tried quoting it. What should I change?`,
});

describe('WorkerHost', () => {
  const host = new WorkerHost(nodeHostedWorker);
  afterAll(() => host.dispose());

  it("answers a field's first and latest texts and skips the ones in between", async () => {
    const responses = await Promise.all([1, 2, 3].map((seq) => host.analyseLatest('field', seq, question(seq))));
    expect(responses.map((r) => (r.ok ? 'answered' : r.stale ? 'stale' : r.error))).toEqual([
      'answered',
      'stale',
      'answered',
    ]);
    const latest = responses[2];
    expect(latest.ok && latest.result).toEqual({ ...(await host.analyse(question(3))), elapsedMs: expect.any(Number) });
  });

  it('fails the call in flight when its worker is thrown away, and answers the next from a fresh worker', async () => {
    const inFlight = host.analyse(question(4));
    const inFlightLatest = host.analyseLatest('other field', 1, question(5));
    host.restart('thrown away by the test');
    await expect(inFlight).rejects.toThrow('thrown away by the test');
    expect(await inFlightLatest).toEqual({ ok: false, seq: 1, stale: false, error: 'thrown away by the test' });
    expect(host.restarts).toBe(1);
    expect((await host.analyse(question(4))).state).toBe('scored');
  });
});
