// Good questions show what was tried: code, an error message, or "I tried …".
import { fieldFinding, type Check } from './check';

export const noAttempt: Check = {
  id: 'no-attempt',
  title: 'No sign of what was tried',
  run(ctx) {
    if (ctx.signals.showsAttempt) return [];
    return [
      fieldFinding(
        ctx.doc,
        'no-attempt',
        'body',
        'warning',
        'Show what you tried: include your code, the exact error message, or what you attempted and what happened.',
      ),
    ];
  },
};
