// The Firefox build passes `web-ext lint` (Mozilla's addons-linter) with no errors.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/server';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

// Known warnings, each from a dependency and not a real use: Preact's renderer supports
// dangerouslySetInnerHTML (we never use it), and micromark's `document()` tokenizer is not DOM `document.write`.
const EXPECTED_WARNINGS = [/^chunks\/popup-[\w-]+\.js$/, /^analysis-worker\.js$/];

describe('Firefox build', () => {
  it('builds and passes web-ext lint with no errors', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'pipe' });
    const output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(REPO_ROOT, '.output/firefox-mv2'), '--output', 'json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    const unexpected = report.warnings.filter(
      (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && EXPECTED_WARNINGS.some((re) => re.test(w.file ?? ''))),
    );
    expect(unexpected).toEqual([]);
  });
});
