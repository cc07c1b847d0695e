import { describe, expect, it } from 'vitest';
import {
  decideSite,
  DEFAULT_SITE_SETTINGS,
  isSiteEnabled,
  siteKey,
  withSiteChoice,
  type SiteSettings,
} from '../../src/shared/site-policy';

const off: SiteSettings = { defaultEnabled: false, sites: {}, checksOff: [] };

describe('decideSite', () => {
  it.each([
    // url, settings, enabled, because
    ['https://stackoverflow.com/questions/ask', DEFAULT_SITE_SETTINGS, true, 'stack-exchange'],
    ['https://stackoverflow.com/questions/ask', off, true, 'stack-exchange'],
    ['https://meta.stackoverflow.com/', off, true, 'stack-exchange'],
    ['https://superuser.com/questions/ask', off, true, 'stack-exchange'],
    ['https://serverfault.com/', off, true, 'stack-exchange'],
    ['https://askubuntu.com/', off, true, 'stack-exchange'],
    ['https://mathoverflow.net/', off, true, 'stack-exchange'],
    ['https://cooking.stackexchange.com/questions/ask', off, true, 'stack-exchange'],
    ['https://notstackoverflow.com/', off, false, 'default'],
    ['https://stackoverflow.com.evil.example/', off, false, 'default'],
    ['https://example.com/', DEFAULT_SITE_SETTINGS, true, 'default'],
    ['https://example.com/', off, false, 'default'],
    ['https://example.com/', { defaultEnabled: true, sites: { 'example.com': false } }, false, 'user'],
    ['https://docs.example.com/a', { defaultEnabled: true, sites: { 'example.com': false } }, false, 'user'],
    [
      'https://docs.example.com/a',
      { defaultEnabled: true, sites: { 'example.com': false, 'docs.example.com': true } },
      true,
      'user',
    ],
    ['https://www.example.com/', { defaultEnabled: true, sites: { 'example.com': false } }, false, 'user'],
    ['https://stackoverflow.com/', { defaultEnabled: true, sites: { 'stackoverflow.com': false } }, false, 'user'],
    ['https://meta.stackoverflow.com/', { defaultEnabled: true, sites: { 'stackoverflow.com': false } }, false, 'user'],
    ['http://127.0.0.1:8080/page', { defaultEnabled: true, sites: { '127.0.0.1': false } }, false, 'user'],
    ['http://127.0.0.1:8080/page', { defaultEnabled: true, sites: { '0.0.1': false } }, true, 'default'],
    ['chrome://extensions', DEFAULT_SITE_SETTINGS, false, 'unsupported'],
    ['file:///tmp/a.html', DEFAULT_SITE_SETTINGS, false, 'unsupported'],
    ['not a url', DEFAULT_SITE_SETTINGS, false, 'unsupported'],
  ] as const)('%s → %s', (url, settings, enabled, because) => {
    expect(decideSite(url, settings)).toEqual({ enabled, because });
    expect(isSiteEnabled(url, settings)).toBe(enabled);
  });
});

describe('siteKey', () => {
  it.each([
    ['https://WWW.Example.COM./x', 'example.com'],
    ['http://localhost:3000/', 'localhost'],
    ['https://a.b.example.org', 'a.b.example.org'],
    ['about:blank', null],
  ])('%s → %s', (url, key) => expect(siteKey(url)).toBe(key));
});

describe('withSiteChoice', () => {
  it('stores the choice under the host and drops its subdomains’ choices', () => {
    const before: SiteSettings = {
      defaultEnabled: true,
      sites: { 'a.example.com': true, 'other.org': false },
      checksOff: ['noise'],
    };
    const after = withSiteChoice(before, 'https://example.com/page', false);
    expect(after.sites).toEqual({ 'example.com': false, 'other.org': false });
    expect(isSiteEnabled('https://a.example.com/', after)).toBe(false);
    expect(before.sites['a.example.com']).toBe(true);
  });
  it('ignores unsupported URLs', () => {
    expect(withSiteChoice(DEFAULT_SITE_SETTINGS, 'chrome://newtab', false)).toBe(DEFAULT_SITE_SETTINGS);
  });
});
