// @vitest-environment happy-dom
// The content script's own small context (wxt.config.ts builds it in place of WXT's ContentScriptContext): it
// goes invalid when a newer copy of the script starts or the extension's runtime is gone, and it speaks WXT's
// protocol, so a copy built with WXT's class and one built with this one stop each other across an update.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFirefox } from '../support/fake-firefox';

const current = await vi.hoisted(async () => (await import('../support/fake-firefox')).installBrowserStandIn());
vi.stubEnv('ENTRYPOINT', 'content'); // WXT names its event after the entrypoint, as its build does
const { ContentScriptContext } = await import('../../../src/content/script-context');
const wxt = await import('wxt/utils/content-script-context');

beforeEach(() => {
  current.fake = fakeFirefox([]);
});

describe('ContentScriptContext (ours)', () => {
  it('stays valid on its own, and goes invalid when a newer copy starts', () => {
    const old = new ContentScriptContext('content');
    const onInvalid = vi.fn();
    old.onInvalidated(onInvalid);
    expect(old.isInvalid).toBe(false);
    const newer = new ContentScriptContext('content');
    expect(old.isInvalid).toBe(true);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
  });

  it('another content script’s start is not ours', () => {
    const ctx = new ContentScriptContext('content');
    new ContentScriptContext('other');
    expect(ctx.isInvalid).toBe(false);
  });

  it('goes invalid once the extension is reloaded or removed (no runtime id), and its interval stops', () => {
    vi.useFakeTimers();
    try {
      const ctx = new ContentScriptContext('content');
      const tick = vi.fn();
      ctx.setInterval(tick, 1_000);
      vi.advanceTimersByTime(2_000);
      expect(tick).toHaveBeenCalledTimes(2);
      current.fake = { ...fakeFirefox([]), runtime: undefined } as never;
      vi.advanceTimersByTime(3_000);
      expect(tick).toHaveBeenCalledTimes(2);
      expect(ctx.isInvalid).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks WXT’s protocol: a copy with WXT’s class and one with ours stop each other', () => {
    const withWxt = new wxt.ContentScriptContext('content');
    const ours = new ContentScriptContext('content');
    expect(withWxt.isInvalid).toBe(true);
    expect(ours.isInvalid).toBe(false);
    const wxtAgain = new wxt.ContentScriptContext('content');
    expect(ours.isInvalid).toBe(true);
    expect(wxtAgain.isInvalid).toBe(false);
  });
});
