import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import { BIAS, scoreHeuristically, SEVERITY_WEIGHT, SIGNAL_WEIGHT } from '../../src/core/heuristic-scorer';
import { GOOD_BODY, GOOD_TITLE } from './checks/helpers';

const score = (title: string, body: string) => scoreHeuristically(parseQuestion({ title, body }));

// From weakest to strongest: each step fixes something a reviewer would ask for.
const LADDER: Array<[string, string, string]> = [
  ['noisy, shouting, no question', 'HELP PLZ URGENT', 'HI ALL MY CODE DOESNT WORK plz help asap thanks in advance'],
  ['vague', 'Problem with my code', 'My code does not work. I need it to work.'],
  [
    'specific title, no detail',
    'Python strptime fails on ISO 8601 offsets',
    'Parsing dates with offsets fails for me.',
  ],
  [
    'asks, still no attempt',
    'Python strptime fails on ISO 8601 offsets',
    'I need timezone-aware datetimes from strings such as 2024-01-02T03:04:05+02:00 that an API returns. ' +
      'Parsing them fails for the offset part. How do I parse them into aware datetime objects?',
  ],
  ['complete', GOOD_TITLE, GOOD_BODY],
];

describe('scoreHeuristically', () => {
  it('orders questions from weak to strong', () => {
    const scores = LADDER.map(([, t, b]) => score(t, b).score);
    for (let i = 1; i < scores.length; i++) expect(scores[i], LADDER[i][0]).toBeGreaterThan(scores[i - 1]);
    expect(scores[0]).toBeLessThan(0.2);
    expect(scores[scores.length - 1]).toBeGreaterThan(0.7);
  });

  it('score is the logistic of bias + contributions (the documented formula)', () => {
    for (const [, t, b] of LADDER) {
      const r = score(t, b);
      const z = BIAS + r.contributions.reduce((a, c) => a + c.value, 0);
      expect(r.score).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    }
  });

  it('contributions: positive signals and capped per-check penalties, largest first', () => {
    const r = score(GOOD_TITLE, GOOD_BODY);
    const labels = r.contributions.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Asks a question', 'Includes code', 'Shows what was tried']));
    expect(r.contributions.find((c) => c.label === 'Includes code')?.value).toBe(SIGNAL_WEIGHT.codeBlock);
    const abs = r.contributions.map((c) => Math.abs(c.value));
    expect(abs).toEqual([...abs].sort((a, b) => b - a));

    // Many adverbs (info) cost at most 2 × the info weight.
    const adverbs = score(GOOD_TITLE, `${GOOD_BODY}\n\nIt really, truly, honestly, basically, totally, simply fails.`);
    expect(adverbs.findings.filter((f) => f.id === 'adverb').length).toBeGreaterThan(2);
    expect(adverbs.contributions.find((c) => c.label === 'Adverbs')?.value).toBeCloseTo(-2 * SEVERITY_WEIGHT.info, 12);
  });

  it('fixing a finding raises the score', () => {
    const noisy = score(GOOD_TITLE, `${GOOD_BODY}\n\nThanks in advance, plz help ASAP!`);
    const clean = score(GOOD_TITLE, GOOD_BODY);
    expect(clean.score).toBeGreaterThan(noisy.score);
  });

  it('is deterministic and returns the checks’ findings', () => {
    const a = score(...(LADDER[1].slice(1) as [string, string]));
    const b = score(...(LADDER[1].slice(1) as [string, string]));
    expect(b).toEqual(a);
    expect(a.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['title-not-specific', 'no-question', 'no-attempt']),
    );
  });

  it('scores empty input without throwing', () => {
    const r = score('', '');
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(0.1);
  });
});
