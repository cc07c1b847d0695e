import { describe, expect, it } from 'vitest';
import { CLOSE_REASONS, type CloseReason, type CloseRisk } from '../../src/shared/close-risk';
import { CLOSE_RISK_TEXT, CLOSE_RISK_THRESHOLD, closeRiskWords, isCloseRisk } from '../../src/shared/close-risk-text';

/** A risk whose likeliest reason is `reason` at `probability`; the other reasons share a little. */
function riskOf(reason: CloseReason, probability: number): CloseRisk {
  const byReason = Object.fromEntries(CLOSE_REASONS.map((r) => [r, r === reason ? probability : 0.01])) as Record<
    CloseReason,
    number
  >;
  return { reason, probability, byReason };
}

const scored = (closeRisk?: unknown) => ({ state: 'scored' as const, closeRisk: closeRisk as CloseRisk | undefined });

describe('closeRiskWords: one line and one piece of advice per reason', () => {
  it.each([
    ['unclear', 0.4, 'Risk: may be closed as unclear or incomplete (40%)', /expected and what happened instead/],
    ['opinion-based', 0.62, 'Risk: may be closed as opinion-based (62%)', /concrete problem/],
    ['off-topic', 0.3, 'Risk: may be closed as off-topic (30%)', /programming problem/],
    ['too-localized', 0.91, 'Risk: may be closed as too narrow to help others (91%)', /minimal example/],
  ] as const)('%s at %s', (reason, p, line, advice) => {
    const words = closeRiskWords(scored(riskOf(reason, p)));
    expect(words?.line).toBe(line);
    expect(words?.advice).toMatch(advice);
    expect(words?.advice).toBe(CLOSE_RISK_TEXT[reason][1]);
  });

  it('every reason has words and one short sentence of advice', () => {
    expect(Object.keys(CLOSE_RISK_TEXT).sort()).toEqual([...CLOSE_REASONS].sort());
    for (const reason of CLOSE_REASONS) {
      const [name, advice] = CLOSE_RISK_TEXT[reason];
      expect(name.trim()).not.toBe('');
      expect(advice).toMatch(/^[A-Z][^.!?]*[.]$/);
      expect(advice.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('closeRiskWords: the threshold', () => {
  it.each(CLOSE_REASONS)('%s: nothing below the threshold, shown at and above it', (reason) => {
    expect(closeRiskWords(scored(riskOf(reason, CLOSE_RISK_THRESHOLD - 0.001)))).toBeNull();
    expect(closeRiskWords(scored(riskOf(reason, 0)))).toBeNull();
    expect(closeRiskWords(scored(riskOf(reason, CLOSE_RISK_THRESHOLD)))).not.toBeNull();
    expect(closeRiskWords(scored(riskOf(reason, 1)))).not.toBeNull();
  });

  it('is a named chance in (0, 1)', () => {
    expect(CLOSE_RISK_THRESHOLD).toBeGreaterThan(0);
    expect(CLOSE_RISK_THRESHOLD).toBeLessThan(1);
  });
});

describe('closeRiskWords: percentages are rounded to whole numbers', () => {
  it.each([
    [0.25, '25%'],
    [0.616, '62%'],
    [0.624, '62%'],
    [0.625, '63%'],
    [0.999, '100%'],
    [1, '100%'],
    [1 / 3, '33%'],
  ])('%s → %s', (p, percent) => {
    expect(closeRiskWords(scored(riskOf('off-topic', p)))?.line).toBe(`Risk: may be closed as off-topic (${percent})`);
  });
});

describe('closeRiskWords: only for scored results with a well-formed risk', () => {
  it.each(['not-scorable', 'error'] as const)('%s: nothing', (state) => {
    expect(closeRiskWords({ state, closeRisk: riskOf('unclear', 0.9) })).toBeNull();
  });

  it('no risk at all: nothing', () => {
    expect(closeRiskWords(scored())).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'opinion-based'],
    ['an unknown reason', { ...riskOf('unclear', 0.9), reason: 'spam' }],
    ['a prototype key as reason', { ...riskOf('unclear', 0.9), reason: 'constructor' }],
    ['NaN probability', riskOf('unclear', Number.NaN)],
    ['probability above 1', riskOf('unclear', 1.5)],
    ['probability as a string', { ...riskOf('unclear', 0.9), probability: '0.9' }],
    ['no byReason', { reason: 'unclear', probability: 0.9 }],
    ['byReason missing a reason', { ...riskOf('unclear', 0.9), byReason: { unclear: 0.9 } }],
    [
      'byReason with NaN',
      { ...riskOf('unclear', 0.9), byReason: { ...riskOf('unclear', 0.9).byReason, 'off-topic': Number.NaN } },
    ],
  ])('malformed (%s): rejected, nothing shown', (_name, value) => {
    expect(isCloseRisk(value)).toBe(false);
    expect(closeRiskWords(scored(value))).toBeNull();
  });

  it('a well-formed risk passes the shape check', () => {
    for (const reason of CLOSE_REASONS) expect(isCloseRisk(riskOf(reason, 0.5))).toBe(true);
  });
});
