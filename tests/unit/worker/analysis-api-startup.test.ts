// A new worker's start-up: the model loads once however many calls race for it, the first score equals a
// warm worker's, and what only explanations need is warmed after the first answer, never before it.
import { describe, expect, it } from 'vitest';
import type { ModelScorer } from '../../../src/core/model/scorer';
import { createAnalysisApi } from '../../../src/worker/analysis-api';
import { loadShippedModel } from '../support/shipped-model';

const QUESTION = {
  title: 'Python IndexError when reading argv',
  body: 'I run `python main.py` and get an error:\n\n```\nIndexError: list index out of range\n```\n\nI tried passing an argument but it still fails. What am I doing wrong?',
};
const OTHER = {
  title: 'help plz urgent',
  body: 'my code dont work, pls fix it asap!!! thanks in advance, i get an error',
};

const nextTask = () => new Promise((done) => setTimeout(done, 0));

function countingLoader(): { load: () => Promise<ModelScorer>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls++;
      return loadShippedModel();
    },
    calls: () => calls,
  };
}

describe('worker start-up', () => {
  it('loads the model once when version (the warm-up call), analyse and scoreBatch race', async () => {
    const loader = countingLoader();
    const api = createAnalysisApi(loader.load);
    const [version] = await Promise.all([api.version(), api.analyse(QUESTION), api.scoreBatch([QUESTION])]);
    expect(version).toMatch(/^q-/);
    expect(loader.calls()).toBe(1);
  });

  it("gives a new worker's first score and analysis exactly as a warm worker gives them", async () => {
    const fresh = createAnalysisApi(loadShippedModel);
    const [firstScore] = await fresh.scoreBatch([QUESTION]);
    const freshAnalysis = createAnalysisApi(loadShippedModel);
    const firstAnalysis = await freshAnalysis.analyse(QUESTION);

    const warm = createAnalysisApi(loadShippedModel);
    await warm.version();
    for (let i = 0; i < 5; i++) await warm.analyse({ ...OTHER, body: `${OTHER.body} ${i}` });
    await nextTask();
    const [warmScore] = await warm.scoreBatch([QUESTION]);
    const warmAnalysis = await warm.analyse(QUESTION);
    expect(firstScore.score).not.toBeNull();
    expect(firstScore).toEqual(warmScore);
    expect(firstAnalysis.score).toBe(warmAnalysis.score);
    expect(firstAnalysis.findings.map((f) => [f.id, f.span])).toEqual(warmAnalysis.findings.map((f) => [f.id, f.span]));
  });

  it('reports its phases in order, with the explainer and full-tagger warm-ups only after the first answer', async () => {
    const api = createAnalysisApi(loadShippedModel);
    await api.scoreBatch([QUESTION]);
    const before = api.startupPhases().phases.map((p) => p.name);
    expect(before).toEqual(['NLP set-up', 'model fetch and parse', 'first score']);
    await nextTask();
    const after = api.startupPhases();
    expect(after.phases.map((p) => p.name)).toEqual([
      ...before,
      'explainer warm-up (after the first answer)',
      'full tagger warm-up (after the first answer)',
    ]);
    expect(after.phases.every((p) => Number.isFinite(p.ms) && p.ms >= 0)).toBe(true);
    await api.analyse(QUESTION);
    // Later calls add no phases: the report describes the start only.
    expect(api.startupPhases().phases.map((p) => p.name)).toEqual([
      ...after.phases.map((p) => p.name),
      'first analysis',
    ]);
  });
});
