// @vitest-environment happy-dom
// The popup as Firefox runs it (the MV2 build's browser API, Firefox's storage change events, tab URLs only
// through activeTab), rendered into a DOM and used like a person: the score, the suggestions and the site switch.
// Firefox's WebDriver BiDi refuses moz-extension:// pages, so the real-Firefox E2E cannot open the popup.
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabAnalysis } from '../../../src/shared/protocol';
import type { AnalysisResult } from '../../../src/shared/question';
import { fakeFirefox, type FakeFirefox } from '../support/fake-firefox';

const current = await vi.hoisted(async () => (await import('../support/fake-firefox')).installBrowserStandIn());

const { App } = await import('../../../src/popup/App');

const ASK = 'https://stackoverflow.com/questions/ask';
const TAB = 7;

function analysis(score: number, over: Partial<AnalysisResult> = {}): TabAnalysis {
  const input = { title: 'python error', body: 'i get an error when i run my script, please help asap' };
  return {
    tabId: TAB,
    url: ASK,
    fieldId: `${TAB}:0:f1`,
    frameId: 0,
    unitId: 'f1',
    input,
    updatedAt: 1,
    result: {
      state: 'scored',
      score,
      findings: [
        {
          id: 'add-error-text',
          span: { field: 'body', start: 2, end: 14 },
          scope: 'span',
          message: 'Quote the exact error message.',
          severity: 'warning',
          source: 'model',
          gain: 0.12,
        },
        {
          id: 'title-too-short',
          span: { field: 'title', start: 0, end: 12 },
          scope: 'field',
          message: 'Say what you are trying to do in the title.',
          severity: 'error',
          source: 'heuristic',
        },
      ],
      contributions: [{ label: 'No code', value: -0.2 }],
      scorer: 'q-test',
      elapsedMs: 3,
      ...over,
    },
  };
}

let fake: FakeFirefox;
let root: HTMLElement;

const q = (testId: string) => root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`);
const toggle = () => q('site-toggle')[0] as HTMLInputElement | undefined;

beforeEach(() => {
  fake = fakeFirefox([
    { id: TAB, url: ASK, active: true },
    { id: 9, url: 'https://example.com/form', active: false },
  ]);
  current.fake = fake;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function openPopup(search = ''): Promise<void> {
  render(h(App, { search }), root);
  await vi.waitFor(() => expect(root.querySelector('main[aria-busy]')).toBeNull());
}

describe('popup on Firefox', () => {
  it('shows the tab’s score and its suggestions, with their quotes', async () => {
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.31) });
    await openPopup();
    await vi.waitFor(() => expect(q('score')).toHaveLength(1));
    const [score] = q('score');
    expect(score.textContent).toBe('31');
    expect(score.dataset.score).toBe('0.310');
    expect(score.className).toBe('score poor');
    const suggestions = [...q('suggestion')].map((li) => [li.dataset.id, li.querySelector('.message')?.textContent]);
    expect(suggestions).toEqual([
      ['add-error-text', 'Quote the exact error message.'],
      ['title-too-short', 'Say what you are trying to do in the title.'],
    ]);
    expect(q('suggestion')[0].querySelector('q')?.textContent).toBe('get an error');
    expect(toggle()?.checked).toBe(true);
    expect(root.querySelector('.site')?.textContent).toContain(
      'On for stackoverflow.com (Stack Exchange: on by default)',
    );
  });

  it('follows the background: a new analysis in session storage shows at once', async () => {
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.31) });
    await openPopup();
    await vi.waitFor(() => expect(q('score')[0]?.textContent).toBe('31'));
    // Firefox reports every key of a set(), the unchanged one too.
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.74), [`tabUrl:${TAB}`]: ASK });
    await vi.waitFor(() => expect(q('score')[0]?.textContent).toBe('74'));
    expect(q('score')[0].className).toBe('score good');
  });

  it('the site switch turns the site off in storage, says so, and turns it back on', async () => {
    await fake.storage.session.set({ [`tabAnalysis:${TAB}`]: analysis(0.31) });
    await openPopup();
    await vi.waitFor(() => expect(toggle()?.checked).toBe(true));
    toggle()!.click();
    await vi.waitFor(() => expect(q('status')[0]?.textContent).toBe('Off on this site.'));
    expect(toggle()?.checked).toBe(false);
    expect(q('score')).toHaveLength(0);
    const stored = (await fake.storage.local.get('siteSettings')).siteSettings as { sites: Record<string, boolean> };
    expect(stored.sites).toEqual({ 'stackoverflow.com': false });

    toggle()!.click();
    await vi.waitFor(() => expect(q('score')[0]?.textContent).toBe('31'));
    expect(
      ((await fake.storage.local.get('siteSettings')).siteSettings as { sites: Record<string, boolean> }).sites,
    ).toEqual({
      'stackoverflow.com': true,
    });
  });

  it('a choice made in another window reaches the open popup', async () => {
    await openPopup();
    await vi.waitFor(() => expect(toggle()?.checked).toBe(true));
    await fake.storage.local.set({ siteSettings: { defaultEnabled: true, sites: { 'stackoverflow.com': false } } });
    await vi.waitFor(() => expect(toggle()?.checked).toBe(false));
  });

  it('a tab whose URL Firefox does not give (no activeTab grant) uses the URL its content script reported', async () => {
    await fake.storage.session.set({ 'tabUrl:9': 'https://example.com/form' });
    await openPopup('?tabId=9');
    await vi.waitFor(() => expect(toggle()).toBeDefined());
    expect(root.querySelector('.site')?.textContent).toContain('On for example.com (your default)');
    expect(q('status')[0]?.textContent).toBe('Start typing in a text field on this page to see a score.');
    toggle()!.click();
    await vi.waitFor(async () =>
      expect(
        ((await fake.storage.local.get('siteSettings')).siteSettings as { sites: Record<string, boolean> }).sites,
      ).toEqual({
        'example.com': false,
      }),
    );
  });
});
