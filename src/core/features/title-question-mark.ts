// 1 when the title contains a question mark (not a URL query).
import { QUESTION_MARK } from '../checks/signals';
import type { Feature } from './feature';

export const titleQuestionMark: Feature = {
  id: 'title-question-mark',
  label: 'Title has a question mark',
  absentLabel: 'No question mark in the title',
  family: 'question',
  compute: ({ stats }) => (QUESTION_MARK.test(stats.check.title?.block.text ?? '') ? 1 : 0),
};
