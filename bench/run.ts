// `npm run bench`: one table of speed, memory and size figures — the built extension in real Chromium where
// users run it, and side by side in one Node process with harper.js and write-good on the same texts.
// Writes bench/results.md (overwritten each run) with the date and the machine.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { AnalysisResult } from '../src/shared/question';
import { analyseQuestion, modelScorer } from '../src/core/analyse';
import { parseQuestion } from '../src/core/document/parse-markdown';
import { runChecks } from '../src/core/heuristic-scorer';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness/browser';
import { REPO_ROOT } from '../tests/e2e/harness/server';
import { callWorker } from '../tests/e2e/harness/worker-calls';
import { loadShippedModel } from '../tests/unit/support/shipped-model';
import { browserRows, chromiumVersion } from './browser-bench';
import { workerStartupRows } from './worker-startup';
import { describeMachine, loadAverage } from './machine';
import { peerRows } from './peers';
import { renderResults } from './results';
import { printTable, timingRow, type Row } from './stats';
import { otherField, questionOfWords, typedEdit, typedElsewhere, uncachedVariant, withOneCharEdit } from './texts';

type Question = { title: string; body: string };

const RUNS = { warmup: 5, short: 40, long: 20, edits: 40 };
// Typing series are timed in this many new workers, one after the other, and pooled: one worker's 40 calls
// give a p95 that is their second slowest, which moved between 7 and 15 ms from run to run on one build.
const TYPING_WORKERS = 4;
// A fresh worker's first few dozen analyses run before V8 has optimised the hot code (about twice as slow);
// the extension's worker lives for the browser session, so series are timed after this warm-up.
const WORKER_WARMUP = 30;
/** Analyses of another field before the typing series that carry the target (V8's warm-up, caches of no use). */
const SESSION_WARMUP = 300;
const log = (line: string) => console.error(line);

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
    rows.push(timingRow(`Node, in-thread analysis with the heuristic scorer, ${words} words`, samples, null));
  }
  return rows;
}

/** The model scorer's own work on a parsed document: score, LIME-style explanation and verified suggestions. */
async function explanationRows(): Promise<Row[]> {
  const scorer = modelScorer(await loadShippedModel());
  const rows: Row[] = [];
  // Issue 4's targets (15 / 60 ms) are for the worker: its full-analysis rows carry them. This is the same
  // work in Node, where every run's sentences are new to the POS tagger (informational).
  for (const [words, runs] of [
    [300, 40],
    [3000, 15],
  ] as const) {
    const q = questionOfWords(words);
    const samples: number[] = [];
    for (let i = 0; i < 2 + runs; i++) {
      const input = uncachedVariant(q, 50_000 + i);
      const doc = parseQuestion(input);
      const tips = runChecks(doc);
      const t = performance.now();
      scorer.score(doc, input, tips);
      if (i >= 2) samples.push(performance.now() - t);
    }
    rows.push(
      timingRow(`Node, explanation incl. verification (model scorer on a parsed doc), ${words} words`, samples, null),
    );
  }
  return rows;
}

interface WorkerTimes {
  /** What the worker spent analysing (AnalysisResult.elapsedMs, timed inside the worker). */
  inWorker: number[];
  /** From the page: postMessage both ways and the structured clone of the result included. */
  roundTrip: number[];
}

/** Times the real worker in Chromium, from an extension page; the first `skip` calls are not kept. */
async function workerTimes(page: Page, questions: Question[], skip: number): Promise<WorkerTimes> {
  const calls = (await callWorker<AnalysisResult>(page, 'analyse', questions)).slice(skip);
  return { inWorker: calls.map((c) => c.value.elapsedMs), roundTrip: calls.map((c) => c.ms) };
}

/** `workerTimes` in `workers` fresh workers, one after the other, pooled. */
async function pooledWorkerTimes(
  page: Page,
  workers: number,
  questions: Question[],
  skip: number,
): Promise<WorkerTimes> {
  const pooled: WorkerTimes = { inWorker: [], roundTrip: [] };
  for (let w = 0; w < workers; w++) {
    const times = await workerTimes(page, questions, skip);
    pooled.inWorker.push(...times.inWorker);
    pooled.roundTrip.push(...times.roundTrip);
  }
  return pooled;
}

/** The target applies to the analysis time in the worker (as the issues word it); the round trip is shown beside it. */
function workerTimingRows(what: string, times: WorkerTimes, target: number, note: string): Row[] {
  return [
    timingRow(`${what}: time in the worker`, times.inWorker, target, 'ms', note),
    timingRow(
      `${what}: round trip from the page`,
      times.roundTrip,
      null,
      'ms',
      `n=${times.roundTrip.length}; adds messaging and the OS's scheduling of two threads on this machine`,
    ),
  ];
}

async function workerRows(page: Page): Promise<Row[]> {
  const rows: Row[] = [];
  // Two targets bound these rows: the analysis (issue 2: 20 / 100 ms) and the explanation with its verified
  // suggestions (issue 4: 15 / 60 ms), which the full analysis contains. The row is held to the stricter.
  for (const [words, runs, target] of [
    [300, RUNS.short, 15],
    [3000, RUNS.long, 60],
  ] as const) {
    const q = questionOfWords(words);
    const fresh = Array.from({ length: WORKER_WARMUP + runs }, (_, i) => ({
      ...q,
      body: `${q.body}\n\nRun ${i} adds sentence number ${i} here.`,
    }));
    const times = await workerTimes(page, fresh, WORKER_WARMUP);
    const note = `n=${runs}; contains the explanation and its verification, so issue 4's target applies`;
    rows.push(
      ...workerTimingRows(
        `Worker (Chromium), full analysis (parse, checks, score, explanation, verified suggestions), ${words} words`,
        times,
        target,
        note,
      ),
    );
  }
  for (const words of [300, 3000]) {
    const q = questionOfWords(words);
    // Typing: each text is the previous one plus one character, and none repeats, so the edited block and
    // sentence are new to every cache (the target: a keystroke's re-analysis).
    const typed = Array.from({ length: WORKER_WARMUP + RUNS.edits }, (_, i) => typedEdit(q, i));
    const measured = `calls ${WORKER_WARMUP + 2}-${WORKER_WARMUP + 1 + RUNS.edits} on this question`;
    // The target applies once V8 has optimised the worker's code, as in any benchmark after its warm-up. The
    // worker first served another 300-word draft being typed: every line differs from this question's and the
    // typed passage shares no word with it, so no cache holds anything the measured calls need (the extension's
    // one worker serves every tab for the browser session, so this is also where a user's typing usually lands).
    const other = otherField();
    const session = [other, ...Array.from({ length: SESSION_WARMUP }, (_, i) => typedElsewhere(other, i)), q, ...typed];
    const served = await pooledWorkerTimes(page, TYPING_WORKERS, session, 2 + SESSION_WARMUP + WORKER_WARMUP);
    rows.push(
      ...workerTimingRows(
        `Worker (Chromium), re-analysis while typing (one more character per call), ${words} words, after V8's warm-up`,
        served,
        5,
        `n=${served.inWorker.length}: ${measured}, in ${TYPING_WORKERS} workers that first analysed ${SESSION_WARMUP} keystrokes of another field`,
      ),
    );
    // The same calls in fresh workers, while V8 is still optimising the hot code on background threads.
    const typing = await pooledWorkerTimes(page, TYPING_WORKERS, [q, ...typed], 1 + WORKER_WARMUP);
    rows.push(
      timingRow(
        `Worker (Chromium), re-analysis while typing, ${words} words, in a fresh worker (V8 still optimising): time in the worker`,
        typing.inWorker,
        null,
        'ms',
        `n=${typing.inWorker.length}: ${measured} of ${TYPING_WORKERS} fresh workers; informational (see below the table)`,
      ),
    );
    // The same single-character insertion with the letter cycling through 26 variants: from the 27th call the
    // edited block was seen before and its per-block caches hit (how this row was measured until 2026-11-25).
    const variants = Array.from({ length: WORKER_WARMUP + RUNS.edits }, (_, i) => withOneCharEdit(q, i));
    const seen = await workerTimes(page, [q, ...variants], 1 + WORKER_WARMUP);
    rows.push(
      timingRow(
        `Worker (Chromium), re-analysis of a 1-char edit whose block was analysed before, ${words} words: time in the worker`,
        seen.inWorker,
        null,
        'ms',
        `n=${RUNS.edits}; informational: per-block caches hit`,
      ),
    );
  }
  rows.push(...(await workerStartupRows(page)), ...(await modelRows(page)));
  return rows;
}

/** The model in the worker: one score, a 500-question batch (a fresh worker's first call: worker-startup.ts). */
async function modelRows(page: Page): Promise<Row[]> {
  const singles: number[] = [];
  const batches: number[] = [];
  const questions = Array.from({ length: 500 }, (_, i) => questionOfWords(60 + (i % 7) * 40)).map((q, i) => ({
    ...q,
    body: `${q.body}\n\nQuestion ${i}.`,
  }));
  for (let run = 0; run < 5; run++) {
    // Each callWorker starts a new worker: its first call includes loading the model from the package.
    const [, ...one] = await callWorker(page, 'scoreBatch', [
      [questions[0]],
      ...Array.from({ length: 10 }, (_, i) => [questions[i + 1]]),
    ]);
    singles.push(...one.map((c) => c.ms));
    batches.push(
      ...(await callWorker(page, 'scoreBatch', [questions.slice(0, 1), questions])).slice(1).map((c) => c.ms),
    );
  }
  return [
    timingRow('Worker (Chromium), one score (gate + model, no explanation)', singles, null),
    timingRow('Worker (Chromium), 500-question batch (scoreBatch)', batches, null),
  ];
}

async function chromiumRows(): Promise<{ rows: Row[]; version: string }> {
  const env = await launchWithExtension();
  try {
    // First: the first page after the browser started (the extension starts its worker with the browser).
    const browser = await browserRows(env, log);
    log('  worker timings');
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const worker = await workerRows(page);
    await page.close();
    return { rows: [...worker, ...browser], version: await chromiumVersion(env) };
  } finally {
    await env.close();
  }
}

function sizeRows(): Row[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const file = (rel: string) => statSync(join(EXTENSION_DIR, rel)).size;
  const zips = readdirSync(join(REPO_ROOT, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  const zip = zips.length ? statSync(join(REPO_ROOT, '.output', zips[0])).size : NaN;
  const dirSize = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
      0,
    );
  const size = (what: string, bytes: number, limit: number | null): Row => ({
    what,
    median: kb(bytes),
    p95: '',
    target: limit === null ? '' : `≤ ${kb(limit)}`,
    ok: limit === null ? null : bytes <= limit,
  });
  return [
    // 36 KB since issue 14 (31.9 → 35.9 KB): editors in same-origin frames (TinyMCE), composer pairing, code and
    // source-editor recognition (Quill, CodeMirror), filler stripping and re-mapping stale spans.
    // 40 KB (was 32 KB; 30 KB before the close-reason risk): issue 15 allows ≤ 40 KB and the room buys acting on
    // a hint in the page — Apply / Insert template through the editor's own undo path (apply-fix.ts), Ignore and
    // Turn off this check, the label bands and words before a score, the live region, the panel's placement,
    // dark-mode styles and keyboard access. Measured 40,878 bytes with all of them (34.2 KB after part 1, 38.1 KB
    // after Apply/Ignore/Turn off), after trimming: the in-page CSS, theme colours as one string each, no
    // setRangeText fallback that Ctrl+Z could not undo, no duplicate badge title.
    // With issue 14's editor work and issue 15's in one build it measured 44.7 KB (45,730 bytes), and 47,023 with
    // Apply / Ignore from the popup (its message handler). Back under 40 KB (40,879 bytes) with nothing dropped:
    // our own small content-script context instead of WXT's (-2.2 KB: no location watcher, timers or logger);
    // the frame's site decided by the background from what the browser says of the sender, so the page carries
    // neither the site rules nor the settings schema (-1.8 KB); points, label, band colour and close-risk words
    // sent with each result by the background (shown-score.ts) rather than their tables in the page (-1.5 KB);
    // one badge per unit held directly, shared helpers instead of copies (-0.6 KB).
    size('Bundle: content script', file('content-scripts/content.js'), 40 * 1024),
    size('Bundle: background service worker', file('background.js'), null),
    size('Bundle: analysis worker', file('analysis-worker.js'), null),
    size('Bundle: whole extension (unpacked)', dirSize(EXTENSION_DIR), null),
    size('Chrome store zip', zip, 2 * 1024 * 1024),
  ];
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadAverage();
  log('Node: our analysis');
  const node = [...nodeRows(), ...(await explanationRows())];
  log('Node: side by side with harper.js and write-good');
  const peers = await peerRows(log);
  log('Chromium: the built extension');
  const chromium = await chromiumRows();
  const rows = [...chromium.rows, ...node, ...peers, ...sizeRows()];
  const machine = describeMachine(chromium.version);
  const seconds = (Date.now() - started.getTime()) / 1000;
  console.log(
    `ML Editor bench — ${started.toISOString()} (${seconds.toFixed(0)} s, load ${loadBefore} → ${machine.load})\n`,
  );
  console.log(printTable(rows));
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length) console.log(`\n${missed.length} target(s) missed.`);
  const out = join(REPO_ROOT, 'bench/results.md');
  writeFileSync(out, renderResults({ started, seconds, machine, loadBefore, rows }));
  log(`\nwrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
