// The committed icons: each PNG has its size, and is what `npm run icons` renders from the SVG today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, renderIcon } from '../../scripts/render-icons';
import { ICON_SIZES, manifestIcons } from '../../src/shared/icon-sizes';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  it.each(ICON_SIZES)('%i px: the committed PNG is %i px square', (size) => {
    expect(pngSize(readFileSync(join(ICON_DIR, `${size}.png`)))).toEqual([size, size]);
  });

  it.each(ICON_SIZES)('%i px: the committed PNG matches its SVG source (run `npm run icons` after editing one)', (size) => {
    expect(readFileSync(join(ICON_DIR, `${size}.png`)).equals(renderIcon(size))).toBe(true);
  });

  it('the manifest names every size', () => {
    expect(manifestIcons()).toEqual({ '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png', '128': 'icon/128.png' });
  });
});
