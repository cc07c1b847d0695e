// Light and dark colours of the in-page UI (badge, panel, tooltip, underlines), chosen to meet WCAG AA
// (tests/unit/content/theme.test.ts checks every text/background pair), and which one a page gets.
export type Theme = 'light' | 'dark';

/** CSS custom properties per theme, as written into the stylesheet: fg/bg text pairs, underline colours, focus ring. */
export const LIGHT =
  '--bg:#fff;--fg:#111827;--mu:#4b5563;--li:#d1d5db;--ga:#6d28d9;--ri:#b91c1c;--no:#92400e;--bb:#fff;--bf:#111827;--ab:#1d4ed8;--af:#fff;--tb:#1f2937;--tf:#fff;--gb:#4b5563;--gf:#fff;--he:#b45309;--mo:#6d28d9;--ring:#1d4ed8';
export const DARK =
  '--bg:#1f2937;--fg:#f9fafb;--mu:#d1d5db;--li:#4b5563;--ga:#c4b5fd;--ri:#fca5a5;--no:#fcd34d;--bb:#374151;--bf:#f9fafb;--ab:#2563eb;--af:#fff;--tb:#f9fafb;--tf:#111827;--gb:#4b5563;--gf:#fff;--he:#fbbf24;--mo:#c4b5fd;--ring:#93c5fd';

export const THEME_CSS = `:host{${LIGHT}}:host([data-theme=dark]){${DARK}}`;

/**
 * The page's colour scheme: an opaque page background decides (dark when its luminance is low); else the page's
 * declared `color-scheme` when it allows only one; else the OS preference.
 */
export function pageTheme(win: Window): Theme {
  const doc = win.document;
  for (const el of [doc.body, doc.documentElement]) {
    const m = el && /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?/.exec(win.getComputedStyle(el).backgroundColor);
    // alpha above one half counts as opaque (NaN, no alpha, is opaque too)
    if (m && !(Number(m[4]) <= 0.5)) return 0.2126 * +m[1] + 0.7152 * +m[2] + 0.0722 * +m[3] < 100 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme;
  if (scheme === 'dark' || scheme === 'light') return scheme;
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
