import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../../src/shared/question';
import { runChecks } from '../../../src/core/checks/registry';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { perturbableModelScorer } from '../../../src/core/explainer/model-scorer-adapter';
import { IDENTITY_CALIBRATION } from '../../../src/core/model/calibration';
import { defaultEncoder } from '../../../src/core/model/default-encoder';
import { exportModel } from '../../../src/training/io';
import { buildNetwork } from '../../../src/training/network';
import { ModelScorer } from '../../../src/core/model/scorer';
import { VECTORISER_VERSION } from '../../../src/core/model/vectoriser';
import { hasProsePlaceholder } from '../../../src/core/document/placeholders';
import { ATTEMPT_TEMPLATE, describeAttempt } from '../../../src/core/suggestions/describe-attempt';
import { explainAndSuggest } from '../../../src/core/suggestions/explain-and-suggest';
import { ATTEMPT_STAND_IN, CODE_STAND_IN, QUESTION_STAND_IN } from '../../../src/core/suggestions/stand-ins';
import type { Candidate, SuggestionKind } from '../../../src/core/suggestions/suggestion';
import { syntheticModel } from '../explainer/synthetic-model';

const input: QuestionInput = {
  title: 'Parser problem',
  body: 'The parser rejects keys with dots in the settings file, this is urgent.',
};

const features = ['has-code-block', 'shows-attempt', 'question-asked', 'title-question-mark'].map((id) => ({
  id,
  weight: id === 'has-code-block' ? 0.3 : 0.1,
  value: 0,
  typical: 0.5,
}));
const model = () => syntheticModel({ bias: 0.4, words: { urgent: -0.1, parser: 0.05 }, features });

/** A stand-in for the full pipeline with known effects of each edit. */
function fakeRescore(calls: QuestionInput[]) {
  return (q: QuestionInput) => {
    calls.push(q);
    let s = 0.4;
    if (q.body.includes('```')) s += 0.2; // code sample: big gain
    if (!/urgent/i.test(q.body)) s += 0.1; // noise removed
    if (q.body.includes('I tried')) s += 0.03; // attempt: small gain
    if (q.title.endsWith('?')) s -= 0.05; // the title rewrite hurts
    return s; // the question (its stand-in) changes nothing: gain 0
  };
}

describe('explainAndSuggest', () => {
  const doc = parseQuestion(input);
  const heuristics = runChecks(doc);
  const calls: QuestionInput[] = [];
  const out = explainAndSuggest({
    doc,
    input,
    model: model(),
    rescore: fakeRescore(calls),
    heuristicFindings: heuristics,
  });

  it('keeps only edits with a positive measured gain, substance first, then best first, with severity by gain', () => {
    expect(out.suggestions.map((s) => [s.id, Number(s.gain!.toFixed(6)), s.severity])).toEqual([
      ['add-code-sample', 0.2, 'warning'],
      ['describe-attempt', 0.03, 'info'], // above remove-noise despite the smaller gain
      ['remove-noise', 0.1, 'warning'],
    ]);
    for (const s of out.suggestions) expect(s.source).toBe('model');
    const noise = out.suggestions.find((s) => s.id === 'remove-noise')!;
    expect(noise.scope).toBe('span');
    expect(input.body.slice(noise.span.start, noise.span.end)).toBe('urgent');
  });

  it('verified every proposal by re-scoring its edit, a template filled with its stand-in (plus the original once)', () => {
    expect(calls[0]).toEqual(input);
    const edited = calls.slice(1);
    expect(edited.some((q) => q.body.endsWith(QUESTION_STAND_IN))).toBe(true); // tried, dropped (gain 0)
    expect(edited.some((q) => q.body.endsWith(CODE_STAND_IN))).toBe(true);
    expect(edited.some((q) => q.body.endsWith(ATTEMPT_STAND_IN))).toBe(true);
    // No template was ever re-scored (the model masks its placeholders).
    for (const q of edited) expect(hasProsePlaceholder(q.title) || hasProsePlaceholder(q.body)).toBe(false);
    // The body quotes no error: no rewrite would be more specific than the title, so none is tried (title-rule.ts).
    expect(edited.some((q) => q.title !== input.title)).toBe(false);
    expect(new Set(edited.map((q) => q.title + q.body)).size).toBe(edited.length);
  });

  it('returns as tips the heuristic findings no confirmed suggestion covers', () => {
    const ids = (fs: { id: string }[]) => fs.map((f) => f.id);
    expect(ids(heuristics)).toEqual(
      expect.arrayContaining(['noise', 'no-attempt', 'no-question', 'title-not-specific']),
    );
    expect(ids(out.tips)).not.toContain('noise');
    expect(ids(out.tips)).not.toContain('no-attempt');
    expect(ids(out.tips)).toEqual(expect.arrayContaining(['no-question', 'title-not-specific']));
  });

  it('gives labelled contributions of both signs, fidelity and the base score', () => {
    const labels = out.contributions.map((c) => c.label);
    expect(labels).toContain('the word “urgent”');
    expect(labels).toContain('Label of has-code-block');
    expect(out.contributions.some((c) => c.value > 0) && out.contributions.some((c) => c.value < 0)).toBe(true);
    const values = out.contributions.map((c) => c.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(out.fidelity).toBeGreaterThan(0.9);
    expect(out.baseScore).toBeCloseTo(0.4 - 0.1 + 0.05, 10); // features at 0 add nothing
  });

  it('caps suggestions and is deterministic', () => {
    const again = explainAndSuggest({
      doc: parseQuestion(input),
      input,
      model: model(),
      rescore: fakeRescore([]),
      heuristicFindings: heuristics,
      options: { maxSuggestions: 2 },
    });
    expect(again.suggestions).toEqual(out.suggestions.slice(0, 2));
    expect(again.contributions).toEqual(out.contributions);
  });

  it('drops everything when no edit helps', () => {
    const flat = explainAndSuggest({ doc, input, model: model(), rescore: () => 0.5, heuristicFindings: heuristics });
    expect(flat.suggestions).toEqual([]);
    expect(flat.tips).toEqual(heuristics);
  });

  it('re-scores each distinct edit once, never an edit that changes nothing, and counts only those against the budget', () => {
    const edit = (id: string, priority: number, apply: (q: QuestionInput) => QuestionInput) => ({
      id,
      checks: [],
      propose: () => [
        {
          id,
          message: id,
          span: { field: 'body' as const, start: 0, end: 0 },
          scope: 'field' as const,
          priority,
          apply,
        },
      ],
    });
    const appended = (tail: string) => (q: QuestionInput) => ({ ...q, body: q.body + tail });
    const moved = (q: QuestionInput) => ({ title: q.title + q.body[0], body: q.body.slice(1) });
    const kinds = [
      edit('same', 9, (q) => ({ title: q.title, body: q.body })), // a copy: equal text, not the same object
      edit('a', 8, appended(' A')),
      edit('a-again', 7, appended(' A')), // the same text as 'a', built anew
      edit('moved', 6, moved), // title + body as before, one character in the other field
      edit('b', 5, appended(' B')),
      edit('c', 4, appended(' C')),
    ];
    const calls: QuestionInput[] = [];
    explainAndSuggest({
      doc,
      input,
      model: model(),
      rescore: fakeRescore(calls),
      options: { kinds, maxCandidates: 3 },
    });
    expect(calls).toEqual([input, appended(' A')(input), moved(input), appended(' B')(input)]);
  });

  it('never points inside code', () => {
    const withCode: QuestionInput = {
      title: 'Parser problem',
      body: 'The parser fails:\n\n```\nurgent = parse(text) // urgent\n```\n\nThis is urgent, thanks.',
    };
    const d = parseQuestion(withCode);
    const res = explainAndSuggest({
      doc: d,
      input: withCode,
      model: model(),
      rescore: fakeRescore([]),
      heuristicFindings: runChecks(d),
    });
    for (const s of res.suggestions)
      if (s.scope === 'span' && s.span.field === 'body') {
        expect(d.codeRanges.some(([a, b]) => s.span.start < b && a < s.span.end)).toBe(false);
      }
  });
});

describe('a template is verified by its measured text', () => {
  const q: QuestionInput = {
    title: 'Parser rejects dotted keys',
    body: 'The parser rejects keys with dots in the settings file.',
  };
  const d = parseQuestion(q);
  // The template scores as the question as typed (its placeholders are masked); the stand-in earns 0.07.
  const rescore = (calls: QuestionInput[]) => (x: QuestionInput) => {
    calls.push(x);
    return 0.3 + (x.body.includes(ATTEMPT_STAND_IN) ? 0.07 : 0);
  };

  it('shows the template edit with the gain of the stand-in', () => {
    const calls: QuestionInput[] = [];
    const res = explainAndSuggest({
      doc: d,
      input: q,
      model: model(),
      rescore: rescore(calls),
      heuristicFindings: runChecks(d),
      options: { kinds: [describeAttempt] },
    });
    expect(res.suggestions.map((s) => [s.id, Number(s.gain!.toFixed(6))])).toEqual([['describe-attempt', 0.07]]);
    expect(res.edits).toEqual([{ ...q, body: `${q.body}\n\n${ATTEMPT_TEMPLATE}` }]);
    expect(res.measured).toEqual([{ ...q, body: `${q.body}\n\n${ATTEMPT_STAND_IN}` }]);
    expect(calls).toEqual([q, res.measured[0]]); // the template itself is never re-scored
  });

  it('drops it when filling the template would not help either', () => {
    const res = explainAndSuggest({
      doc: d,
      input: q,
      model: model(),
      rescore: () => 0.3,
      heuristicFindings: runChecks(d),
      options: { kinds: [describeAttempt] },
    });
    expect(res.suggestions).toEqual([]);
  });

  const kindOf = (c: Omit<Candidate, 'span' | 'scope' | 'message'>): SuggestionKind => ({
    id: c.id,
    checks: [],
    propose: () => [{ span: { field: 'body', start: 0, end: 0 }, scope: 'field', message: c.id, ...c }],
  });
  const appended = (tail: string) => (x: QuestionInput) => ({ ...x, body: x.body + tail });

  it('verifies a candidate without `measure` by its edit, as before', () => {
    const calls: QuestionInput[] = [];
    const plain = kindOf({ id: 'plain', priority: 1, apply: appended(' I tried it.') });
    const res = explainAndSuggest({
      doc: d,
      input: q,
      model: model(),
      rescore: (x) => {
        calls.push(x);
        return x.body.endsWith('I tried it.') ? 0.5 : 0.3;
      },
      options: { kinds: [plain] },
    });
    expect(calls).toEqual([q, appended(' I tried it.')(q)]);
    expect(res.suggestions.map((s) => [s.id, Number(s.gain!.toFixed(6))])).toEqual([['plain', 0.2]]);
    expect(res.edits).toEqual([appended(' I tried it.')(q)]);
    expect(res.measured[0]).toBe(res.edits[0]);
  });

  it('dedupes on the measured text', () => {
    const calls: QuestionInput[] = [];
    const kinds = [
      kindOf({ id: 'a', priority: 3, apply: appended(' A …'), measure: appended(' A one') }),
      // same measured text as 'a'
      kindOf({ id: 'b', priority: 2, apply: appended(' B …'), measure: appended(' A one') }),
      kindOf({ id: 'c', priority: 1, apply: appended(' A one') }), // its edit is 'a''s measured text
    ];
    const res = explainAndSuggest({
      doc: d,
      input: q,
      model: model(),
      rescore: (x) => {
        calls.push(x);
        return 0.3 + (x.body.endsWith('one') ? 0.1 : 0);
      },
      options: { kinds },
    });
    expect(calls).toEqual([q, appended(' A one')(q)]);
    expect(res.suggestions.map((s) => s.id)).toEqual(['a']);
    expect(res.edits).toEqual([appended(' A …')(q)]);
  });

  it('ranks the substance kinds above remove-noise whatever the gains, then by gain', () => {
    const gains: Record<string, number> = { N: 0.5, Q: 0.4, E: 0.01, C: 0.02, T: 0.03 };
    const kinds = (
      [
        ['remove-noise', 'N'],
        ['add-question', 'Q'],
        ['add-error-message', 'E'],
        ['add-code-sample', 'C'],
        ['describe-attempt', 'T'],
      ] as const
    ).map(([id, tag], i) => kindOf({ id, priority: 5 - i, apply: appended(` ${tag}`) }));
    const rescore = (x: QuestionInput) => 0.3 + (gains[x.body.slice(-1)] ?? 0);
    const res = explainAndSuggest({ doc: d, input: q, model: model(), rescore, options: { kinds } });
    expect(res.suggestions.map((s) => s.id)).toEqual([
      'describe-attempt',
      'add-code-sample',
      'add-error-message',
      'remove-noise',
      'add-question',
    ]);
    expect(res.edits.map((e) => e.body.slice(-1))).toEqual(['T', 'C', 'E', 'N', 'Q']);
    // The cap keeps the top of that order.
    const two = explainAndSuggest({ doc: d, input: q, model: model(), rescore, options: { kinds, maxSuggestions: 2 } });
    expect(two.suggestions.map((s) => s.id)).toEqual(['describe-attempt', 'add-code-sample']);
  });
});

describe('with a real tfjs ModelScorer', () => {
  let scorer: ModelScorer;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    const names = [...defaultEncoder.featureNames];
    const net = buildNetwork({ buckets: 64, features: names.length, seed: 3 });
    const files = await exportModel(net);
    net.dispose();
    scorer = await ModelScorer.fromFiles(
      files,
      {
        version: 'q-test-explainer',
        threshold: 0.5,
        calibration: IDENTITY_CALIBRATION,
        tokenizer: defaultEncoder.tokenizer,
        trainedAt: 'test',
        files: { model: 'model.json' },
        vectoriser: {
          version: VECTORISER_VERSION,
          hash: 'fnv1a-32-utf8',
          buckets: 64,
          bigrams: true,
          featureNames: names,
          featureMean: names.map(() => 0.5),
          featureStd: names.map(() => 1),
        },
      },
      defaultEncoder,
    );
  });

  it('leaks no tensors over 100 explanations with verification', () => {
    const model = perturbableModelScorer(scorer);
    const rescore = (q: QuestionInput) => scorer.score(parseQuestion(q));
    const q: QuestionInput = {
      title: 'Parser problem',
      body: 'Hi all, the parser rejects keys with dots in the settings file and I do not know why, this is urgent. Thanks in advance!',
    };
    const d = parseQuestion(q);
    const h = runChecks(d);
    // warm-up (lazy weights)
    const first = explainAndSuggest({ doc: d, input: q, model, rescore, heuristicFindings: h });
    const before = tf.memory().numTensors;
    let last = first;
    for (let i = 0; i < 100; i++)
      last = explainAndSuggest({
        doc: d,
        input: q,
        model,
        rescore,
        heuristicFindings: h,
        options: { explain: { samples: 64 } },
      });
    expect(tf.memory().numTensors).toBe(before);
    expect(last.baseScore).toBeGreaterThan(0);
    expect(last.baseScore).toBeLessThan(1);
    expect(first.explanation.attributions.length).toBeGreaterThan(10);
    expect(Number.isFinite(first.fidelity)).toBe(true);
  }, 120_000);
});
