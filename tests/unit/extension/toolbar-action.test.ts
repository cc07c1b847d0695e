// The toolbar wiring on Firefox's MV2 build, which has `browserAction` and no `action`: each tab's button
// shows what its stored state says.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFirefox, type FakeFirefox } from '../support/fake-firefox';

const current = await vi.hoisted(async () => (await import('../support/fake-firefox')).installBrowserStandIn());
const { refreshAllToolbars, refreshToolbar } = await import('../../../src/extension/toolbar-action');

const scored = (score: number) => ({
  tabId: 1,
  url: 'https://stackoverflow.com/questions/ask',
  fieldId: '1:0:f',
  input: { title: '', body: '' },
  updatedAt: 1,
  result: { state: 'scored', score, findings: [], contributions: [], scorer: 'q-test', elapsedMs: 1 },
});

let fake: FakeFirefox;
beforeEach(() => {
  fake = fakeFirefox([
    { id: 1, url: 'https://stackoverflow.com/questions/ask', active: true },
    { id: 2, url: 'https://example.com/', active: false },
  ]);
  current.fake = fake;
});

describe('toolbar on Firefox (browserAction)', () => {
  it('shows a tab’s score, and nothing on a tab with nothing analysed', async () => {
    await fake.storage.session.set({
      'tabUrl:1': 'https://stackoverflow.com/questions/ask',
      'tabAnalysis:1': scored(0.72),
    });
    await refreshAllToolbars();
    expect(fake.badge.get(1)).toEqual({
      text: '72',
      color: '#15803d',
      title: 'ML Editor: this question scores 72 of 100',
    });
    expect(fake.badge.get(2)).toMatchObject({ text: '', title: 'ML Editor' });
  });

  it('says "off" on a tab whose site is switched off', async () => {
    await fake.storage.session.set({ 'tabUrl:2': 'https://example.com/' });
    await fake.storage.local.set({ siteSettings: { defaultEnabled: true, sites: { 'example.com': false } } });
    await refreshToolbar(2);
    expect(fake.badge.get(2)).toMatchObject({ text: 'off', title: 'ML Editor is off on this site' });
  });
});
