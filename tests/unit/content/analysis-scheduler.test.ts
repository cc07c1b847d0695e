import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisScheduler, DEBOUNCE_MS, RETRY_MS, type UnitState } from '../../../src/content/analysis-scheduler';
import type { AnalyseRequest, AnalyseResponse } from '../../../src/shared/protocol';
import type { AnalysisResult, QuestionInput } from '../../../src/shared/question';

const scored = (score: number): AnalysisResult => ({
  state: 'scored',
  score,
  findings: [],
  contributions: [],
  scorer: 't',
  elapsedMs: 1,
});

interface Pending {
  req: AnalyseRequest;
  resolve(r: AnalyseResponse): void;
  reject(e: Error): void;
}

function setup(initial: QuestionInput & { unread?: string } = { title: '', body: 'hello' }) {
  let input = initial;
  const sent: Pending[] = [];
  const states: { state: UnitState; seq: number }[] = [];
  const s = new AnalysisScheduler({
    fieldId: 'f1',
    capture: vi.fn(() => input),
    send: (req) => new Promise((resolve, reject) => sent.push({ req, resolve, reject })),
    onState: (state, seq) => states.push({ state, seq }),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { s, sent, states, setInput: (next: QuestionInput & { unread?: string }) => (input = next) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AnalysisScheduler', () => {
  it('debounces a burst of edits into one request with increasing seq', async () => {
    const { s, sent, setInput } = setup();
    for (let i = 0; i < 10; i++) {
      setInput({ title: '', body: `text ${i}` });
      s.markDirty();
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 50);
    }
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(sent).toHaveLength(1);
    expect(sent[0].req).toMatchObject({ type: 'ml-editor/analyse', fieldId: 'f1', seq: 1, input: { body: 'text 9' } });
    setInput({ title: '', body: 'text 10' });
    s.markDirty();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(sent[1].req.seq).toBe(2);
  });

  it('does not capture the field in the input handler', () => {
    const capture = vi.fn(() => ({ title: '', body: 'x' }));
    const s = new AnalysisScheduler({
      fieldId: 'f',
      capture,
      send: async () => ({ ok: false, seq: 0, stale: true }),
      onState: () => {},
      setTimeout,
      clearTimeout: (h) => clearTimeout(h as never),
    });
    for (let i = 0; i < 100; i++) s.markDirty();
    expect(capture).not.toHaveBeenCalled();
  });

  it('drops an answer for an older seq and shows the newer one', async () => {
    const { s, sent, states, setInput } = setup();
    s.flush();
    setInput({ title: '', body: 'changed' });
    s.flush();
    sent[1].resolve({ ok: true, seq: 2, result: scored(0.8) });
    await vi.advanceTimersByTimeAsync(0);
    sent[0].resolve({ ok: true, seq: 1, result: scored(0.1) });
    await vi.advanceTimersByTimeAsync(0);
    const last = states.at(-1)!;
    expect(last.seq).toBe(2);
    expect(last.state.state).toBe('scored');
    expect(states.filter((x) => x.state.state === 'scored')).toHaveLength(1);
  });

  it('ignores a stale answer from the background', async () => {
    const { s, sent, states } = setup();
    s.flush();
    sent[0].resolve({ ok: false, seq: 1, stale: true });
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(states.map((x) => x.state.state)).toEqual(['analysing']);
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['a rejected message (worker restarting)', (p: Pending) => p.reject(new Error('Receiving end does not exist.'))],
    ['an error answer', (p: Pending) => p.resolve({ ok: false, seq: p.req.seq, stale: false, error: 'boom' })],
  ])('retries once after %s, then succeeds', async (_n, fail) => {
    const { s, sent, states } = setup();
    s.flush();
    fail(sent[0]);
    await vi.advanceTimersByTimeAsync(RETRY_MS - 10);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent).toHaveLength(2);
    expect(sent[1].req.seq).toBe(1);
    sent[1].resolve({ ok: true, seq: 1, result: scored(0.5) });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)!.state.state).toBe('scored');
  });

  it('reports an error after the retry fails too', async () => {
    const { s, sent, states } = setup();
    s.flush();
    sent[0].reject(new Error('gone'));
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    sent[1].reject(new Error('still gone'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)!.state).toEqual({ state: 'error', reason: 'still gone' });
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(sent).toHaveLength(2);
  });

  it('does not retry an old request once a newer edit was sent', async () => {
    const { s, sent, setInput } = setup();
    s.flush();
    setInput({ title: '', body: 'newer' });
    s.flush();
    sent[0].reject(new Error('gone'));
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(sent.map((p) => p.req.seq)).toEqual([1, 2]);
  });

  it.each([
    [{ title: '', body: 'x'.repeat(200_001) }, true],
    [{ title: 't'.repeat(100_000), body: 'x'.repeat(100_001) }, true],
    [{ title: '', body: 'x'.repeat(200_000) }, false],
  ])('texts over 200,000 characters are not sent (%#)', (input, tooLong) => {
    const { s, sent, states } = setup(input);
    s.flush();
    expect(sent.length).toBe(tooLong ? 0 : 1);
    expect(states[0].state.state).toBe(tooLong ? 'not-scorable' : 'analysing');
    if (tooLong) expect((states[0].state as { reason: string }).reason).toMatch(/too long/);
  });

  it('does not resend unchanged text unless forced, and is silent after dispose', async () => {
    const { s, sent, states } = setup();
    s.flush();
    s.flush();
    expect(sent).toHaveLength(1);
    s.flush(true);
    expect(sent).toHaveLength(2);
    s.dispose();
    sent[1].resolve({ ok: true, seq: 2, result: scored(0.9) });
    await vi.advanceTimersByTimeAsync(0);
    s.markDirty();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(2);
    expect(states.every((x) => x.state.state === 'analysing')).toBe(true);
  });

  it('sends nothing and gives no score when only part of the text could be read; the whole text is sent again once it can', async () => {
    const { s, sent, states, setInput } = setup({
      title: '',
      body: 'lines 40-70',
      unread: 'Only part of the text could be read.',
    });
    s.flush();
    expect(sent).toHaveLength(0);
    expect(states.at(-1)?.state).toEqual({ state: 'not-scorable', reason: 'Only part of the text could be read.' });
    setInput({ title: '', body: 'the whole text' });
    s.markDirty();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(sent.map((p) => p.req.input)).toEqual([{ title: '', body: 'the whole text' }]);
  });
});
