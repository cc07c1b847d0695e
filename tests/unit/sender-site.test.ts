import { describe, expect, it } from 'vitest';
import { senderSiteUrl, type FrameSender } from '../../src/extension/sender-site';
import { DEFAULT_SITE_SETTINGS, isSiteEnabled } from '../../src/shared/site-policy';

describe('senderSiteUrl: the site a frame belongs to, from what the browser says of the sender', () => {
  it.each<[string, FrameSender, string | null]>([
    [
      'a page',
      { url: 'https://a.example/ask', origin: 'https://a.example', tab: { url: 'https://a.example/ask' } },
      'https://a.example/ask',
    ],
    [
      "TinyMCE's about:srcdoc body",
      { url: 'about:srcdoc', origin: 'https://a.example', tab: { url: 'https://a.example/ask' } },
      'https://a.example/',
    ],
    [
      'an about:blank frame made by an embedded site',
      { url: 'about:blank', origin: 'https://embedded.example', tab: { url: 'https://top.example/' } },
      'https://embedded.example/',
    ],
    [
      'a sandboxed srcdoc (opaque origin)',
      { url: 'about:srcdoc', origin: 'null', tab: { url: 'https://a.example/' } },
      null,
    ],
    [
      'about:blank without an origin (Firefox): the tab',
      { url: 'about:blank', tab: { url: 'https://a.example/x' } },
      'https://a.example/x',
    ],
    ['about:blank without an origin or a tab URL', { url: 'about:blank' }, null],
    ['a data: frame', { url: 'data:text/html,<textarea>', origin: 'null' }, null],
    ['about: pages other than blank and srcdoc', { url: 'about:settings', origin: 'https://a.example' }, null],
    ['a look-alike of about:blank', { url: 'about:blankety', origin: 'https://a.example' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(senderSiteUrl(sender)).toBe(expected);
  });

  it('a frame of a site turned off is off, whichever way it was made', () => {
    const settings = { ...DEFAULT_SITE_SETTINGS, sites: { 'a.example': false } };
    for (const url of ['https://a.example/ask', 'about:srcdoc', 'about:blank']) {
      const site = senderSiteUrl({ url, origin: 'https://a.example' });
      expect(site !== null && isSiteEnabled(site, settings)).toBe(false);
      expect(site !== null && isSiteEnabled(site, DEFAULT_SITE_SETTINGS)).toBe(true);
    }
  });
});
