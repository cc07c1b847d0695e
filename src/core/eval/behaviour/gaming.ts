// Gaming: texts that look like a question to a keyword counter but carry nothing an answerer could use.
// Filler and repetition must earn nothing; a text the gate refuses earned nothing, so it passes.
import type { QuestionInput } from '../../../shared/question';
import { ATTEMPT_TEMPLATE } from '../../suggestions/describe-attempt';
import { CODE_TEMPLATE } from '../../suggestions/add-code-sample';
import { ERROR_TEMPLATE } from '../../suggestions/add-error-message';
import { QUESTION_TEMPLATE } from '../../suggestions/add-question';
import { BEHAVIOUR_TARGETS, type ScoreFn } from './types';

export type GamingKind = 'vacuous' | 'stuffed' | 'repeated' | 'placeholder' | 'nonsense-code';

export interface GamingText {
  id: string;
  kind: GamingKind;
  q: QuestionInput;
}

const repeat = (sentence: string, n: number, sep = ' ') => Array.from({ length: n }, () => sentence).join(sep);

export const GAMING_TEXTS: readonly GamingText[] = [
  // Vacuous: polite, fluent, about nothing.
  {
    id: 'vacuous-general',
    kind: 'vacuous',
    q: {
      title: 'Question about something in my project',
      body: 'I have a question about something in my project. It is not doing what it should be doing and I am not sure why that is. I would really appreciate it if someone could take a look and tell me what the problem is. Any help would be great.',
    },
  },
  {
    id: 'vacuous-best-way',
    kind: 'vacuous',
    q: {
      title: 'What is the best way to do this?',
      body: 'What is the best way to do this? I want to do it the right way and not the wrong way. There are many ways to do it and I am not sure which one is best. What would you recommend and why?',
    },
  },
  {
    id: 'vacuous-issue',
    kind: 'vacuous',
    q: {
      title: 'Issue with the thing',
      body: 'So I have this issue with the thing. It used to work and now it does not work anymore. Nothing changed as far as I know. Does anyone know what could cause this kind of issue? Thanks in advance.',
    },
  },
  // Stuffed: the words a bag of words may have learnt to like, strung together.
  {
    id: 'stuffed-issue-quote',
    kind: 'stuffed',
    q: {
      title: '',
      body: "I tried everything but it doesn't work. I tried the following. However the difference is that version api. What is the difference?",
    },
  },
  {
    id: 'stuffed-paragraph',
    kind: 'stuffed',
    q: {
      title: 'However the difference between version and api',
      body: 'However, I tried the following. However the version of the api is different. I tried the following however and expected the difference. Actually the api version is the following. React Native version api however I tried. What is the difference between the version and the api?',
    },
  },
  {
    id: 'stuffed-expected-actually',
    kind: 'stuffed',
    q: {
      title: 'Expected vs actual difference in the following version',
      body: 'Expected: the following. Actually: the difference. I expected the version to be the expected version but actually the api returns the following. I tried the following, then I tried the other following, however the result is actually expected. Why is the difference expected?',
    },
  },
  {
    id: 'stuffed-keyword-list',
    kind: 'stuffed',
    q: {
      title: 'api version difference however following',
      body: 'api version difference however following expected actually tried react native function method class object array string return value parameter documentation example output result',
    },
  },
  {
    id: 'stuffed-polite-technical',
    kind: 'stuffed',
    q: {
      title: 'How to use the function with the parameter in the method?',
      body: 'I am trying to use the function with the parameter in the method of the class. I have read the documentation and searched for the example. I tried the following approach, however it returns the value instead of the result. What is the correct way to pass the argument to the function in this version of the library?',
    },
  },
  {
    id: 'stuffed-inline-code',
    kind: 'stuffed',
    q: {
      title: 'Difference between `api` and `version`?',
      body: 'I tried `the following` but `however` the `difference` is `expected`. Actually `version` and `api` return `the following`. I tried `it`. What is the `difference`?',
    },
  },
  // Repeated: one decent sentence, many times.
  {
    id: 'repeated-attempt-12',
    kind: 'repeated',
    q: {
      title: 'I tried the following but it does not work',
      body: repeat('I tried the following approach but it still does not work as expected.', 12),
    },
  },
  {
    id: 'repeated-question-20',
    kind: 'repeated',
    q: {
      title: 'How can I fix this?',
      body: repeat('How can I fix this error in my code?', 20, '\n\n'),
    },
  },
  {
    id: 'repeated-good-sentence-30',
    kind: 'repeated',
    q: {
      title: 'Why does the request return an empty response?',
      body: repeat(
        'When I send the request with the correct header, the server returns an empty response instead of the JSON I expected.',
        30,
      ),
    },
  },
  {
    id: 'repeated-difference-15',
    kind: 'repeated',
    q: {
      title: 'What is the difference?',
      body: repeat('However, the difference between the two versions of the api is not clear to me.', 15, '\n'),
    },
  },
  // Placeholders left unfilled: the extension's own templates, and the ones people copy from guides.
  {
    id: 'placeholder-extension-templates',
    kind: 'placeholder',
    q: {
      title: QUESTION_TEMPLATE.trim(),
      body: [ATTEMPT_TEMPLATE, CODE_TEMPLATE, ERROR_TEMPLATE, QUESTION_TEMPLATE].join('\n'),
    },
  },
  {
    id: 'placeholder-ellipsis',
    kind: 'placeholder',
    q: { title: 'How can I …?', body: 'I tried … but … happened.\n\n```\n```\n\nHow can I …?' },
  },
  {
    id: 'placeholder-angle-brackets',
    kind: 'placeholder',
    q: {
      title: '<summarise your problem in one sentence>',
      body: '<describe the error here>\n\n<paste your code here>\n\nWhat I expected: <expected result>\n\nWhat actually happened: <actual result>\n\nWhat I tried: <what you tried>',
    },
  },
  {
    id: 'placeholder-square-brackets',
    kind: 'placeholder',
    q: {
      title: 'How do I [task] in [language]?',
      body: 'I am trying to [goal]. Here is my code:\n\n```\n[your code here]\n```\n\nI get this error:\n\n```\n[error message]\n```\n\nI tried [attempt] but [result]. How can I [task]?',
    },
  },
  {
    id: 'placeholder-form',
    kind: 'placeholder',
    q: {
      title: 'Error when …',
      body: '**Expected behaviour:** …\n\n**Actual behaviour:** …\n\n**Steps to reproduce:**\n\n1. …\n2. …\n3. …\n\n**Version:** …\n\n**What I tried:** …',
    },
  },
  {
    id: 'placeholder-empty-fences',
    kind: 'placeholder',
    q: {
      title: 'Why does my code throw an error?',
      body: 'Here is my code:\n\n```\n```\n\nAnd here is the error:\n\n```\n```\n\nI tried … and … but it still happens. What am I doing wrong?',
    },
  },
  {
    id: 'placeholder-todo',
    kind: 'placeholder',
    q: {
      title: 'TODO: title',
      body: 'TODO: explain what I am trying to do.\n\nTODO: add the code.\n\nTODO: add the error message.\n\nTODO: say what I tried. Why does it fail?',
    },
  },
  // Code blocks of nonsense: the shape of a code sample with nothing in it.
  {
    id: 'nonsense-foo-bar',
    kind: 'nonsense-code',
    q: {
      title: 'Why does this not work?',
      body: 'This is my code, it does not work:\n\n```\nfoo bar baz\nfoo bar baz\nbar baz foo\nbaz foo bar\n```\n\nWhat is wrong?',
    },
  },
  {
    id: 'nonsense-lorem',
    kind: 'nonsense-code',
    q: {
      title: 'Error in my code',
      body: 'I get an error with this code:\n\n```\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud exercitation ullamco.\n```\n\nHow can I fix it?',
    },
  },
  {
    id: 'nonsense-indented-filler',
    kind: 'nonsense-code',
    q: {
      title: 'Code not working as expected',
      body: 'I tried the following code but it does not work as expected:\n\n    code code code code\n    more code here\n    code code code\n    end of code\n\nWhat am I doing wrong?',
    },
  },
  {
    id: 'nonsense-keyboard-mash',
    kind: 'nonsense-code',
    q: {
      title: 'Traceback when running the script',
      body: 'Running it gives me this:\n\n```\nasdf asdf qwer\nzxcv zxcv zxcv\nqwerty uiop\nasdfghjkl\n```\n\nI tried restarting but it still happens. Any idea?',
    },
  },
  {
    id: 'nonsense-fake-error',
    kind: 'nonsense-code',
    q: {
      title: 'Exception in my program',
      body: 'My program throws an exception:\n\n```\nError: error\nException: exception\nError: error error error\n```\n\nWhat does this error mean and how do I fix it?',
    },
  },
];

export interface GamingResult {
  id: string;
  kind: GamingKind;
  score: number | null;
  scorable: boolean;
  pass: boolean;
}

export interface GamingReport {
  texts: GamingResult[];
  /** Highest score any gaming text earned (not scorable counts as 0). */
  max: number;
  maxId: string;
  passed: number;
  unscorable: number;
  pass: boolean;
}

export async function runGaming(score: ScoreFn, texts: readonly GamingText[] = GAMING_TEXTS): Promise<GamingReport> {
  const results: GamingResult[] = [];
  for (const t of texts) {
    const s = await score(t.q);
    results.push({
      id: t.id,
      kind: t.kind,
      score: s,
      scorable: s !== null,
      pass: (s ?? 0) <= BEHAVIOUR_TARGETS.gamingMaxScore,
    });
  }
  const top = results.reduce<GamingResult | null>(
    (m, r) => (m === null || (r.score ?? 0) > (m.score ?? 0) ? r : m),
    null,
  );
  const passed = results.filter((r) => r.pass).length;
  return {
    texts: results,
    max: top?.score ?? 0,
    maxId: top?.id ?? '',
    passed,
    unscorable: results.filter((r) => !r.scorable).length,
    pass: results.length > 0 && passed === results.length,
  };
}
