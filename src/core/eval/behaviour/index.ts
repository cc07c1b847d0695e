// Behavioural tests of a scorer (issue 13, item 7): invariance, gaming, direction, minimum function.
export { runBehaviourSuite, type BehaviourReport } from './runner';
export { behaviourMarkdown } from './markdown';
export { BEHAVIOUR_TARGETS, type ScoreFn } from './types';
export { runInvariance, INVARIANCE_TEMPLATES, type QuestionTemplate } from './invariance';
export { runGaming, GAMING_TEXTS } from './gaming';
export { runDirection, directionPairs, DIRECTION_QUESTIONS, PLACEHOLDERS } from './direction';
export { runMinimumFunction, MINIMUM_CASES } from './minimum-function';
export { TECHNOLOGIES, type Technology } from './technologies';
export { pipelineScore } from './pipeline-score';
