// The runner itself, on fake score functions: it must pass a scorer that has the properties and fail
// ones that do not (topic-sensitive, length-rewarding, constant), so a green suite means something.
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import {
  BEHAVIOUR_TARGETS,
  DIRECTION_QUESTIONS,
  GAMING_TEXTS,
  INVARIANCE_TEMPLATES,
  MINIMUM_CASES,
  TECHNOLOGIES,
  behaviourMarkdown,
  directionPairs,
  runBehaviourSuite,
  type ScoreFn,
} from '../../../src/core/eval/behaviour';
import type { QuestionInput } from '../../../src/shared/question';

const key = (q: QuestionInput) => JSON.stringify([q.title, q.body]);

/** Knows the right answer for every text of the suite: what a model with all the properties would give. */
function oracle(): ScoreFn {
  const known = new Map<string, number>();
  for (const t of INVARIANCE_TEMPLATES)
    for (const tech of TECHNOLOGIES) known.set(key(t.fill(tech)), t.quality === 'good' ? 0.8 : 0.1);
  for (const g of GAMING_TEXTS) known.set(key(g.q), 0.05);
  for (const c of MINIMUM_CASES) {
    const s = c.quality === 'good' ? 0.8 : 0.1;
    for (const q of [c.q, { title: '', body: c.q.body }, { title: c.q.title, body: '' }]) known.set(key(q), s);
  }
  return (q) => {
    const s = known.get(key(q));
    if (s !== undefined) return s;
    // Direction texts: substance counts, placeholders and templates do not.
    const d = DIRECTION_QUESTIONS.find((x) => q.body.includes(x.context));
    if (!d) throw new Error(`unknown text: ${q.title}`);
    return 0.2 + 0.2 * [d.code, d.error, d.attempt].filter((p) => q.body.includes(p)).length;
  };
}

const words = (q: QuestionInput) => `${q.title} ${q.body}`.split(/\s+/).filter(Boolean).length;

describe('runBehaviourSuite', () => {
  it('passes a scorer that has every property, with the figures it implies', async () => {
    const r = await runBehaviourSuite(oracle());
    expect(r.invariance.meanSpread).toBe(0);
    expect(r.invariance.goodOverPoor.share).toBe(1);
    expect(r.gaming.max).toBeCloseTo(0.05);
    expect(r.direction.share).toBe(1);
    expect(r.minimum.passRate).toBe(1);
    expect(r.pass).toBe(true);
  });

  it('fails invariance for a scorer that likes one technology', async () => {
    const base = oracle();
    const topical: ScoreFn = async (q) => {
      const s = (await base(q))!;
      return /\bKotlin\b/.test(`${q.title} ${q.body}`) ? Math.min(1, s + 0.15) : s;
    };
    const r = await runBehaviourSuite(topical);
    expect(r.invariance.worstSpread).toBeCloseTo(0.15);
    expect(r.invariance.pass.worstSpread).toBe(false);
    expect(r.invariance.pass.meanSpread).toBe(false);
    expect(r.invariance.templates.every((t) => t.highest === 'Kotlin')).toBe(true);
    expect(r.pass).toBe(false);
  });

  it('fails gaming for a scorer that rewards length', async () => {
    const r = await runBehaviourSuite((q) => Math.min(1, words(q) / 150));
    expect(r.gaming.pass).toBe(false);
    expect(r.gaming.texts.find((t) => t.id === 'repeated-good-sentence-30')!.pass).toBe(false);
    expect(r.pass).toBe(false);
  });

  it('fails good > poor, the minimum function and every "raise" pair for a constant scorer', async () => {
    const r = await runBehaviourSuite(() => 0.6);
    expect(r.invariance.meanSpread).toBe(0);
    expect(r.invariance.goodOverPoor.share).toBe(0);
    expect(r.minimum.cases.filter((c) => c.quality === 'poor').every((c) => !c.pass)).toBe(true);
    for (const k of r.direction.kinds) expect(k.share).toBe(k.expect === 'not-raise' ? 1 : 0);
    expect(r.gaming.pass).toBe(false);
  });

  it('counts a text the gate refuses as earning nothing', async () => {
    const r = await runBehaviourSuite(() => null);
    expect(r.gaming.pass).toBe(true);
    expect(r.gaming.unscorable).toBe(GAMING_TEXTS.length);
    expect(r.minimum.cases.filter((c) => c.quality === 'good').every((c) => !c.pass)).toBe(true);
    expect(r.invariance.goodOverPoor.share).toBe(0);
  });

  it('catches a scorer that rewards unfilled placeholders', async () => {
    const base = oracle();
    const r = await runBehaviourSuite(
      async (q) => (await base(q))! + (/…|\[your code here\]|<describe/.test(q.body) ? 0.05 : 0),
    );
    expect(r.direction.kinds.find((k) => k.kind === 'add-placeholder')!.share).toBeLessThan(1);
    expect(r.direction.pass).toBe(false);
  });
});

describe('the test texts', () => {
  it('cover at least 12 technologies and 3 good + 3 poor templates, each filled with the technology', () => {
    expect(new Set(TECHNOLOGIES.map((t) => t.name)).size).toBeGreaterThanOrEqual(12);
    expect(INVARIANCE_TEMPLATES.filter((t) => t.quality === 'good').length).toBeGreaterThanOrEqual(3);
    expect(INVARIANCE_TEMPLATES.filter((t) => t.quality === 'poor').length).toBeGreaterThanOrEqual(3);
    for (const template of INVARIANCE_TEMPLATES) {
      const texts = TECHNOLOGIES.map((t) => template.fill(t));
      expect(new Set(texts.map(key)).size).toBe(TECHNOLOGIES.length);
      texts.forEach((q, k) => {
        expect(`${q.title}\n${q.body}`).toContain(TECHNOLOGIES[k].name);
        expect(`${q.title}\n${q.body}`).not.toMatch(/\$\{|\[object Object\]/);
      });
    }
  });

  it("put each technology's code in a real code block", () => {
    const bug = INVARIANCE_TEMPLATES.find((t) => t.id === 'good-bug')!;
    for (const t of TECHNOLOGIES) {
      const doc = parseQuestion(bug.fill(t));
      expect(doc.codeBlocks.some((b) => b.code.includes(t.bugCode.split('\n')[1].trim()))).toBe(true);
      // The error is a block of its own (indented), not prose.
      expect(doc.codeBlocks.some((b) => b.code.includes(t.bugError.split('\n')[0].trim()))).toBe(true);
    }
  });

  it('have at least 20 gaming texts of every kind, with the one quoted in issue 13', () => {
    expect(GAMING_TEXTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(GAMING_TEXTS.map((g) => g.kind))).toEqual(
      new Set(['vacuous', 'stuffed', 'repeated', 'placeholder', 'nonsense-code']),
    );
    expect(
      GAMING_TEXTS.some((g) =>
        g.q.body.includes(
          "I tried everything but it doesn't work. I tried the following. However the difference is that version api. What is the difference?",
        ),
      ),
    ).toBe(true);
    expect(new Set(GAMING_TEXTS.map((g) => g.id)).size).toBe(GAMING_TEXTS.length);
  });

  it('have direction pairs of every kind, each edit really changing the text', () => {
    const pairs = directionPairs();
    for (const kind of [
      'add-code',
      'add-error',
      'add-attempt',
      'remove-code',
      'remove-error',
      'remove-attempt',
      'add-placeholder',
      'fill-placeholder',
    ]) {
      expect(pairs.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(DIRECTION_QUESTIONS.length);
    }
    for (const p of pairs) expect(key(p.edited)).not.toBe(key(p.base));
  });

  it('have clear good and poor cases, all with a title and a body', () => {
    expect(MINIMUM_CASES.filter((c) => c.quality === 'good').length).toBeGreaterThanOrEqual(10);
    expect(MINIMUM_CASES.filter((c) => c.quality === 'poor').length).toBeGreaterThanOrEqual(10);
    for (const c of MINIMUM_CASES) expect(c.q.title.trim() && c.q.body.trim()).toBeTruthy();
  });
});

describe('behaviourMarkdown', () => {
  it('renders the summary and a table per test, from the report', async () => {
    const r = await runBehaviourSuite(() => 0.6);
    const md = behaviourMarkdown(r);
    expect(md).toContain('## Behavioural tests');
    expect(md).toContain(`| <= ${BEHAVIOUR_TARGETS.invarianceMeanSpread} |`);
    expect(md).toContain('| good template > poor template, any two technologies | 0.00 ');
    for (const g of GAMING_TEXTS) expect(md).toContain(`| ${g.id} |`);
    for (const t of INVARIANCE_TEMPLATES) expect(md).toContain(`| ${t.id} (`);
    expect(md).toMatch(/\| add-placeholder \| not-raise \| \d+ \| \d+ \| 100\.0% \|/);
  });
});
