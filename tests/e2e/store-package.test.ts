// The Chrome Web Store package (`npm run build`'s zip): a manifest the store takes, with the listing's short
// description, every icon at its size, only the permissions the README justifies, and every file it names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/server';
import { permissionTable, pngSize, shortDescription, tableNames } from './harness/store';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const ZIP = join(REPO_ROOT, `.output/ml-editor-${version}-chrome.zip`);

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_popup: string; default_title: string };
  permissions: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  background: { service_worker: string };
  content_scripts: { matches: string[]; js: string[] }[];
}

describe('Chrome Web Store package', () => {
  const files = existsSync(ZIP) ? unzipSync(readFileSync(ZIP)) : null;
  const manifest = files ? (JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as Manifest) : null;

  it('exists (npm run test:e2e builds it with `npm run build`)', () => {
    expect(files, `no ${ZIP}`).not.toBeNull();
  });

  it('is MV3 with the listing’s name and short description (at most 132 characters)', () => {
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: 'ML Editor',
      description: shortDescription(),
      version,
    });
    expect(manifest!.description.length).toBeLessThanOrEqual(132);
  });

  it('has its icons at 16, 32, 48 and 128 px, for the extension and the toolbar button', () => {
    expect(Object.keys(manifest!.icons).sort()).toEqual(['128', '16', '32', '48']);
    expect(manifest!.action.default_icon).toEqual(manifest!.icons);
    for (const [size, path] of Object.entries(manifest!.icons)) {
      expect(files![path], path).toBeDefined();
      expect(pngSize(files![path])).toEqual([Number(size), Number(size)]);
    }
  });

  it('asks only for the permissions the README justifies, and no host permissions', () => {
    const table = permissionTable('README.md');
    expect(manifest!.permissions.sort()).toEqual(['activeTab', 'offscreen', 'storage']);
    for (const permission of manifest!.permissions) expect(tableNames(table, permission), permission).toBe(true);
    expect(manifest!.host_permissions ?? []).toEqual([]);
    expect(manifest!.optional_permissions ?? []).toEqual([]);
    const matches = [...new Set(manifest!.content_scripts.flatMap((c) => c.matches))];
    for (const match of matches) expect(tableNames(table, match), match).toBe(true);
  });

  it('holds every file the manifest names', () => {
    const named = [
      manifest!.background.service_worker,
      manifest!.action.default_popup,
      ...manifest!.content_scripts.flatMap((c) => c.js),
      ...Object.values(manifest!.icons),
    ];
    for (const path of named) expect(files![path], path).toBeDefined();
  });
});
