// `npm run bench`: prints one table of speed and size figures, measured on the built extension in
// real Chromium where users run it, plus the in-thread Node figures for reference.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { analyseQuestion } from '../src/core/analyse';
import { EXTENSION_DIR, launchWithExtension, openFixture } from '../tests/e2e/harness/browser';
import { REPO_ROOT } from '../tests/e2e/harness/server';
import { callWorker } from '../tests/e2e/harness/worker-calls';
import { printTable, timingRow, type Row } from './stats';
import { questionOfWords, withOneCharEdit } from './texts';

type Question = { title: string; body: string };

const RUNS = { warmup: 5, short: 40, long: 20, edits: 40, inputs: 200 };

function nodeRows(): Row[] {
  const rows: Row[] = [];
  for (const words of [300, 3000]) {
    const q = questionOfWords(words);
    for (let i = 0; i < RUNS.warmup; i++) analyseQuestion(withOneCharEdit(q, 1000 + i));
    const samples: number[] = [];
    // Fresh text each run (a new word at the end), so no cache holds the whole answer.
    for (let i = 0; i < (words === 300 ? RUNS.short : RUNS.long); i++) {
      const fresh = { ...q, body: `${q.body}\n\nRun ${i} adds sentence number ${i} here.` };
      const t = performance.now();
      analyseQuestion(fresh);
      samples.push(performance.now() - t);
    }
    rows.push(timingRow(`Node, in-thread analysis, ${words} words`, samples, null));
  }
  return rows;
}

/** Times the real worker in Chromium, from an extension page. */
async function workerSamples(page: Page, questions: Question[]): Promise<number[]> {
  return (await callWorker(page, 'analyse', questions)).map((call) => call.ms);
}

async function chromiumRows(): Promise<Row[]> {
  const env = await launchWithExtension();
  try {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const rows: Row[] = [];
    for (const [words, runs, target] of [[300, RUNS.short, 20], [3000, RUNS.long, 100]] as const) {
      const q = questionOfWords(words);
      const fresh = Array.from({ length: RUNS.warmup + runs }, (_, i) => ({ ...q, body: `${q.body}\n\nRun ${i} adds sentence number ${i} here.` }));
      const samples = (await workerSamples(page, fresh)).slice(RUNS.warmup);
      rows.push(timingRow(`Worker (Chromium), full analysis, ${words} words`, samples, target));
    }
    for (const words of [300, 3000]) {
      const q = questionOfWords(words);
      const edits = Array.from({ length: RUNS.warmup + RUNS.edits }, (_, i) => withOneCharEdit(q, i));
      const samples = (await workerSamples(page, [q, ...edits])).slice(1 + RUNS.warmup);
      rows.push(timingRow(`Worker (Chromium), re-analysis after a 1-char edit, ${words} words`, samples, 5));
    }
    rows.push(...(await contentScriptRows(await openFixture(env, '/textarea.html'))));
    return rows;
  } finally {
    await env.close();
  }
}

/** Main-thread time the page spends in input-event listeners (the content script's) per keystroke. */
async function contentScriptRows(page: Page): Promise<Row[]> {
  await page.waitForFunction(() => document.querySelector('ml-editor-root') !== null || true);
  await page.locator('textarea').click();
  await page.keyboard.type('Warm up the content script. ');
  await page.evaluate('globalThis.__name = (fn) => fn');
  const samples = await page.evaluate(async (n) => {
    const field = document.querySelector('textarea')!;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      field.value += String.fromCharCode(97 + (i % 26));
      const t = performance.now();
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
      out.push(performance.now() - t);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  }, RUNS.inputs);
  return [timingRow('Content script, main-thread time per input event', samples, 1)];
}

function sizeRows(): Row[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const file = (rel: string) => statSync(join(EXTENSION_DIR, rel)).size;
  const zips = readdirSync(join(REPO_ROOT, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  const zip = zips.length ? statSync(join(REPO_ROOT, '.output', zips[0])).size : NaN;
  const dirSize = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  const size = (what: string, bytes: number, limit: number | null): Row => ({
    what,
    median: kb(bytes),
    p95: '',
    target: limit === null ? '' : `≤ ${kb(limit)}`,
    ok: limit === null ? null : bytes <= limit,
  });
  return [
    size('Bundle: content script', file('content-scripts/content.js'), 30 * 1024),
    size('Bundle: background service worker', file('background.js'), null),
    size('Bundle: analysis worker', file('analysis-worker.js'), null),
    size('Bundle: whole extension (unpacked)', dirSize(EXTENSION_DIR), null),
    size('Chrome store zip', zip, 2 * 1024 * 1024),
  ];
}

async function main(): Promise<void> {
  const rows = [...nodeRows(), ...(await chromiumRows()), ...sizeRows()];
  console.log(`ML Editor bench — ${new Date().toISOString()}\n`);
  console.log(printTable(rows));
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length) console.log(`\n${missed.length} target(s) missed.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
