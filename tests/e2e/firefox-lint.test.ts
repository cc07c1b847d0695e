// The Firefox package (`wxt zip -b firefox`, as `npm run build:firefox` makes it) passes `web-ext lint`
// (Mozilla's addons-linter, AMO's own check) with no errors and nothing at all about the manifest, and its
// manifest has the toolbar icon and only the permissions the README justifies.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/server';
import { permissionTable, pngSize, tableNames } from './harness/store';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

// Known warnings, each from a dependency and not a real use: Preact's renderer supports
// dangerouslySetInnerHTML (we never use it), and micromark's `document()` tokenizer is not DOM `document.write`.
const EXPECTED_WARNINGS = [/^chunks\/popup-[\w-]+\.js$/, /^analysis-worker\.js$/];
const DIR = join(REPO_ROOT, '.output/firefox-mv2');

interface Manifest {
  icons: Record<string, string>;
  browser_action: { default_icon: Record<string, string> };
  permissions: string[];
}

describe('Firefox build', () => {
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  let manifest: Manifest;

  beforeAll(() => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'pipe' });
    const output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--output', 'json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    report = JSON.parse(output.slice(output.indexOf('{'))) as typeof report;
    manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('passes web-ext lint with no errors and no unexpected warnings', () => {
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter(
      (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && EXPECTED_WARNINGS.some((re) => re.test(w.file ?? ''))),
    );
    expect(unexpected).toEqual([]);
  });

  it('has nothing to say about the manifest: no error, warning or notice', () => {
    const aboutManifest = [...report.errors, ...report.warnings, ...report.notices].filter(
      (m) => m.file === 'manifest.json',
    );
    expect(aboutManifest).toEqual([]);
  });

  it('names its icons for the add-on and the toolbar button (browser_action in MV2), each at its size', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    expect(manifest.browser_action.default_icon).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(manifest.icons)) {
      expect(pngSize(readFileSync(join(DIR, path)))).toEqual([Number(size), Number(size)]);
    }
  });

  it('asks only for the permissions the README justifies', () => {
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'storage']);
    const table = permissionTable('README.md');
    for (const permission of manifest.permissions) expect(tableNames(table, permission), permission).toBe(true);
  });
});
