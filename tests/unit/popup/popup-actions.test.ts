// @vitest-environment happy-dom
// Apply and Ignore in the popup, used like a person: the buttons are offered where the page offers them, a click
// becomes one typed message to the content script of the field's frame (the popup edits nothing itself), and
// the popup follows what the page answers: a new score, a suggestion gone, or a plain word when it cannot act.
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findingKey, type Finding } from '../../../src/shared/finding';
import type { HintActionRequest, HintActionResponse, TabAnalysis } from '../../../src/shared/protocol';
import { fakeFirefox, type FakeFirefox } from '../support/fake-firefox';

const current = await vi.hoisted(async () => (await import('../support/fake-firefox')).installBrowserStandIn());

const { App } = await import('../../../src/popup/App');

const ASK = 'https://stackoverflow.com/questions/ask';
const TAB = 7;
const FRAME = 3;
const input = { title: 'python error', body: 'i get an error when i run my script, please help asap' };
const NOISE = input.body.indexOf(', please help asap');

const removeNoise: Finding = {
  id: 'remove-noise',
  span: { field: 'body', start: NOISE, end: input.body.length },
  scope: 'span',
  message: 'Remove the plea for help.',
  severity: 'info',
  source: 'model',
  gain: 0.04,
  fix: { span: { field: 'body', start: NOISE, end: input.body.length }, text: '' },
};
const template: Finding = {
  id: 'add-error-text',
  span: { field: 'body', start: input.body.length, end: input.body.length },
  scope: 'field',
  message: 'Quote the exact error message.',
  severity: 'warning',
  source: 'model',
  gain: 0.12,
  fix: {
    span: { field: 'body', start: input.body.length, end: input.body.length },
    text: '\n\nError:\n\n    paste it here',
    placeholder: [13, 26],
  },
};
const shortTitle: Finding = {
  id: 'title-too-short',
  span: { field: 'title', start: 0, end: 12 },
  scope: 'field',
  message: 'Say what you are trying to do in the title.',
  severity: 'error',
  source: 'heuristic',
};

function analysis(score: number, findings: Finding[], updatedAt = 1): TabAnalysis {
  return {
    tabId: TAB,
    url: ASK,
    fieldId: `${TAB}:${FRAME}:u1`,
    frameId: FRAME,
    unitId: 'u1',
    input,
    updatedAt,
    result: { state: 'scored', score, findings, contributions: [], scorer: 'q-test', elapsedMs: 3 },
  };
}

/** The content script as the test plays it: every message it got, and what it answers. */
function page(answer: (req: HintActionRequest) => HintActionResponse | undefined) {
  const got: { message: HintActionRequest; frameId: number | null }[] = [];
  fake.contentScripts.set(TAB, (message, frameId) => {
    got.push({ message: message as HintActionRequest, frameId });
    return answer(message as HintActionRequest);
  });
  return got;
}

const PLAIN = { title: 'plain', body: 'plain' } as const;

let fake: FakeFirefox;
let root: HTMLElement;

const q = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const item = (id: string) => q('suggestion').find((li) => li.dataset.id === id);
const button = (id: string, action: string) =>
  item(id)?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`) ?? null;
const notice = () => q('action-notice')[0]?.textContent ?? '';

beforeEach(() => {
  fake = fakeFirefox([{ id: TAB, url: ASK, active: true }]);
  current.fake = fake;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function openPopup(stored: TabAnalysis): Promise<void> {
  await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: stored });
  render(h(App, { search: '' }), root);
  await vi.waitFor(() => expect(q('score')).toHaveLength(1));
}

describe('popup suggestions: which buttons', () => {
  it('plain fields: Apply for a concrete edit, Insert template for a template, Ignore on every suggestion', async () => {
    const got = page(() => ({ outcome: 'shown', ignored: [], fields: PLAIN }));
    await openPopup(analysis(0.31, [removeNoise, template, shortTitle]));
    await vi.waitFor(() => expect(button('remove-noise', 'ignore')).not.toBeNull());
    expect(button('remove-noise', 'apply')?.textContent).toBe('Apply');
    expect(button('add-error-text', 'apply')?.textContent).toBe('Insert template');
    expect(button('title-too-short', 'apply')).toBeNull(); // no concrete edit
    expect(button('title-too-short', 'ignore')).not.toBeNull();
    // asked its own frame's content script, about the analysis it shows
    expect(got[0]).toEqual({
      message: { type: 'ml-editor/hint-action', unitId: 'u1', action: 'view', input },
      frameId: FRAME,
    });
    // each button is described by its suggestion
    const described = button('remove-noise', 'apply')!.getAttribute('aria-describedby')!;
    expect(root.querySelector(`#${described}`)?.textContent).toBe(removeNoise.message);
  });

  it('a rich editor takes the replacement but not the template, exactly as the in-page panel', async () => {
    page(() => ({ outcome: 'shown', ignored: [], fields: { title: 'plain', body: 'editor' } }));
    await openPopup(analysis(0.31, [removeNoise, template]));
    await vi.waitFor(() => expect(button('remove-noise', 'apply')).not.toBeNull());
    expect(button('add-error-text', 'apply')).toBeNull();
    expect(button('add-error-text', 'ignore')).not.toBeNull();
  });

  it('no title field on the page: no Apply for an edit of the title', async () => {
    const retitle: Finding = {
      ...shortTitle,
      id: 'title-rewrite',
      source: 'model',
      fix: { span: { field: 'title', start: 0, end: 12 }, text: 'KeyError in python' },
    };
    page(() => ({ outcome: 'shown', ignored: [], fields: { body: 'plain' } }));
    await openPopup(analysis(0.31, [retitle, removeNoise]));
    await vi.waitFor(() => expect(button('remove-noise', 'apply')).not.toBeNull());
    expect(button('title-rewrite', 'apply')).toBeNull();
  });

  it('suggestions ignored in the page, and checks turned off, are not listed', async () => {
    page(() => ({ outcome: 'shown', ignored: [findingKey(removeNoise, input)], fields: PLAIN }));
    await fake.storage.local.set({ siteSettings: { defaultEnabled: true, sites: {}, checksOff: ['title-too-short'] } });
    await openPopup(analysis(0.31, [removeNoise, template, shortTitle]));
    await vi.waitFor(() => expect(item('remove-noise')).toBeUndefined());
    expect(q('suggestion').map((li) => li.dataset.id)).toEqual(['add-error-text']);
  });
});

describe('popup suggestions: the clicks', () => {
  it('Apply sends the suggestion to the page, waits for the new analysis, then shows the new score without it', async () => {
    const got = page((req) => ({ outcome: req.action === 'apply' ? 'applied' : 'shown', ignored: [], fields: PLAIN }));
    await openPopup(analysis(0.31, [removeNoise, shortTitle]));
    await vi.waitFor(() => expect(button('remove-noise', 'apply')).not.toBeNull());
    button('remove-noise', 'apply')!.click();
    await vi.waitFor(() => expect(notice()).toBe('Applied in the page: updating the score…'));
    const apply = got.find((g) => g.message.action === 'apply')!;
    expect(apply).toEqual({
      message: {
        type: 'ml-editor/hint-action',
        unitId: 'u1',
        action: 'apply',
        input,
        key: findingKey(removeNoise, input),
        start: NOISE,
      },
      frameId: FRAME,
    });
    // one click, one message; no second Apply while the new score is awaited
    expect(button('remove-noise', 'apply')!.disabled).toBe(true);
    // the background stores the page's new analysis: the popup follows
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.35, [shortTitle], 2) });
    await vi.waitFor(() => expect(q('score')[0].textContent).toBe('35'));
    expect(item('remove-noise')).toBeUndefined();
    expect(notice()).toBe('Applied in the page: Ctrl+Z there takes it back.');
    expect(got.filter((g) => g.message.action === 'apply')).toHaveLength(1);
  });

  it('Ignore hides the suggestion with the page’s answer; the score stays', async () => {
    const ignored: string[] = [];
    page((req) => {
      if (req.action === 'ignore') ignored.push(req.key!);
      return { outcome: req.action === 'ignore' ? 'ignored' : 'shown', ignored: [...ignored], fields: PLAIN };
    });
    await openPopup(analysis(0.31, [removeNoise, shortTitle]));
    await vi.waitFor(() => expect(button('remove-noise', 'ignore')).not.toBeNull());
    button('remove-noise', 'ignore')!.click();
    await vi.waitFor(() => expect(item('remove-noise')).toBeUndefined());
    expect(ignored).toEqual([findingKey(removeNoise, input)]);
    expect(item('title-too-short')).toBeDefined();
    expect(q('score')[0].textContent).toBe('31');
    expect(notice()).toBe('Ignored for this draft.');
  });

  it('the text changed since the analysis: says so, lists the suggestion still, and does not crash', async () => {
    page((req) => ({ outcome: req.action === 'apply' ? 'changed' : 'shown', ignored: [], fields: PLAIN }));
    await openPopup(analysis(0.31, [removeNoise]));
    await vi.waitFor(() => expect(button('remove-noise', 'apply')).not.toBeNull());
    button('remove-noise', 'apply')!.click();
    await vi.waitFor(() =>
      expect(notice()).toBe('The text changed since this analysis: wait for the new score, then try again.'),
    );
    expect(item('remove-noise')).toBeDefined();
    // the new analysis is the answer to "wait"
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.4, [removeNoise], 2) });
    await vi.waitFor(() => expect(q('score')[0].textContent).toBe('40'));
    expect(notice()).toBe('');
  });

  it('the field is gone: says so and offers no buttons', async () => {
    let gone = false;
    page((req) =>
      gone ? { outcome: 'gone' } : { outcome: req.action === 'view' ? 'shown' : 'applied', ignored: [], fields: PLAIN },
    );
    await openPopup(analysis(0.31, [removeNoise]));
    await vi.waitFor(() => expect(button('remove-noise', 'apply')).not.toBeNull());
    gone = true;
    button('remove-noise', 'apply')!.click();
    await vi.waitFor(() => expect(notice()).toBe('That field is no longer on the page.'));
    expect(button('remove-noise', 'apply')).toBeNull();
    expect(button('remove-noise', 'ignore')).toBeNull();
    expect(item('remove-noise')).toBeDefined();
  });

  it('no content script answers (page reloaded or closed): the suggestions without buttons, and why', async () => {
    await openPopup(analysis(0.31, [removeNoise]));
    await vi.waitFor(() =>
      expect(notice()).toBe('The page did not answer: reload it to act on suggestions from here.'),
    );
    expect(item('remove-noise')).toBeDefined();
    expect(root.querySelectorAll('[data-testid="suggestion"] button')).toHaveLength(0);
  });

  it('an analysis stored by an older version (no frame or field id) is shown without buttons and asks nobody', async () => {
    const got = page(() => ({ outcome: 'shown', ignored: [], fields: PLAIN }));
    const { frameId: _f, unitId: _u, ...old } = analysis(0.31, [removeNoise]);
    await openPopup(old as TabAnalysis);
    await vi.waitFor(() => expect(notice()).not.toBe(''));
    expect(got).toEqual([]);
    expect(root.querySelectorAll('[data-testid="suggestion"] button')).toHaveLength(0);
  });
});
