// The committed icons: each PNG has its size, and is what `npm run icons` renders from the SVG today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, renderIcon } from '../../scripts/render-icons';
import { ICON_SIZES, manifestIcons } from '../../src/shared/icon-sizes';
import { pngSize } from '../e2e/harness/store';

describe('icons', () => {
  it.each(ICON_SIZES)('%i px: the committed PNG is %i px square', (size) => {
    expect(pngSize(readFileSync(join(ICON_DIR, `${size}.png`)))).toEqual([size, size]);
  });

  it.each(ICON_SIZES)(
    '%i px: the committed PNG matches its SVG source (run `npm run icons` after editing one)',
    (size) => {
      expect(readFileSync(join(ICON_DIR, `${size}.png`)).equals(renderIcon(size))).toBe(true);
    },
  );

  it('the manifest names every size', () => {
    expect(manifestIcons()).toEqual({
      '16': 'icon/16.png',
      '32': 'icon/32.png',
      '48': 'icon/48.png',
      '128': 'icon/128.png',
    });
  });
});
