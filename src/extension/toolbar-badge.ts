// What the toolbar button shows for one tab: a pure function of the tab's site switch and latest analysis.
// The background only applies it (toolbar-action.ts).
import type { AnalysisResult } from '../shared/question';
import { BAND_COLOUR, bandOf, scorePoints } from '../shared/score-bands';

export interface ToolbarBadge {
  /** Badge text: the score in points, "off", or empty. */
  text: string;
  /** Badge background. */
  colour: string;
  /** The button's tooltip: the same in words. */
  title: string;
}

export const TOOLBAR_NAME = 'ML Editor';
const NEUTRAL = '#57606a';

export interface TabState {
  /** Whether ML Editor runs on the tab's site; null when the tab's page is unknown (nothing reported from it). */
  siteEnabled: boolean | null;
  /** The tab's latest analysis, if any. */
  result: AnalysisResult | null;
}

export function toolbarBadge({ siteEnabled, result }: TabState): ToolbarBadge {
  if (siteEnabled === false) return { text: 'off', colour: NEUTRAL, title: `${TOOLBAR_NAME} is off on this site` };
  if (!result) return { text: '', colour: NEUTRAL, title: TOOLBAR_NAME };
  if (result.state === 'scored' && result.score !== null) {
    const points = scorePoints(result.score);
    return {
      text: String(points),
      colour: BAND_COLOUR[bandOf(result.score)],
      title: `${TOOLBAR_NAME}: this question scores ${points} of 100`,
    };
  }
  if (result.state === 'error') return { text: '', colour: NEUTRAL, title: `${TOOLBAR_NAME}: the analysis failed` };
  return { text: '', colour: NEUTRAL, title: `${TOOLBAR_NAME}: ${result.reason ?? 'not enough to score yet'}` };
}
