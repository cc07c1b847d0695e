// A new analysis worker's start, phase by phase (issue 18): fresh workers started from an extension page,
// each asked for one score, then for the phases it timed itself (the worker API's startupPhases).
import type { Page } from 'playwright-core';
import { installRawCall, type RawCall } from '../tests/e2e/harness/worker-calls';
import type { StartupReport } from '../src/worker/startup-phases';
import { timingRow, type Row } from './stats';

const STARTS = 15;
const QUESTION = {
  title: 'Python IndexError when reading argv',
  body: 'I run `python main.py` and get an error:\n\n```\nIndexError: list index out of range\n```\n\nI tried passing an argument but it still fails. What am I doing wrong?',
};

interface Start {
  firstScore: number;
  firstAnalysis: number;
  threadStart: number;
  report: StartupReport;
}

/** One fresh worker: new Worker → scoreBatch([q]) → phases; then (a separate fresh worker) → analyse(q). */
async function startOnce(page: Page): Promise<Start> {
  return page.evaluate(async (question) => {
    const call = (globalThis as unknown as { __callWorker: RawCall }).__callWorker;
    const started = performance.now();
    const startedAt = performance.timeOrigin + started;
    const worker = new Worker('/analysis-worker.js');
    await call(worker, 'scoreBatch', [[question]]);
    const firstScore = performance.now() - started;
    // The warm-ups deferred after the first answer run in the worker's next task: let them finish.
    await new Promise((done) => setTimeout(done, 300));
    const report = (await call(worker, 'startupPhases', [])) as StartupReport;
    worker.terminate();
    const again = performance.now();
    const other = new Worker('/analysis-worker.js');
    await call(other, 'analyse', [question]);
    const firstAnalysis = performance.now() - again;
    other.terminate();
    return { firstScore, firstAnalysis, threadStart: report.timeOrigin - startedAt, report };
  }, QUESTION);
}

export async function workerStartupRows(page: Page): Promise<Row[]> {
  await installRawCall(page);
  const starts: Start[] = [];
  for (let i = 0; i < STARTS; i++) starts.push(await startOnce(page));
  const phase = (name: string) => starts.map((s) => s.report.phases.find((p) => p.name === name)?.ms ?? NaN);
  const n = `n=${STARTS} fresh workers`;
  return [
    timingRow(
      'Worker (Chromium), start-up: new worker → first score (gate + model)',
      starts.map((s) => s.firstScore),
      150,
      'ms',
      `${n}; the sum of the phases below`,
    ),
    timingRow(
      'Worker (Chromium), start-up phase: thread start (new Worker → its time origin)',
      starts.map((s) => s.threadStart),
      null,
      'ms',
      n,
    ),
    timingRow(
      'Worker (Chromium), start-up phase: script evaluation (fetch, compile, evaluate the bundle)',
      starts.map((s) => s.report.scriptEvaluation),
      null,
      'ms',
      n,
    ),
    timingRow(
      "Worker (Chromium), start-up phase: NLP set-up (compromise's first pass, while the model files are read)",
      phase('NLP set-up'),
      null,
      'ms',
      n,
    ),
    timingRow(
      'Worker (Chromium), start-up phase: model fetch and parse (wall time, overlapping the NLP set-up)',
      phase('model fetch and parse'),
      null,
      'ms',
      n,
    ),
    timingRow('Worker (Chromium), start-up phase: first score', phase('first score'), null, 'ms', n),
    timingRow(
      'Worker (Chromium), start-up phase: explainer warm-up, after the first answer',
      phase('explainer warm-up (after the first answer)'),
      null,
      'ms',
      `${n}; off the first score's path`,
    ),
    timingRow(
      'Worker (Chromium), start-up phase: full tagger warm-up, after the first answer',
      phase('full tagger warm-up (after the first answer)'),
      null,
      'ms',
      `${n}; off the first score's path`,
    ),
    timingRow(
      'Worker (Chromium), start-up: new worker → first full analysis (explanation, verified suggestions)',
      starts.map((s) => s.firstAnalysis),
      null,
      'ms',
      n,
    ),
  ];
}
