import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Build-only configuration: what the extension is and what it may do.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modulesDir: 'wxt-modules',
  alias: {
    // Its `browser` build decodes entities through document.createElement, which a worker lacks.
    'decode-named-character-reference': fileURLToPath(
      new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
    ),
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: 'ML Editor',
    description: 'Local writing suggestions for questions. Your text never leaves your device.',
    // storage: settings and the latest analysis per tab; offscreen: the worker's home on Chrome;
    // activeTab: the popup learns which site it was opened on, so its switch works before you type.
    permissions: browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'activeTab', 'offscreen'],
    web_accessible_resources: [],
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'ml-editor@example.org', strict_min_version: '115.0' } } : undefined,
  }),
  zip: { name: 'ml-editor' },
});
