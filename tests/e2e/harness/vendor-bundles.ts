// Bundles the real editors from node_modules into one browser script each, for the fixture pages, with esbuild
// (a devDependency, the version tsx uses). Each exposes its exports on `window.<globalName>`. TinyMCE needs no
// bundle: it is served as shipped (tinymce.min.js loads its own theme, model and skin files).
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, TMP_DIR } from './server';

interface VendorBundle {
  /** Served as /vendor/<name>.js */
  name: string;
  globalName: string;
  contents: string;
}

export const VENDOR_BUNDLES: VendorBundle[] = [
  {
    name: 'stacks-editor',
    globalName: 'stacksEditor',
    contents: "export { StacksEditor, EditorType } from '@stackoverflow/stacks-editor';",
  },
  { name: 'quill', globalName: 'quillBundle', contents: "export { default as Quill } from 'quill';" },
  {
    name: 'codemirror',
    globalName: 'codemirror',
    contents: [
      "export { EditorView, keymap } from '@codemirror/view';",
      "export { EditorState } from '@codemirror/state';",
      "export { markdown } from '@codemirror/lang-markdown';",
      "export { history, historyKeymap, defaultKeymap, insertNewline } from '@codemirror/commands';",
    ].join('\n'),
  },
  {
    name: 'ckeditor5',
    globalName: 'ckeditor5',
    contents: "export { ClassicEditor, Essentials, Paragraph, Bold, Italic, CodeBlock } from 'ckeditor5';",
  },
];

export const bundlePath = (name: string): string => join(TMP_DIR, `${name}.bundle.js`);

/** Rebuilt on every run (a few seconds) so they always match node_modules. */
export async function buildVendorBundles(): Promise<void> {
  await mkdir(TMP_DIR, { recursive: true });
  await Promise.all(
    VENDOR_BUNDLES.map((b) =>
      build({
        stdin: { contents: b.contents, resolveDir: REPO_ROOT, loader: 'js' },
        bundle: true,
        format: 'iife',
        globalName: b.globalName,
        platform: 'browser',
        target: 'es2022',
        minify: true,
        outfile: bundlePath(b.name),
        logLevel: 'error',
      }),
    ),
  );
}
