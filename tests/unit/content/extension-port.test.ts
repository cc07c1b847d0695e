// The content script's door for the popup's Apply / Ignore: it answers only the extension's own pages, and only
// well-formed actions (a page cannot message a content script, but the check does not rely on that).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HintActionResponse } from '../../../src/shared/protocol';
import { fakeFirefox } from '../support/fake-firefox';

const current = await vi.hoisted(async () => (await import('../support/fake-firefox')).installBrowserStandIn());
const { extensionPort } = await import('../../../src/content/extension-port');

const POPUP = { id: 'ml-editor@example.org', url: 'moz-extension://fake-uuid/popup.html' };
const VIEW = { type: 'ml-editor/hint-action', unitId: 'u1', action: 'view', input: { title: '', body: 'text' } };
const ANSWER: HintActionResponse = { outcome: 'shown', ignored: [], fields: { body: 'plain' } };

/** Delivers one message as the browser would; what the listener answered, or undefined. */
function deliver(message: unknown, sender: object): unknown {
  let answer: unknown;
  current.fake.runtime.onMessage.fire(message, sender, (a: unknown) => (answer = a));
  return answer;
}

beforeEach(() => {
  current.fake = fakeFirefox([]);
});

describe('extensionPort.onHintAction', () => {
  it('answers the popup', () => {
    const handle = vi.fn(() => ANSWER);
    extensionPort.onHintAction(handle);
    expect(deliver(VIEW, POPUP)).toEqual(ANSWER);
    expect(handle).toHaveBeenCalledWith(VIEW);
  });

  it.each([
    ['another extension', { id: 'other@example.org', url: 'moz-extension://other/popup.html' }],
    ['a web page frame', { id: POPUP.id, url: 'https://stackoverflow.com/questions/ask' }],
    ['no URL', { id: POPUP.id }],
    ['a look-alike URL', { id: POPUP.id, url: 'https://evil.example/moz-extension://fake-uuid/' }],
  ])('ignores %s', (_name, sender) => {
    const handle = vi.fn(() => ANSWER);
    extensionPort.onHintAction(handle);
    expect(deliver(VIEW, sender)).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });

  it('ignores other messages and malformed actions', () => {
    const handle = vi.fn(() => ANSWER);
    extensionPort.onHintAction(handle);
    expect(deliver({ type: 'ml-editor/analyse', fieldId: 'f', seq: 1, input: VIEW.input }, POPUP)).toBeUndefined();
    expect(deliver({ ...VIEW, action: 'apply' }, POPUP)).toBeUndefined(); // no key or start
    expect(handle).not.toHaveBeenCalled();
  });

  it('stops answering once removed (the extension was reloaded)', () => {
    const handle = vi.fn(() => ANSWER);
    const remove = extensionPort.onHintAction(handle);
    remove();
    expect(deliver(VIEW, POPUP)).toBeUndefined();
    expect(current.fake.runtime.onMessage.listeners.size).toBe(0);
  });
});
