import type { Finding } from '../shared/finding';
import { formatGain } from '../shared/format-gain';
import type { QuestionInput } from '../shared/question';
import { byGain } from '../shared/score-words';

const MAX_QUOTE = 80;

/** The text a finding points at, shortened for display. */
export function quoteOf(finding: Finding, input: QuestionInput): string | null {
  if (finding.scope !== 'span') return null;
  const text = input[finding.span.field].slice(finding.span.start, finding.span.end);
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

export function SuggestionList({ title, findings, input }: { title: string; findings: Finding[]; input: QuestionInput }) {
  if (findings.length === 0) return null;
  return (
    <section class="suggestions" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {byGain(findings).map((finding, index) => {
          const quote = quoteOf(finding, input);
          return (
            <li key={`${finding.id}-${index}`} data-testid="suggestion" data-id={finding.id} class={`severity-${finding.severity}`}>
              <span class="message">{finding.message}</span>
              {finding.gain !== undefined ? <span class="gain">{formatGain(finding.gain)}</span> : null}
              {quote ? <q class="quote">{quote}</q> : null}
              <span class="where">{finding.span.field === 'title' ? 'in the title' : 'in the body'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
