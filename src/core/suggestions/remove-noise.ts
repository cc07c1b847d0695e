// Greetings, thanks, pleading and urgency the model holds against the question: offer to delete them.
// Only words and phrases from the noise lexicon are ever offered (never arbitrary words).
import type { Span } from '../../shared/finding';
import { removePhrases } from './edits';
import type { Candidate, SuggestionKind } from './suggestion';

const overlaps = (a: Span, b: Span) => a.field === b.field && a.start < b.end && b.start < a.end;

export const removeNoise: SuggestionKind = {
  id: 'remove-noise',
  checks: ['noise'],
  propose(ctx) {
    const flagged = ctx.heuristicFindings.filter((f) => f.id === 'noise' && f.scope === 'span').map((f) => f.span);
    const out: Candidate[] = [];
    for (const a of ctx.explanation.attributions) {
      const c = a.component;
      if (!c.noise || c.spans.length === 0) continue;
      const confirmed = c.spans.some((s) => flagged.some((f) => overlaps(s, f)));
      if (a.weight >= 0 && !confirmed) continue;
      const spans = c.spans;
      out.push({
        id: 'remove-noise',
        message: `Remove “${c.text}”${spans.length > 1 ? ` (${spans.length}×)` : ''}: it adds nothing to the question.`,
        span: spans[0],
        scope: 'span',
        priority: -a.weight,
        apply(input) {
          const next = { ...input };
          for (const field of ['title', 'body'] as const) {
            const here = spans.filter((s) => s.field === field);
            if (here.length) next[field] = removePhrases(input[field], here);
          }
          return next;
        },
      });
    }
    return out;
  },
};
