import { canApplyIn, type FieldKind, type FieldName, type Finding } from '../shared/finding';
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

/** What the page's content script said it can do for these suggestions, and the popup's handlers for the clicks. */
export interface SuggestionActions {
  /** The field's title and body, by kind: Apply is offered only where the page would offer it. */
  fields: Partial<Record<FieldName, FieldKind>>;
  /** While an action is on its way or its new analysis is awaited. */
  busy: boolean;
  apply(finding: Finding): void;
  ignore(finding: Finding): void;
}

export function SuggestionList({
  id,
  title,
  findings,
  input,
  actions,
}: {
  id: string;
  title: string;
  findings: Finding[];
  input: QuestionInput;
  actions?: SuggestionActions | null;
}) {
  if (findings.length === 0) return null;
  return (
    <section class="suggestions" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {byGain(findings).map((finding, index) => {
          const quote = quoteOf(finding, input);
          const fix = finding.fix;
          const kind = fix && actions?.fields[fix.span.field];
          // each button's description names its suggestion, as several read "Apply"
          const messageId = `${id}-${index}`;
          return (
            <li
              key={`${finding.id}-${index}`}
              data-testid="suggestion"
              data-id={finding.id}
              class={`severity-${finding.severity}`}
            >
              <span class="message" id={messageId}>
                {finding.message}
              </span>
              {finding.gain !== undefined ? <span class="gain">{formatGain(finding.gain)}</span> : null}
              {quote ? <q class="quote">{quote}</q> : null}
              <span class="where">{finding.span.field === 'title' ? 'in the title' : 'in the body'}</span>
              {actions ? (
                <span class="actions">
                  {fix && kind && canApplyIn(kind, fix) ? (
                    <button
                      type="button"
                      data-action="apply"
                      aria-describedby={messageId}
                      disabled={actions.busy}
                      onClick={() => actions.apply(finding)}
                    >
                      {fix.placeholder ? 'Insert template' : 'Apply'}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    data-action="ignore"
                    aria-describedby={messageId}
                    disabled={actions.busy}
                    onClick={() => actions.ignore(finding)}
                  >
                    Ignore
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
