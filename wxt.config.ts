import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseSnapshot } from './scripts/build/compromise-snapshot';
import { manifestIcons } from './src/shared/icon-sizes';
import { TOOLBAR_NAME } from './src/extension/toolbar-badge';

const fromRoot = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));

/** The shipped model's files (models/current.json names the version), copied into the package. */
function shippedModelFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const { version } = JSON.parse(readFileSync(fromRoot('models/current.json'), 'utf8')) as { version: string };
  const config = JSON.parse(readFileSync(fromRoot(`models/${version}/config.json`), 'utf8')) as {
    files: { model: string; closeReasons?: string };
  };
  // Each tfjs model file (the scorer, and the close-reason head when there is one) with the weights its manifest names.
  const withWeights = (file: string) => {
    const json = JSON.parse(readFileSync(fromRoot(`models/${version}/${file}`), 'utf8')) as {
      weightsManifest: { paths: string[] }[];
    };
    return [file, ...json.weightsManifest.flatMap((group) => group.paths.map((p) => p.replace(/^\.\//, '')))];
  };
  const files = [
    'config.json',
    ...withWeights(config.files.model),
    ...(config.files.closeReasons ? withWeights(config.files.closeReasons) : []),
  ];
  // models/current.json itself is bundled into the worker (src/worker/packaged-model.ts).
  return [
    ...files.map((file) => ({
      absoluteSrc: fromRoot(`models/${version}/${file}`),
      relativeDest: `models/${version}/${file}`,
    })),
  ];
}

// Build-only configuration: what the extension is and what it may do.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modulesDir: 'wxt-modules',
  alias: {
    // Its `browser` build decodes entities through document.createElement, which a worker lacks.
    'decode-named-character-reference': fromRoot('node_modules/decode-named-character-reference/index.js'),
  },
  vite: () => ({
    // compromise's lexicon, expanded once here rather than in every new worker (see the plugin's file).
    plugins: [preact(), compromiseSnapshot(fromRoot('.'))],
    // The content script's context: only what it uses of WXT's (see the file; 2.4 KB less on every page).
    resolve: { alias: { 'wxt/utils/content-script-context': fromRoot('src/content/script-context.ts') } },
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'ML Editor',
    description: 'Local writing suggestions for questions. Your text never leaves your device.',
    // public/icon/*.png, rendered from the SVGs beside them by `npm run icons`.
    icons: manifestIcons(),
    // MV2 (the Firefox build) names the toolbar button browser_action; WXT would drop default_icon converting `action`.
    ...(manifestVersion === 2
      ? { browser_action: { default_icon: manifestIcons(), default_title: TOOLBAR_NAME } }
      : { action: { default_icon: manifestIcons(), default_title: TOOLBAR_NAME } }),
    // storage: settings and the latest analysis per tab; offscreen: the worker's home on Chrome;
    // activeTab: the popup learns which site it was opened on, so its switch works before you type.
    permissions: browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'activeTab', 'offscreen'],
    web_accessible_resources: [],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'ml-editor@example.org',
              strict_min_version: '142.0',
              // Nothing is collected or transmitted: the text never leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...shippedModelFiles());
    },
  },
  zip: { name: 'ml-editor' },
});
