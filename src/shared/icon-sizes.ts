// The extension's icon sizes and which SVG source draws each: read by the manifest, the icon script and tests.

export const ICON_SIZES = [16, 32, 48, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** 16 px has a hinted drawing of its own; larger sizes scale the full one. */
export function iconSourceFor(size: IconSize): string {
  return size === 16 ? 'icon-16.svg' : 'icon.svg';
}

/** `{ "16": "icon/16.png", … }`, as the manifest's `icons` and `action.default_icon` take it. */
export function manifestIcons(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}
