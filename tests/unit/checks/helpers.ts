// Shared helpers for the check tests: parse with the real Markdown parser, run one check, quote spans.
import type { Finding } from '../../../src/shared/finding';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import type { Check } from '../../../src/core/checks/check';
import { runChecks } from '../../../src/core/checks/registry';

export interface Input {
  title: string;
  body: string;
}

export function run(check: Check, input: Input): Finding[] {
  return runChecks(parseQuestion(input), [check]);
}

/** The exact original text a finding points at. */
export function quote(input: Input, f: Finding): string {
  return input[f.span.field].slice(f.span.start, f.span.end);
}

/** Quoted text of the span findings, in order. */
export function quotes(check: Check, input: Input): string[] {
  return run(check, input)
    .filter((f) => f.scope === 'span')
    .map((f) => quote(input, f));
}

export const GOOD_TITLE = 'How do I parse ISO dates with offsets in Python?';
export const GOOD_BODY =
  'I am parsing timestamps from an API response and need timezone-aware datetime objects.\n\n' +
  'I tried this:\n\n```python\nfrom datetime import datetime\ndatetime.strptime(s, "%Y-%m-%dT%H:%M:%S%z")\n```\n\n' +
  'It raises `ValueError: time data does not match format` for inputs like `2024-01-02T03:04:05+02:00`. ' +
  'What format string handles the colon in the offset?';
