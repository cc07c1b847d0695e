// The popup's score card with the close-reason risk: shown in words with its chance and advice, only when
// the result is scored and the likeliest reason reaches the threshold.
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { ScoreCard } from '../../../src/popup/ScoreCard';
import { CLOSE_REASONS, type CloseReason, type CloseRisk } from '../../../src/shared/close-risk';
import { CLOSE_RISK_TEXT, CLOSE_RISK_THRESHOLD } from '../../../src/shared/close-risk-text';
import type { AnalysisResult } from '../../../src/shared/question';
import { byTestId, render, textOf } from './render';

function riskOf(reason: CloseReason, probability: number): CloseRisk {
  const byReason = Object.fromEntries(CLOSE_REASONS.map((r) => [r, r === reason ? probability : 0.02])) as Record<
    CloseReason,
    number
  >;
  return { reason, probability, byReason };
}

function result(over: Partial<AnalysisResult> = {}): AnalysisResult {
  return { state: 'scored', score: 0.31, findings: [], contributions: [], scorer: 'q-test', elapsedMs: 3, ...over };
}

const card = (r: AnalysisResult) => render(h(ScoreCard, { result: r }));
const riskNote = (r: AnalysisResult) => byTestId(card(r), 'close-risk');

describe('popup ScoreCard: the close-reason risk', () => {
  it('shows "Risk: may be closed as opinion-based (62%)" and what to do, beside the score', () => {
    const nodes = card(result({ closeRisk: riskOf('opinion-based', 0.62) }));
    const [note] = byTestId(nodes, 'close-risk');
    expect(note).toBeDefined();
    expect(textOf([note])).toBe(`Risk: may be closed as opinion-based (62%) ${CLOSE_RISK_TEXT['opinion-based'][1]}`);
    // the line stands out on its own; the advice follows it
    const strong = note.children.find((c) => typeof c !== 'string' && c.tag === 'strong');
    expect(strong && textOf([strong])).toBe('Risk: may be closed as opinion-based (62%)');
    expect(textOf(byTestId(nodes, 'score'))).toBe('31');
  });

  it.each(CLOSE_REASONS)('%s: its words and its advice', (reason) => {
    const [note] = riskNote(result({ closeRisk: riskOf(reason, 0.5) }));
    const [name, advice] = CLOSE_RISK_TEXT[reason];
    expect(textOf([note])).toBe(`Risk: may be closed as ${name} (50%) ${advice}`);
  });

  it('rounds the chance to a whole percent', () => {
    expect(textOf(riskNote(result({ closeRisk: riskOf('unclear', 0.4449) })))).toContain('(44%)');
    expect(textOf(riskNote(result({ closeRisk: riskOf('unclear', 0.995) })))).toContain('(100%)');
  });

  it('nothing below the threshold', () => {
    expect(riskNote(result({ closeRisk: riskOf('off-topic', CLOSE_RISK_THRESHOLD - 0.01) }))).toEqual([]);
    expect(riskNote(result({ closeRisk: riskOf('off-topic', CLOSE_RISK_THRESHOLD) }))).toHaveLength(1);
  });

  it('nothing without a close risk (today’s model, the heuristic scorer)', () => {
    const nodes = card(result());
    expect(byTestId(nodes, 'close-risk')).toEqual([]);
    expect(textOf(nodes)).not.toContain('Risk');
  });

  it.each([
    [
      'not-scorable',
      result({
        state: 'not-scorable',
        score: null,
        reason: 'Write a few more words.',
        closeRisk: riskOf('unclear', 0.9),
      }),
    ],
    [
      'error',
      result({ state: 'error', score: null, reason: 'The analysis failed.', closeRisk: riskOf('unclear', 0.9) }),
    ],
  ])('nothing when %s', (_state, r) => {
    expect(riskNote(r)).toEqual([]);
  });

  it('nothing for a malformed stored risk (an unknown reason)', () => {
    const stored = { ...riskOf('unclear', 0.9), reason: 'spam' } as unknown as CloseRisk;
    expect(riskNote(result({ closeRisk: stored }))).toEqual([]);
  });
});
