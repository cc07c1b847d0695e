// The one label every set is mapped to: was the question WELL received ('good') or POORLY received
// ('poor') by the community. That is what the sets share: HQ/LQ in the 60k data come from score +
// closing/edits, klandersen from extreme scores, the API set from closing, SE dumps from score. Raw
// classes are kept in `labelDetail` so a trainer can still tell LQ_EDIT from LQ_CLOSE.
import type { CloseReason } from '../../shared/close-risk';
import type { QualityLabel } from './question-record';

export interface LabelRule {
  raw: string;
  label: QualityLabel | null;
  why: string;
  /** For a closed question: the close reason, in the close-reason head's classes. */
  closeReason?: CloseReason;
}

/** Per set: raw class value -> label. Values not listed are malformed (`bad-label`), never guessed. */
export const LABEL_TABLES: Record<string, readonly LabelRule[]> = {
  'so60k-ramananthan-hq-lq': [
    { raw: 'HQ', label: 'good', why: '60k HQ: score > 0 (reference: 30+) and never edited or closed' },
    {
      raw: 'LQ',
      label: 'poor',
      why: 'collapsed LQ; all bodies HTML so these are LQ_CLOSE rows (closed without an edit)',
    },
  ],
  'so60k-alokpadhi-preprocessed': [
    { raw: 'HQ', label: 'good', why: '60k HQ: positive score, never edited or closed' },
    { raw: 'LQ_CLOSE', label: 'poor', why: '60k LQ_CLOSE: closed by the community without a single edit' },
    {
      raw: 'LQ_EDIT',
      label: 'poor',
      why: '60k LQ_EDIT: negative score and several community edits. LEAK: bodies are raw Markdown with CRLF, the others HTML',
    },
  ],
  'so-dump2016-klandersen-score': [
    { raw: '1', label: 'good', why: 'Score >= +51 in the 2016 dump' },
    { raw: '-1', label: 'poor', why: 'Score <= -6 in the 2016 dump' },
  ],
  // Kaggle 2012 OpenStatus: open, or the 2012 close reason (mapped to the reason people know today).
  'so-closed-2012-kaggle': [
    { raw: 'open', label: 'good', why: 'still open in 2012 (a class-balanced sample: about half the rows are closed)' },
    {
      raw: 'not a real question',
      label: 'poor',
      why: 'closed: ambiguous, vague, incomplete or overly broad',
      closeReason: 'unclear',
    },
    {
      raw: 'not constructive',
      label: 'poor',
      why: 'closed: invites debate, opinions, polls',
      closeReason: 'opinion-based',
    },
    {
      raw: 'off topic',
      label: 'poor',
      why: 'closed: not about programming as the FAQ defined it',
      closeReason: 'off-topic',
    },
    {
      raw: 'too localized',
      label: 'poor',
      why: 'closed: only relevant to a small place or moment',
      closeReason: 'too-localized',
    },
  ],
  // Stack Exchange API items: `closed_reason`. The shared file has only 'Opinion-based'; the other
  // current close reasons are listed so the same reader takes any API export of closed questions.
  'so-closed-opinion-2023': [
    { raw: 'Opinion-based', label: 'poor', why: 'closed as opinion-based: the community rejected the question' },
    { raw: 'Needs more focus', label: 'poor', why: 'closed: too broad' },
    { raw: 'Needs details or clarity', label: 'poor', why: 'closed: unclear' },
    { raw: 'Needs debugging details', label: 'poor', why: 'closed: no minimal reproducible example' },
    { raw: 'Not suitable for this site', label: 'poor', why: 'closed: off-topic' },
    { raw: 'Not reproducible or was caused by a typo', label: 'poor', why: 'closed: typo / not reproducible' },
    {
      raw: 'Duplicate',
      label: null,
      why: 'a duplicate can be a fine question asked before: says nothing about reception',
    },
  ],
};

/** Label of a raw class for a table; `undefined` when the value is unknown (= malformed row). */
export function labelFromTable(table: readonly LabelRule[], raw: string): QualityLabel | null | undefined {
  return table.find((rule) => rule.raw === raw)?.label;
}

/** The close reason a set's raw class stands for, when it names one. */
export function closeReasonOf(set: string, raw: string): CloseReason | undefined {
  return LABEL_TABLES[set]?.find((rule) => rule.raw === raw)?.closeReason;
}

/**
 * klandersen writes the class as `1`, `1.0`, `-1` or `-1.0` (pandas float columns): normalise to
 * the integer spelling the table uses, without accepting other numbers.
 */
export function normaliseKlandersenClass(raw: string): string {
  const value = Number(raw.trim());
  return raw.trim() !== '' && Number.isInteger(value) ? String(value) : raw;
}

export type MedianTies = 'null' | 'poor';

/**
 * Stack Exchange Posts.xml has only a Score, and scores scale with a site's traffic and age, so the
 * threshold is the site's own median question score: above it -> 'good', below -> 'poor'. A score
 * exactly at the median says neither, so it is null by default (`ties: 'poor'` reproduces the
 * "above median vs the rest" split quoted in the SOURCE.md files). Closing is not used: a question
 * closed as a duplicate can still be well received.
 */
export function labelFromMedian(score: number, median: number, ties: MedianTies = 'null'): QualityLabel | null {
  if (score > median) return 'good';
  if (score < median) return 'poor';
  return ties === 'poor' ? 'poor' : null;
}

/** Median of a score histogram (score -> count); mean of the two middle values for an even count. */
export function medianOfHistogram(histogram: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return null;
  const scores = [...histogram.keys()].sort((a, b) => a - b);
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const score of scores) {
    seen += histogram.get(score) ?? 0;
    if (low === null && seen > lowRank) low = score;
    if (seen > highRank) return ((low ?? score) + score) / 2;
  }
  return low;
}
