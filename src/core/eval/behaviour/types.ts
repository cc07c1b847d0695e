// Shared types of the behavioural suite (CheckList-style tests of a scorer, Ribeiro et al., 2020).
import type { QuestionInput } from '../../../shared/question';

/** The full pipeline's calibrated score in [0, 1]; null when the text is not scorable (the gate said no). */
export type ScoreFn = (q: QuestionInput) => number | null | Promise<number | null>;

/** What a score counts as when a property compares scores: not scorable earns nothing. */
export const earned = (score: number | null): number => score ?? 0;

/** The figures the model must reach (issue 13). Kept in one place so the tests and the card agree. */
export const BEHAVIOUR_TARGETS = {
  /** Score spread (max - min) across technologies for one template: mean over templates, and worst. */
  invarianceMeanSpread: 0.05,
  invarianceWorstSpread: 0.1,
  /** Share of (good template, tech A) × (poor template, tech B) pairs where the good one scores higher. */
  goodOverPoorShare: 1,
  /** Every gaming text must score at most this (not scorable counts as 0). */
  gamingMaxScore: 0.2,
  /** Share of direction pairs that move the right way. */
  directionShare: 1,
  /** Minimum function: good >= threshold, poor < threshold, and the share of cases that pass. */
  minimumThreshold: 0.5,
  minimumPassRate: 1,
} as const;

export type BehaviourTargets = typeof BEHAVIOUR_TARGETS;
