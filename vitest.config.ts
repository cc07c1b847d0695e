import { defineConfig } from 'vitest/config';

// `unit` runs the pure core in Node; `e2e` drives the built extension in real Chromium; `e2e-firefox` drives
// the Firefox build in real Firefox ESR.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // WXT's content-script context through Vite, so its import.meta.env (the entrypoint's name) is defined:
          // tests/unit/content/script-context.test.ts checks ours against it.
          server: { deps: { inline: [/wxt\/dist\/utils\/(content-script-context|internal\/)/] } },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // Its own group, so never at the same time as tests/e2e/firefox-lint.test.ts (which rebuilds
          // .output/firefox-mv2 too); vitest runs groups one after another.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
