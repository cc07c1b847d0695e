// What the in-page hints show of a scored result (its points, label, band colour and close risk in words),
// worked out by the background, which adds it to each result it sends the page: the content script, whose
// size is budgeted, then carries none of the bands, labels or risk table. The popup reads the same functions.
import { closeRiskWords } from './close-risk-text';
import type { AnalysisResult, ShownScore } from './question';
import { BAND_COLOUR, bandOf, scoreLabel, scorePoints } from './score-bands';
import { scoreLine } from './score-words';

/** The page's view of a result: for a scored one only. */
export function shownScore(result: Pick<AnalysisResult, 'state' | 'score' | 'closeRisk'>): ShownScore | undefined {
  if (result.state !== 'scored' || result.score === null) return undefined;
  const risk = closeRiskWords(result);
  return {
    points: scorePoints(result.score),
    label: scoreLabel(result.score),
    line: scoreLine(result.score),
    colour: BAND_COLOUR[bandOf(result.score)],
    ...(risk ? { risk } : {}),
  };
}
