// Bundles the real @stackoverflow/stacks-editor (ESM build, with highlight.js) into one browser script
// exposing `window.stacksEditor = { StacksEditor, EditorType }`. esbuild comes with tsx (a devDependency).
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, TMP_DIR } from './server';

export const STACKS_BUNDLE = join(TMP_DIR, 'stacks-editor.bundle.js');

/** Rebuilt on every run (about a second) so it always matches node_modules. */
export async function buildStacksBundle(): Promise<string> {
  await mkdir(TMP_DIR, { recursive: true });
  await build({
    stdin: {
      contents: "export { StacksEditor, EditorType } from '@stackoverflow/stacks-editor';",
      resolveDir: REPO_ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: 'stacksEditor',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    outfile: STACKS_BUNDLE,
    logLevel: 'error',
  });
  return STACKS_BUNDLE;
}
