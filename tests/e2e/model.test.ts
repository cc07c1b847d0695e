// The shipped tfjs model in the real worker: same scores as Node (parity), and its version on screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, modelScorer } from '../../src/core/analyse';
import type { AnalysisResult } from '../../src/shared/question';
import { loadShippedModel, MODELS_DIR } from '../unit/support/shipped-model';
import {
  launchWithExtension,
  openFixture,
  openPopup,
  tabIdOf,
  typeLikeAPerson,
  waitForSettledBadges,
  type E2E,
} from './harness/browser';
import { BETTER, WEAK } from './harness/questions';
import { callWorker } from './harness/worker-calls';

const shippedVersion = (JSON.parse(readFileSync(join(MODELS_DIR, 'current.json'), 'utf8')) as { version: string })
  .version;

const PARITY_TEXTS = [
  BETTER,
  WEAK,
  { title: 'How to center a div?', body: 'I tried `margin: auto` but the div stays on the left. What am I missing?' },
  {
    title: '',
    body: 'Is there a way to **undo** a `git rebase`?\n\n```\ngit reflog\n```\n\nI tried reset but lost my commits.',
  },
  { title: 'URGENT!!! code not working', body: 'plz help me my program crash when i run it thanks in advance' },
  {
    title: 'Why is 0.1 + 0.2 != 0.3 in JavaScript?',
    body: '> floating point\n\n- one\n- two\n\nSee [MDN](https://developer.mozilla.org).',
  },
];

let env: E2E;
beforeAll(async () => {
  env = await launchWithExtension();
});
afterAll(async () => {
  await env?.close();
});

describe('shipped model', () => {
  it('scores the same in the worker in Chromium as in Node, within 1e-5', async () => {
    const model = await loadShippedModel();
    const scorer = modelScorer(model);
    const node = PARITY_TEXTS.map((input) => analyseQuestion(input, scorer));
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/popup.html`);
    const browser = (await callWorker<AnalysisResult>(page, 'analyse', PARITY_TEXTS)).map((call) => call.value);
    await page.close();
    const scored = node.filter((r) => r.state === 'scored');
    expect(scored.length).toBeGreaterThanOrEqual(4);
    browser.forEach((result, i) => {
      expect(result.scorer).toBe(shippedVersion);
      expect(result.state).toBe(node[i].state);
      if (node[i].score === null) expect(result.score).toBeNull();
      else expect(Math.abs(result.score! - node[i].score!)).toBeLessThanOrEqual(1e-5);
    });
  });

  it('shows the model score and version on the Stack Overflow ask page, in the badge and the popup', async () => {
    const page = await openFixture(env, '/stacks-ask.html?mode=markdown');
    await page.locator('html[data-editor-ready]').waitFor({ state: 'attached', timeout: 10_000 });
    await typeLikeAPerson(page.locator('#title'), BETTER.title);
    await typeLikeAPerson(page.locator('#editor .ProseMirror'), BETTER.body);
    const badges = await waitForSettledBadges(page);
    const scored = badges.find((b) => b.state === 'scored');
    expect(scored?.score).toMatch(/^\d\.\d{3}$/);
    const expected = analyseQuestion(BETTER, modelScorer(await loadShippedModel()));
    expect(Math.abs(Number(scored!.score) - expected.score!)).toBeLessThanOrEqual(0.0005);

    const popup = await openPopup(env, await tabIdOf(env, page));
    await expect.poll(() => popup.locator('[data-testid="score"]').getAttribute('data-score')).toBe(scored!.score);
    await expect.poll(() => popup.locator('[data-testid="scorer"]').textContent()).toContain(shippedVersion);
    await popup.close();
    await page.close();
  });
});
