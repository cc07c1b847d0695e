// Runs every behavioural test against one score function and gathers the figures.
import { runDirection, type DirectionReport } from './direction';
import { runGaming, type GamingReport } from './gaming';
import { runInvariance, type InvarianceReport } from './invariance';
import { runMinimumFunction, type MinimumReport } from './minimum-function';
import { BEHAVIOUR_TARGETS, type BehaviourTargets, type ScoreFn } from './types';

export interface BehaviourReport {
  targets: BehaviourTargets;
  invariance: InvarianceReport;
  gaming: GamingReport;
  direction: DirectionReport;
  minimum: MinimumReport;
  /** Every target met. */
  pass: boolean;
}

/** `score` is the full pipeline's calibrated score (null = the gate refused the text). */
export async function runBehaviourSuite(score: ScoreFn): Promise<BehaviourReport> {
  const invariance = await runInvariance(score);
  const gaming = await runGaming(score);
  const direction = await runDirection(score);
  const minimum = await runMinimumFunction(score);
  const pass = Object.values(invariance.pass).every(Boolean) && gaming.pass && direction.pass && minimum.pass;
  return { targets: BEHAVIOUR_TARGETS, invariance, gaming, direction, minimum, pass };
}
