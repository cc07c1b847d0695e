// What the toolbar button says for a tab: score in points with its band's colour, "off", or nothing.
import { describe, expect, it } from 'vitest';
import { toolbarBadge } from '../../../src/extension/toolbar-badge';
import type { AnalysisResult } from '../../../src/shared/question';
import { BAND_COLOUR } from '../../../src/shared/score-bands';

function result(over: Partial<AnalysisResult> = {}): AnalysisResult {
  return { state: 'scored', score: 0.5, findings: [], contributions: [], scorer: 'q-test', elapsedMs: 1, ...over };
}

describe('toolbarBadge', () => {
  it.each([
    ['a good question', result({ score: 0.83 }), '83', BAND_COLOUR.good, 'ML Editor: this question scores 83 of 100'],
    ['a fair question', result({ score: 0.5 }), '50', BAND_COLOUR.fair, 'ML Editor: this question scores 50 of 100'],
    ['a poor question', result({ score: 0.12 }), '12', BAND_COLOUR.poor, 'ML Editor: this question scores 12 of 100'],
    ['zero', result({ score: 0 }), '0', BAND_COLOUR.poor, 'ML Editor: this question scores 0 of 100'],
    ['the top', result({ score: 1 }), '100', BAND_COLOUR.good, 'ML Editor: this question scores 100 of 100'],
    ['shown 66 is good', result({ score: 0.655 }), '66', BAND_COLOUR.good, 'ML Editor: this question scores 66 of 100'],
    [
      'too short to score',
      result({ state: 'not-scorable', score: null, reason: 'Write a little more.' }),
      '',
      expect.any(String),
      'ML Editor: Write a little more.',
    ],
    [
      'not scorable, no reason',
      result({ state: 'not-scorable', score: null }),
      '',
      expect.any(String),
      'ML Editor: not enough to score yet',
    ],
    [
      'failed',
      result({ state: 'error', score: null, reason: 'boom' }),
      '',
      expect.any(String),
      'ML Editor: the analysis failed',
    ],
  ])('%s', (_name, r, text, colour, title) => {
    expect(toolbarBadge({ siteEnabled: true, result: r })).toEqual({ text, colour, title });
  });

  it('is empty where nothing has been analysed, whether or not the page is known', () => {
    for (const siteEnabled of [true, null]) {
      expect(toolbarBadge({ siteEnabled, result: null })).toMatchObject({ text: '', title: 'ML Editor' });
    }
  });

  it('says "off" where the site is off, even with an analysis still stored', () => {
    for (const r of [null, result({ score: 0.9 })]) {
      expect(toolbarBadge({ siteEnabled: false, result: r })).toMatchObject({
        text: 'off',
        title: 'ML Editor is off on this site',
      });
    }
  });

  it('the "off" colour is none of the bands', () => {
    expect(Object.values(BAND_COLOUR)).not.toContain(toolbarBadge({ siteEnabled: false, result: null }).colour);
  });
});
