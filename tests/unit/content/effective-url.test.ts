import { describe, expect, it } from 'vitest';
import { effectiveUrl } from '../../../src/content/content-controller';

const win = (href: string, baseURI: string, origin: string) => ({ location: { href }, document: { baseURI }, origin }) as unknown as Window;

describe('effectiveUrl: which site setting a frame follows', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x', 'https://a.example', 'https://a.example/x'],
    ['about:srcdoc', 'https://parent.example/page', 'https://parent.example', 'https://parent.example/page'],
    ['about:blank', 'about:blank', 'https://creator.example', 'https://creator.example/'],
    ['about:blank', 'about:blank', 'null', 'about:blank'],
  ])('%s (base %s, origin %s) → %s', (href, base, origin, expected) => {
    expect(effectiveUrl(win(href, base, origin))).toBe(expected);
  });
});
