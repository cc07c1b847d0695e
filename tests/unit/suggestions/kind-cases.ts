// One case per suggestion kind (a question it answers, its expected edit and message), and the context a kind
// proposes from (a synthetic model, so each case controls what hurts): kinds.test.ts and registries.test.ts.
import type { Finding } from '../../../src/shared/finding';
import type { QuestionInput } from '../../../src/shared/question';
import { runChecks } from '../../../src/core/checks/registry';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { explain } from '../../../src/core/explainer/explainer';
import { SUGGESTION_KINDS } from '../../../src/core/suggestions/registry';
import {
  ATTEMPT_STAND_IN,
  CODE_STAND_IN,
  ERROR_STAND_IN,
  QUESTION_STAND_IN,
} from '../../../src/core/suggestions/stand-ins';
import type { SuggestionContext } from '../../../src/core/suggestions/suggestion';
import { syntheticModel, type SyntheticSpec } from '../explainer/synthetic-model';

export const kind = (id: string) => SUGGESTION_KINDS.find((k) => k.id === id)!;

// Feature values the kinds read (0 = absent), all below their typical values so they hurt.
const features = (over: Partial<Record<string, number>> = {}): SyntheticSpec['features'] =>
  [
    'has-code-block',
    'shows-attempt',
    'error-message',
    'question-asked',
    'title-question-mark',
    'words-per-sentence',
  ].map((id) => ({
    id,
    weight: id === 'words-per-sentence' ? -0.01 : 0.1,
    value: over[id] ?? 0,
    typical: id === 'words-per-sentence' ? 14 : 0.5,
  }));

export function context(
  input: QuestionInput,
  words: Record<string, number> = {},
  over: Partial<Record<string, number>> = {},
  heuristics?: Finding[],
): SuggestionContext {
  const doc = parseQuestion(input);
  const explanation = explain(doc, syntheticModel({ bias: 0.4, words, features: features(over) }));
  return { doc, input, explanation, heuristicFindings: heuristics ?? runChecks(doc) };
}

export const LONG =
  'I load the settings file from the user folder when the app starts, and the parser then rejects every single key that contains a dot anywhere in its name.';

// `measured`: for an edit that inserts a template, the same insertion with the stand-in (what verification re-scores).
export const cases: Array<{
  kind: string;
  input: QuestionInput;
  words?: Record<string, number>;
  over?: Partial<Record<string, number>>;
  expected: QuestionInput;
  measured?: QuestionInput;
  message: RegExp;
  scope: 'span' | 'field';
}> = [
  {
    kind: 'remove-noise',
    input: {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots, this is urgent. How do I keep them?',
    },
    words: { urgent: -0.2 },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots, this is. How do I keep them?',
    },
    message: /Remove “urgent”/,
    scope: 'span',
  },
  {
    kind: 'add-code-sample',
    input: { title: 'Parser rejects keys with dots', body: 'The parser rejects keys with dots. How do I keep them?' },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots. How do I keep them?\n\n```\n// the smallest code that shows the problem\n```\n',
    },
    measured: {
      title: 'Parser rejects keys with dots',
      body: `The parser rejects keys with dots. How do I keep them?\n\n${CODE_STAND_IN}`,
    },
    message: /minimal code sample/,
    scope: 'field',
  },
  {
    kind: 'describe-attempt',
    input: { title: 'Parser rejects keys with dots', body: 'The parser rejects keys with dots. How do I keep them?' },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots. How do I keep them?\n\nI tried … but … happened.\n',
    },
    measured: {
      title: 'Parser rejects keys with dots',
      body: `The parser rejects keys with dots. How do I keep them?\n\n${ATTEMPT_STAND_IN}`,
    },
    message: /what you tried and what happened/,
    scope: 'field',
  },
  {
    kind: 'add-error-message',
    input: {
      title: 'Parser rejects keys with dots',
      body: 'The parser fails with an error on keys with dots. How do I keep them?',
    },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'The parser fails with an error on keys with dots. How do I keep them?\n\n```\nError: …\n```\n',
    },
    measured: {
      title: 'Parser rejects keys with dots',
      body: `The parser fails with an error on keys with dots. How do I keep them?\n\n${ERROR_STAND_IN}`,
    },
    message: /exact error message/,
    scope: 'field',
  },
  {
    kind: 'add-question',
    input: { title: 'Parser rejects keys with dots', body: 'The parser rejects keys with dots in the settings file.' },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'The parser rejects keys with dots in the settings file.\n\nHow can I …?\n',
    },
    measured: {
      title: 'Parser rejects keys with dots',
      body: `The parser rejects keys with dots in the settings file.\n\n${QUESTION_STAND_IN}`,
    },
    message: /exact question/,
    scope: 'field',
  },
  {
    // the body quotes the error the title leaves out: the rewrite names it, with the title's own subject
    kind: 'title-question',
    input: {
      title: 'Settings parser error',
      body: "Loading the file fails with KeyError: 'db.port' when a key has a dot. How do I keep them?",
    },
    expected: {
      title: "KeyError: 'db.port' when a key has a dot in Settings parser",
      body: "Loading the file fails with KeyError: 'db.port' when a key has a dot. How do I keep them?",
    },
    message: /Say in the title what goes wrong, e\.g\. “KeyError: 'db\.port' when a key has a dot in Settings parser”/,
    scope: 'field',
  },
  {
    kind: 'split-sentence',
    input: { title: 'Parser rejects keys with dots', body: `Context first. ${LONG} How do I keep them?` },
    over: { 'words-per-sentence': 30 },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'Context first. I load the settings file from the user folder when the app starts. The parser then rejects every single key that contains a dot anywhere in its name. How do I keep them?',
    },
    message: /Split this 29-word sentence/,
    scope: 'span',
  },
  {
    kind: 'format-code',
    input: {
      title: 'Parser rejects keys with dots',
      body: 'My code:\nconst cfg = parse(text);\nconsole.log(cfg);\nHow do I keep the dotted keys?',
    },
    expected: {
      title: 'Parser rejects keys with dots',
      body: 'My code:\n```\nconst cfg = parse(text);\nconsole.log(cfg);\n```\nHow do I keep the dotted keys?',
    },
    message: /code block/,
    scope: 'span',
  },
];
