// The in-page UI's colours meet WCAG AA in both themes: 4.5:1 for text, 3:1 for underlines and the focus ring.
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, THEME_CSS, type Theme } from '../../../src/content/theme';
import { BAND_COLOUR } from '../../../src/shared/score-bands';

const byName = (vars: string) => Object.fromEntries(vars.split(';').map((d) => d.slice(2).split(':')));
const PALETTE: Record<Theme, Record<string, string>> = { light: byName(LIGHT), dark: byName(DARK) };

// The text/background pairs the stylesheet puts together (src/content/hints-root.ts): 4.5:1.
const TEXT_PAIRS: [fg: string, bg: string][] = [
  ['fg', 'bg'],
  ['mu', 'bg'],
  ['ga', 'bg'],
  ['ri', 'bg'],
  ['no', 'bg'],
  ['bf', 'bb'],
  ['af', 'ab'],
  ['tf', 'tb'],
  ['gf', 'gb'],
];
// Non-text marks (underlines, focus ring) on the background: 3:1.
const MARK_PAIRS: [fg: string, bg: string][] = [
  ['he', 'bg'],
  ['mo', 'bg'],
  ['ring', 'bg'],
];

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  [a, b] = [a, b].map((c) => (c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c));
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe.each(['light', 'dark'] as Theme[])('%s theme', (theme) => {
  const p = PALETTE[theme];
  it.each(TEXT_PAIRS)('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(contrast(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(MARK_PAIRS)('mark %s on %s ≥ 3:1', (fg, bg) => {
    expect(contrast(p[fg], p[bg])).toBeGreaterThanOrEqual(3);
  });
  it('every colour is in the stylesheet', () => {
    for (const v of Object.values(p)) expect(THEME_CSS).toContain(v);
  });
});

describe('score badges', () => {
  it.each(Object.entries(BAND_COLOUR))('white on the %s band colour ≥ 4.5:1', (_band, colour) => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });
});
