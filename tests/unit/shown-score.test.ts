// What the background sends the page to show for a result: the same points, label, line and risk words the
// popup shows (one definition each), and nothing for a result without a score.
import { describe, expect, it } from 'vitest';
import { CLOSE_RISK_TEXT } from '../../src/shared/close-risk-text';
import type { AnalysisResult } from '../../src/shared/question';
import { BAND_COLOUR } from '../../src/shared/score-bands';
import { shownScore } from '../../src/shared/shown-score';

const result = (over: Partial<AnalysisResult>): AnalysisResult => ({
  state: 'scored',
  score: 0.41,
  findings: [],
  contributions: [],
  scorer: 'q',
  elapsedMs: 1,
  ...over,
});
const risk = (probability: number) => ({
  reason: 'unclear' as const,
  probability,
  byReason: { unclear: probability, 'opinion-based': 0, 'off-topic': 0, 'too-localized': 0 },
});

describe('shownScore', () => {
  it('a scored result: its points, label, line and band colour', () => {
    expect(shownScore(result({ score: 0.41 }))).toEqual({
      points: 41,
      label: 'Could be clearer',
      line: '41 points · Could be clearer',
      colour: BAND_COLOUR.fair,
    });
    expect(shownScore(result({ score: 0.9 }))).toMatchObject({ points: 90, label: 'Great', colour: BAND_COLOUR.good });
  });

  it('with the close risk in words when it reaches the threshold, and without it below', () => {
    expect(shownScore(result({ closeRisk: risk(0.62) }))?.risk).toEqual({
      line: 'Risk: may be closed as unclear or incomplete (62%)',
      advice: CLOSE_RISK_TEXT.unclear[1],
    });
    expect(shownScore(result({ closeRisk: risk(0.1) }))).not.toHaveProperty('risk');
  });

  it('nothing for a result without a score', () => {
    expect(shownScore(result({ state: 'not-scorable', score: null }))).toBeUndefined();
    expect(shownScore(result({ state: 'error', score: null, closeRisk: risk(0.9) }))).toBeUndefined();
  });
});
