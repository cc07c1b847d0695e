// Every suggestion kind: when it proposes, and that applying its edit gives exactly the expected text.
import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../../src/shared/question';
import { ATTEMPT_TEMPLATE } from '../../../src/core/suggestions/describe-attempt';
import { CODE_TEMPLATE } from '../../../src/core/suggestions/add-code-sample';
import { ERROR_TEMPLATE } from '../../../src/core/suggestions/add-error-message';
import { QUESTION_TEMPLATE } from '../../../src/core/suggestions/add-question';
import { SUGGESTION_KINDS } from '../../../src/core/suggestions/registry';
import {
  ATTEMPT_STAND_IN,
  CODE_STAND_IN,
  ERROR_STAND_IN,
  QUESTION_STAND_IN,
} from '../../../src/core/suggestions/stand-ins';
import { cases, context, kind, LONG } from './kind-cases';

describe('suggestion kinds apply their edit', () => {
  it('every registered kind has a case', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(SUGGESTION_KINDS.map((k) => k.id)));
  });

  it.each(cases)('$kind → $expected.title', (c) => {
    const ctx = context(c.input, c.words, c.over);
    const proposed = kind(c.kind).propose(ctx);
    expect(proposed).toHaveLength(1);
    const [cand] = proposed;
    expect(cand.id).toBe(c.kind);
    expect(cand.message).toMatch(c.message);
    expect(cand.scope).toBe(c.scope);
    expect(cand.apply(c.input)).toEqual(c.expected);
    // Only an edit that inserts a template is measured by another text.
    if (c.measured) expect(cand.measure?.(c.input)).toEqual(c.measured);
    else expect(cand.measure).toBeUndefined();
    // Spans are UTF-16 ranges of the typed field.
    expect(cand.span.start).toBeGreaterThanOrEqual(0);
    expect(cand.span.end).toBeLessThanOrEqual(c.input[cand.span.field].length);
    if (c.kind === 'remove-noise') expect(c.input.body.slice(cand.span.start, cand.span.end)).toBe('urgent');
    if (c.kind === 'split-sentence') expect(c.input.body.slice(cand.span.start, cand.span.end)).toBe(LONG);
  });
});

describe('template kinds: apply inserts the template, measure the stand-in, in the same place', () => {
  const templates = [
    { kind: 'add-code-sample', template: CODE_TEMPLATE, standIn: CODE_STAND_IN },
    { kind: 'add-error-message', template: ERROR_TEMPLATE, standIn: ERROR_STAND_IN },
    { kind: 'describe-attempt', template: ATTEMPT_TEMPLATE, standIn: ATTEMPT_STAND_IN },
    { kind: 'add-question', template: QUESTION_TEMPLATE, standIn: QUESTION_STAND_IN },
  ];
  it.each(templates)('$kind', ({ kind: id, template, standIn }) => {
    const c = cases.find((x) => x.kind === id)!;
    const [cand] = kind(id).propose(context(c.input, c.words, c.over));
    // Whatever the body ends with, the text before the insertion is the same for both.
    for (const body of [c.input.body, `${c.input.body}\n`, `${c.input.body}\n\n`, '']) {
      const q = { ...c.input, body };
      const applied = cand.apply(q);
      const measured = cand.measure!(q);
      expect(applied.title).toBe(q.title);
      expect(measured.title).toBe(q.title);
      expect(applied.body.endsWith(template)).toBe(true);
      expect(measured.body.endsWith(standIn)).toBe(true);
      const before = applied.body.slice(0, -template.length);
      expect(before.startsWith(body)).toBe(true);
      expect(before.slice(body.length)).toMatch(/^\n{0,2}$/);
      expect(measured.body).toBe(before + standIn);
    }
  });
});

describe('suggestion kinds stay quiet when there is nothing to fix', () => {
  const good: QuestionInput = {
    title: 'Why does the parser reject keys with dots?',
    body: 'I tried `parse(text)` but it throws:\n\n```\nTypeError: bad key\n```\n\nHow do I keep them?',
  };
  it.each(SUGGESTION_KINDS.map((k) => k.id))('%s', (id) => {
    const ctx = context(
      good,
      {},
      { 'has-code-block': 1, 'shows-attempt': 1, 'error-message': 1, 'question-asked': 1, 'title-question-mark': 1 },
    );
    expect(kind(id).propose(ctx)).toEqual([]);
  });

  it('offers to remove a noise word only when it hurts or the noise check flags it', () => {
    const input = {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots, thanks. How do I keep them?',
    };
    expect(kind('remove-noise').propose(context(input, { thanks: 0.1 }, {}, [])).length).toBe(0);
    expect(kind('remove-noise').propose(context(input, { thanks: -0.1 }, {}, [])).length).toBe(1);
    // Bare "please" is not in the noise lexicon (the noise check never flagged it): never offered, even when it hurts.
    const please = { ...input, body: 'The parser rejects keys with dots, please. How do I keep them?' };
    expect(kind('remove-noise').propose(context(please, { please: -0.1 }, {}, [])).length).toBe(0);
  });

  it('offers no code sample when code is typed as prose (format-code fences it)', () => {
    const input = {
      title: 'Parser rejects keys with dots',
      body: 'My code:\nconst cfg = parse(text);\nconsole.log(cfg);\nHow do I keep the dotted keys?',
    };
    const ctx = context(input);
    expect(ctx.heuristicFindings.map((f) => f.id)).toContain('code-not-formatted');
    expect(kind('add-code-sample').propose(ctx)).toEqual([]);
    expect(kind('format-code').propose(ctx)).toHaveLength(1);
  });

  it('removes every occurrence of a repeated noise word in one edit', () => {
    const input = {
      title: 'Urgent: parser rejects dotted keys',
      body: 'Urgent. The parser rejects keys with dots. How do I keep them?',
    };
    const [c] = kind('remove-noise').propose(context(input, { urgent: -0.2 }));
    expect(c.message).toMatch(/\(2×\)/);
    expect(c.apply(input)).toEqual({
      title: 'Parser rejects dotted keys',
      body: 'The parser rejects keys with dots. How do I keep them?',
    });
  });
});
