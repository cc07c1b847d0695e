import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { explain, warmUpExplainer, type Explanation } from '../../../src/core/explainer/explainer';
import { choleskySolve, weightedRidge } from '../../../src/core/explainer/ridge';
import { mulberry32 } from '../../../src/core/util/rng';
import { syntheticModel, type SyntheticSpec } from './synthetic-model';

const input = {
  title: 'Sorting a list of dicts in Python',
  body:
    'Hi all, this is urgent. I have a list of dictionaries and I want to sort it by the value of a key.\n\n' +
    'When I call `sorted(items)` the interpreter prints a traceback about comparing dicts. ' +
    'I read the documentation for sorted but I still do not understand the key argument. Thanks in advance!',
};

const spec: SyntheticSpec = {
  bias: 0.5,
  words: { traceback: 0.3, urgent: -0.25, documentation: 0.12, dictionaries: -0.06 },
  features: [
    { id: 'has-code', weight: 0.2, value: 0, typical: 0.5 }, // below typical: hurts by 0.1
    { id: 'question-marks', weight: 0.05, value: 3, typical: 1 }, // above typical: helps by 0.1
  ],
};

const weightOf = (e: Explanation, key: string) => e.attributions.find((a) => a.component.key === key)?.weight;

describe('explain on a synthetic linear model with known weights', () => {
  const doc = parseQuestion(input);
  const model = syntheticModel(spec);
  const e = explain(doc, model);

  it('recovers the sign and order of the important words', () => {
    const words = ['traceback', 'urgent', 'documentation', 'dictionaries'];
    for (const w of words) expect(Math.sign(weightOf(e, `word:${w}`)!)).toBe(Math.sign(spec.words[w]));
    const byEffect = [...words].sort(
      (a, b) => Math.abs(weightOf(e, `word:${b}`)!) - Math.abs(weightOf(e, `word:${a}`)!),
    );
    expect(byEffect).toEqual(words);
    // The most harmful and most helpful text components are the planted ones.
    const text = e.attributions.filter((a) => a.component.kind === 'word').sort((a, b) => a.weight - b.weight);
    expect(text[0].component.text).toBe('urgent');
    expect(text[text.length - 1].component.text).toBe('traceback');
  });

  it('attributes hand features relative to their typical value', () => {
    expect(weightOf(e, 'feature:has-code')).toBeCloseTo(-0.1, 2);
    expect(weightOf(e, 'feature:question-marks')).toBeCloseTo(0.1, 2);
    expect(e.attributions.find((a) => a.component.key === 'feature:has-code')!.component.label).toBe(
      'Label of has-code',
    );
  });

  it('names a feature whose value is 0 by its absent label, so the chart never credits a thing the question lacks', () => {
    const features = spec.features.map((f) => ({ ...f, absentLabel: `No ${f.id}` }));
    const labelled = explain(doc, syntheticModel({ ...spec, features }));
    const label = (key: string) => labelled.attributions.find((a) => a.component.key === key)!.component.label;
    expect(label('feature:has-code')).toBe('No has-code'); // value 0
    expect(label('feature:question-marks')).toBe('Label of question-marks'); // value 3: present
  });

  it('reports a high fidelity and the unperturbed score', () => {
    expect(e.fidelity).toBeGreaterThan(0.9);
    expect(e.baseScore).toBeCloseTo(0.5 + 0.3 - 0.25 + 0.12 - 0.06 + 0 + 0.15, 10);
  });

  it('vectorises once and scores every perturbation in one batch', () => {
    expect(model.calls.vectorise).toBe(1);
    expect(model.calls.batches).toBe(1);
    expect(model.calls.rows).toBe(e.samples);
  });

  it('has word, phrase, sentence and feature components with spans into the original text', () => {
    const kinds = new Set(e.attributions.map((a) => a.component.kind));
    expect(kinds).toEqual(new Set(['word', 'phrase', 'sentence', 'feature']));
    for (const a of e.attributions) {
      const c = a.component;
      for (const s of c.spans) {
        const typed = input[s.field].slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ');
        if (c.kind === 'word' || c.kind === 'phrase') expect(typed).toBe(c.text);
        if (c.kind === 'sentence')
          expect(typed.replace(/`[^`]*`/g, ' ').replace(/\s+/g, ' ')).toBe(c.text.toLowerCase());
      }
    }
    const phrase = e.attributions.find(
      (a) => a.component.kind === 'phrase' && a.component.text === 'thanks in advance',
    );
    expect(phrase?.component.spans).toHaveLength(1);
    // Nothing points into code.
    const code = doc.codeRanges;
    for (const a of e.attributions)
      for (const s of a.component.spans)
        if (s.field === 'body')
          expect(code.some(([x, y]) => s.start < y && x < s.end && a.component.kind !== 'sentence')).toBe(false);
  });

  it('groups repeated words into one component', () => {
    const sorted = e.attributions.find((a) => a.component.key === 'word:sorted')!;
    expect(sorted.component.tokens.length).toBe(1); // the other "sorted" is inline code, never tokenised as a word
    const key = e.attributions.find((a) => a.component.key === 'word:key')!;
    expect(key.component.tokens.length).toBe(key.component.spans.length);
    expect(key.component.spans.length).toBe(2);
  });

  it('makes no component of a function word ("I" five times, "the"), which stays in its sentences', () => {
    const keys = e.attributions.map((a) => a.component.key);
    expect(keys).not.toContain('word:i');
    expect(keys).not.toContain('word:the');
    const iTokens = e.vec.tokens.flatMap((t, k) => (t === 'i' ? [k] : []));
    expect(iTokens).toHaveLength(5);
    const inSentences = e.attributions
      .filter((a) => a.component.kind === 'sentence')
      .flatMap((a) => a.component.tokens);
    for (const k of iTokens) expect(inSentences).toContain(k);
  });
});

describe('explain on a synthetic logistic model', () => {
  it('recovers sign and order of the planted words', () => {
    const e = explain(
      parseQuestion(input),
      syntheticModel({
        ...spec,
        bias: -0.2,
        logistic: true,
        words: { traceback: 1.5, urgent: -1.2, documentation: 0.6 },
      }),
    );
    const w = (k: string) => weightOf(e, `word:${k}`)!;
    expect(w('traceback')).toBeGreaterThan(w('documentation'));
    expect(w('documentation')).toBeGreaterThan(0);
    expect(w('urgent')).toBeLessThan(0);
    expect(Math.abs(w('urgent'))).toBeGreaterThan(Math.abs(w('documentation')));
    expect(e.fidelity).toBeGreaterThan(0.8);
  });
});

describe('determinism', () => {
  it('gives identical output for the same text', () => {
    const a = explain(parseQuestion(input), syntheticModel({ ...spec, logistic: true }));
    const b = explain(parseQuestion({ ...input }), syntheticModel({ ...spec, logistic: true }));
    expect(b.seed).toBe(a.seed);
    expect(b.attributions.map((x) => [x.component.key, x.weight])).toEqual(
      a.attributions.map((x) => [x.component.key, x.weight]),
    );
    expect(b.fidelity).toBe(a.fidelity);
  });

  it("seeds the samples by the components' layout: an edit that keeps it reuses them, one that changes it does not", () => {
    const model = syntheticModel({ ...spec, logistic: true });
    const kinds = (e: ReturnType<typeof explain>) => e.attributions.map((x) => x.component.kind).join();
    const a = explain(parseQuestion(input), model);
    // One character changed inside a word: same kinds of components in the same order.
    const typo = explain(parseQuestion({ ...input, body: input.body.replace('urgent', 'urgant') }), model);
    expect(kinds(typo)).toBe(kinds(a));
    expect(typo.seed).toBe(a.seed);
    // The attributions still follow the new text: the renamed word is a component of its own.
    expect(typo.attributions.some((x) => x.component.key === 'word:urgant')).toBe(true);
    const longer = explain(
      parseQuestion({ ...input, body: `${input.body}\n\nA new sentence about the parser.` }),
      model,
    );
    expect(kinds(longer)).not.toBe(kinds(a));
    expect(longer.seed).not.toBe(a.seed);
  });

  it("the worker's warm-up changes no explanation (its designs are those of their layouts, built ahead)", () => {
    const model = syntheticModel({ ...spec, logistic: true });
    const texts = [input, { ...input, body: `${input.body}\n\nA new sentence about the parser.` }];
    const before = texts.map((t) =>
      explain(parseQuestion(t), model).attributions.map((x) => [x.component.key, x.weight]),
    );
    warmUpExplainer();
    const after = texts.map((t) =>
      explain(parseQuestion(t), model).attributions.map((x) => [x.component.key, x.weight]),
    );
    expect(after).toEqual(before);
  });
});

describe('alignment to a model with its own tokenizer', () => {
  it('points at the typed words when the model tokenises differently (title markers, other word rules)', () => {
    const WORD = /\p{L}[\p{L}\p{N}'’_-]*|\p{N}+/gu;
    const legacy = syntheticModel({
      ...spec,
      tokenize: (doc) =>
        doc.prose.flatMap((b) => {
          const w = (b.text.toLowerCase().match(WORD) ?? []).map((x) => x.replace(/['_-]+$/, ''));
          return b.kind === 'title' ? ['<title>', ...w, '</title>'] : w;
        }),
    });
    const e = explain(parseQuestion(input), legacy);
    const urgent = e.attributions.find((a) => a.component.key === 'word:urgent')!;
    expect(urgent.weight).toBeLessThan(0);
    const s = urgent.component.spans[0];
    expect(input.body.slice(s.start, s.end)).toBe('urgent');
    const python = e.attributions.find((a) => a.component.key === 'word:python')!;
    expect(python.component.spans).toEqual([{ field: 'title', start: 27, end: 33 }]);
  });
});

describe('degenerate inputs', () => {
  it('explains a model that ignores everything with zero weights and fidelity 1', () => {
    const e = explain(parseQuestion(input), syntheticModel({ bias: 0.3, words: {}, features: [] }));
    expect(e.baseScore).toBe(0.3);
    expect(e.fidelity).toBe(1);
    for (const a of e.attributions) expect(Math.abs(a.weight)).toBeLessThan(1e-9);
  });

  it('caps the number of components on a long text', () => {
    const sentence = 'The worker thread number %d reads a different configuration file and then fails silently. ';
    const body = Array.from({ length: 200 }, (_, i) => `${sentence.replace('%d', String(i))}word${i} `).join('');
    const e = explain(parseQuestion({ title: 'Workers fail', body }), syntheticModel(spec));
    const count = (k: string) => e.attributions.filter((a) => a.component.kind === k).length;
    expect(count('word')).toBe(40);
    expect(count('sentence')).toBe(30);
    expect(e.samples).toBeLessThanOrEqual(321);
  });
});

describe('ridge and Cholesky', () => {
  it('solves a known SPD system', () => {
    const A = new Float64Array([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(A, new Float64Array([2, 1, 3]), 3);
    const back = [0, 1, 2].map((i) => [0, 1, 2].reduce((s, j) => s + A[i * 3 + j] * x[j], 0));
    back.forEach((v, i) => {
      expect(v).toBeCloseTo([2, 1, 3][i], 10);
    });
  });

  it('recovers exact weights from noise-free weighted linear data', () => {
    const rand = mulberry32(7);
    const truth = [0.4, -0.3, 0.0, 0.25, -0.1];
    const rows: Uint8Array[] = [];
    const y: number[] = [];
    const w: number[] = [];
    for (let k = 0; k < 200; k++) {
      const r = Uint8Array.from(truth, () => (rand() < 0.5 ? 1 : 0));
      rows.push(r);
      y.push(0.2 + truth.reduce((s, t, j) => s + t * r[j], 0));
      w.push(0.1 + rand());
    }
    const fit = weightedRidge(rows, y, w, 1e-9);
    expect(fit.intercept).toBeCloseTo(0.2, 6);
    truth.forEach((t, j) => {
      expect(fit.coef[j]).toBeCloseTo(t, 6);
    });
    expect(fit.r2).toBeCloseTo(1, 8);
  });
});
