// One suite, two implementations (Harper): the in-thread LocalClassifier and the extension's WorkerHost
// (over a worker thread running the real worker API) must behave identically.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/core/classifier';
import { modelScorer } from '../../src/core/analyse';
import { LocalClassifier } from '../../src/core/local-classifier';
import { WorkerHost } from '../../src/extension/worker-host';
import { nodeHostedWorker } from './support/node-hosted-worker';
import { loadShippedModel } from './support/shipped-model';

const weak = { title: 'help', body: 'plz urgent my code dont work' };
const better = {
  title: 'Why does JSON.parse throw "Unexpected token u" when reading a missing localStorage key?',
  body: [
    'I read a saved object from localStorage on page load and parse it with `JSON.parse`.',
    '',
    '```js',
    "const saved = JSON.parse(localStorage.getItem('settings'));",
    '```',
    '',
    'On a fresh browser profile this throws `SyntaxError: Unexpected token u in JSON at position 0`.',
    'I tried wrapping it in a try/catch, but then the defaults never load.',
    'How should I handle a key that was never set, without hiding real parse errors?',
  ].join('\n'),
};

const implementations: Array<[string, () => Classifier]> = [
  ['LocalClassifier (heuristic scorer)', () => new LocalClassifier()],
  ['LocalClassifier (shipped model)', () => new LocalClassifier(modelScorer(shippedModel))],
  ['WorkerHost (shipped model, in a worker thread)', () => new WorkerHost(nodeHostedWorker)],
];

let shippedModel: Awaited<ReturnType<typeof loadShippedModel>>;
beforeAll(async () => {
  shippedModel = await loadShippedModel();
});

describe.each(implementations)('%s', (_name, make) => {
  let classifier: Classifier;
  beforeAll(() => {
    classifier = make();
  });
  afterAll(() => classifier.dispose());

  it('reports a version', async () => {
    expect(await classifier.version()).toMatch(/\S/);
  });

  it('scores a better question above a weak one', async () => {
    const low = await classifier.analyse({
      ...weak,
      body: `${weak.body}. Why does it fail? It just crashes when I run the app on my phone.`,
    });
    const high = await classifier.analyse(better);
    expect(high.state).toBe('scored');
    expect(low.state).toBe('scored');
    expect(high.score!).toBeGreaterThan(low.score!);
    expect(high.score!).toBeGreaterThanOrEqual(0);
    expect(high.score!).toBeLessThanOrEqual(1);
  });

  it('says "not enough to score yet" for empty and very short text', async () => {
    for (const input of [
      { title: '', body: '' },
      { title: '', body: 'hi' },
    ]) {
      const result = await classifier.analyse(input);
      expect(result.state).toBe('not-scorable');
      expect(result.score).toBeNull();
      expect(result.reason).toMatch(/\S/);
    }
  });

  it('returns findings whose spans lie inside the text they point at', async () => {
    const result = await classifier.analyse({
      title: 'URGENT help plz',
      body: 'thanks in advance, my code is broken and I need it asap',
    });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) {
      const text =
        finding.span.field === 'title' ? 'URGENT help plz' : 'thanks in advance, my code is broken and I need it asap';
      expect(finding.span.start).toBeGreaterThanOrEqual(0);
      expect(finding.span.end).toBeLessThanOrEqual(text.length);
      expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
    }
  });

  it('is deterministic', async () => {
    expect(await classifier.analyse(better)).toEqual({
      ...(await classifier.analyse(better)),
      elapsedMs: expect.any(Number),
    });
  });
});
