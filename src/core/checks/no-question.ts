// A question should ask something: a '?' or an interrogative sentence in the title or the body.
import { fieldFinding, type Check } from './check';

export const noQuestion: Check = {
  id: 'no-question',
  title: 'No question asked',
  run(ctx) {
    if (ctx.signals.questionAsked) return [];
    return [
      fieldFinding(
        ctx.doc,
        'no-question',
        'body',
        'warning',
        'No question is asked: end with the exact question you want answered, e.g. “How can I …?”.',
      ),
    ];
  },
};
