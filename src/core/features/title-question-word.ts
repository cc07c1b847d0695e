// 1 when the title opens with a question word or an inverted auxiliary ("How do I…", "Is it…").
import { INTERROGATIVE_START } from '../checks/signals';
import type { Feature } from './feature';

export const titleQuestionWord: Feature = {
  id: 'title-question-word',
  label: 'Title starts like a question (How, Why, Is…)',
  absentLabel: 'Title does not start like a question',
  family: 'question',
  compute: ({ stats }) => (INTERROGATIVE_START.test(stats.check.title?.block.text ?? '') ? 1 : 0),
};
