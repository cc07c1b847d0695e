// Behavioural tests of a scorer (issue 13, item 7): invariance, gaming, direction, minimum function.
export { runBehaviourSuite, type BehaviourReport } from './runner';
export { behaviourMarkdown } from './markdown';
export { BEHAVIOUR_TARGETS, type ScoreFn } from './types';
export { INVARIANCE_TEMPLATES } from './invariance';
export { GAMING_TEXTS } from './gaming';
export { directionPairs, DIRECTION_QUESTIONS } from './direction';
export { MINIMUM_CASES } from './minimum-function';
export { TECHNOLOGIES } from './technologies';
export { pipelineScore } from './pipeline-score';
