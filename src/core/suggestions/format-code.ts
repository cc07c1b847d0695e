// Code typed as prose (the code-not-formatted check points at it): fence those lines.
import type { Candidate, SuggestionKind } from './suggestion';

/** Wraps the whole lines covering `[start, end)` of `body` in ``` fences. */
export function fenceLines(body: string, start: number, end: number): string {
  const a = body.lastIndexOf('\n', start - 1) + 1;
  const nl = body.indexOf('\n', end);
  const b = nl === -1 ? body.length : nl;
  return `${body.slice(0, a)}\`\`\`\n${body.slice(a, b)}\n\`\`\`${body.slice(b)}`;
}

export const formatCode: SuggestionKind = {
  id: 'format-code',
  checks: ['code-not-formatted'],
  propose(ctx) {
    const out: Candidate[] = [];
    for (const f of ctx.heuristicFindings) {
      if (f.id !== 'code-not-formatted' || f.scope !== 'span' || f.span.field !== 'body') continue;
      const { start, end } = f.span;
      out.push({
        id: 'format-code',
        message: 'Put this code in a code block (``` fences) so it is shown as code.',
        span: f.span,
        scope: 'span',
        priority: 0.01,
        apply: (input) => ({ ...input, body: fenceLines(input.body, start, end) }),
      });
    }
    return out;
  },
};
