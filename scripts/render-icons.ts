// Renders the toolbar and store icons from their SVG sources: `npm run icons`. The PNGs are committed, so a
// build never needs this; run it after changing public/icon/*.svg. 16 px has its own pixel-aligned drawing.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ICON_SIZES, iconSourceFor, type IconSize } from '../src/shared/icon-sizes';

export const ICON_DIR = fileURLToPath(new URL('../public/icon/', import.meta.url));

/** The PNG for one size, drawn from its SVG source. */
export function renderIcon(size: IconSize): Buffer {
  const svg = readFileSync(join(ICON_DIR, iconSourceFor(size)), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function main(): void {
  for (const size of ICON_SIZES) {
    const png = renderIcon(size);
    writeFileSync(join(ICON_DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
