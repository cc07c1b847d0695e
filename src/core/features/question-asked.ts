// 1 when the title or body asks a question (a question mark or an interrogative sentence; checks/signals.ts).
import type { Feature } from './feature';

export const questionAsked: Feature = {
  id: 'question-asked',
  label: 'Asks a question',
  absentLabel: 'Asks no question',
  family: 'question',
  compute: ({ stats }) => (stats.signals.questionAsked ? 1 : 0),
};
