// docs/store: the permission justifications are the README's table, word for word; five 1280×800 screenshots;
// a short description the stores accept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/harness/server';
import { permissionTable, pngSize, shortDescription } from '../e2e/harness/store';

describe('store listing', () => {
  it('justifies the same permissions, in the same words, as the README', () => {
    const readme = permissionTable('README.md');
    expect(readme.length).toBeGreaterThanOrEqual(4);
    expect(permissionTable('docs/store/permissions.md')).toEqual(readme);
  });

  it('has five screenshots, each 1280×800', () => {
    const shots = readdirSync(join(REPO_ROOT, 'docs/store')).filter((f) => f.endsWith('.png'));
    expect(shots).toHaveLength(5);
    for (const shot of shots)
      expect([shot, pngSize(readFileSync(join(REPO_ROOT, 'docs/store', shot)))]).toEqual([shot, [1280, 800]]);
  });

  it('has a short description within the Chrome Web Store’s 132 characters', () => {
    expect(shortDescription().length).toBeGreaterThan(20);
    expect(shortDescription().length).toBeLessThanOrEqual(132);
  });
});
