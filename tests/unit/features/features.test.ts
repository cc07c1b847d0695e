// Each feature on small Markdown questions, with expected values worked out by hand from the feature's
// definition (word counts, marks, syllables), not copied from output.
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { featureContext } from '../../../src/core/features/feature';
import { featureById } from '../../../src/core/features/registry';

type Row = [title: string, body: string, expected: number];

function value(id: string, title: string, body: string): number {
  const f = featureById(id);
  if (!f) throw new Error(`no feature ${id}`);
  return f.compute(featureContext(parseQuestion({ title, body })));
}

const ln = Math.log1p;
const fence = (code: string) => `\`\`\`\n${code}\n\`\`\``;

const CASES: Record<string, Row[]> = {
  // Words over title + body prose; rates per 100 words.
  'question-mark-rate': [
    ['', 'Why? How?', 100], // 2 marks / 2 words
    ['Sort a list?', 'It fails. Why?', (100 * 2) / 6], // Sort a list It fails Why
    ['', 'See `a?b` now', 0], // inline code is not prose
    ['', `Look\n\n${fence('x = a ? b : c')}`, 0], // code block is not prose
    ['', '为什么？', 100], // full-width mark; one CJK word
    ['', '', 0],
  ],
  'exclamation-mark-rate': [
    ['', 'It works! Great!!', 100], // 3 marks / 3 words
    ['', 'Hello world', 0],
    ['Help!', 'a b c', 25], // 1 / 4
  ],
  'full-stop-rate': [
    ['', 'I use node.js here. It fails...', (100 * 2) / 6], // "here." and "fails..." (one run); node.js is a word
    ['', 'e.g. this', 50], // one final dot / 2 words (e.g, this)
    ['', 'no stop', 0],
  ],
  'comma-rate': [
    ['', 'a, b, c', (100 * 2) / 3],
    ['', 'a b', 0],
  ],
  'body-length': [
    ['', 'One two three.', ln(3)],
    ['Title words do not count', '', 0],
    ['', fence('only code here'), 0],
    ['', 'Call `foo()` now', ln(2)],
  ],
  'title-length': [
    ['How to sort a list', 'body words here', ln(5)],
    ['', 'body', 0],
  ],
  'sentence-count': [
    ['', 'One. Two! Three?', ln(3)],
    ['', 'A b.\n\nC d', ln(2)],
    ['Title. Not counted.', '', 0],
  ],
  'words-per-sentence': [
    ['', 'One two. Three four five six.', 3],
    ['', '', 0],
    ['', 'word '.repeat(150), 100], // one 150-word "sentence" is capped at 100
  ],
  'vocabulary-diversity': [
    ['', 'the cat and the dog', 4 / 5],
    ['', 'The the THE', 1 / 3],
    ['cat', 'cat dog', 2 / 3], // title words count
    ['', 'cat dog\n\nDog bird\n\n- cat', 3 / 5], // distinct across blocks: cat dog bird
    ['', '', 0],
  ],
  'mean-word-length': [
    ['', 'a bb ccc', 2],
    ['', "don't go", 3.5], // don't (5) + go (2)
    ['', '😀 ab', 2], // an emoji is not a word
    ['', '日本語', 3], // code points, one word
    ['', '', 0],
  ],
  'noun-share': [
    ['', 'The cat eats fish.', 2 / 4], // The cat eats fish
    ['', 'She quickly writes good code.', 1 / 5],
    ['', "My array doesn't sort.", 1 / 4], // My array doesn't sort
    ['', '', 0],
  ],
  'verb-share': [
    ['', 'The cat eats fish.', 1 / 4],
    ['', 'She quickly writes good code.', 1 / 5],
    ['', "My array doesn't sort.", 2 / 4], // doesn't + sort
  ],
  'adjective-share': [
    ['', 'The cat eats fish.', 0],
    ['', 'She quickly writes good code.', 1 / 5],
  ],
  'adverb-share': [
    ['', 'The cat eats fish.', 0],
    ['', 'She quickly writes good code.', 1 / 5],
  ],
  'pronoun-share': [
    ['', 'The cat eats fish.', 0],
    ['', 'She quickly writes good code.', 1 / 5],
    ['', "My array doesn't sort.", 1 / 4], // possessive "My"
  ],
  'sentiment-polarity': [
    ['', 'This is great.', 1],
    ['', 'This is terrible and great', 0],
    ['', 'I am not happy', -1], // negated
    ['', "I don't hate it", 1], // negated negative
    ['', 'not very happy', -1], // negator two words back
    ['', 'not at all happy', 1], // three words back: outside the window
    ['', 'It is not. Happy now', 1], // negation does not cross sentences
    ['', 'The request returns an error', 0], // technical words are neutral
    ['', `Fine\n\n${fence('great awesome')}`, 0], // code is not prose
    ['Terrible problem', '', -1], // title counts
    ['', 'Awesome, thanks! Sadly it is annoying.', (2 - 2) / 4],
  ],
  'emotional-word-rate': [
    ['', 'This is great.', 100 / 3],
    ['', 'This is terrible and great', (100 * 2) / 5],
    ['', 'The request returns an error', 0],
    ['', '', 0],
  ],
  'flesch-reading-ease': [
    // 206.835 − 1.015·(3/1) − 84.6·(3/3)
    ['', 'The cat sat.', 206.835 - 1.015 * 3 - 84.6],
    ['Extraordinarily complicated', 'The cat sat.', 206.835 - 1.015 * 3 - 84.6], // title not counted
    // "water" has 2 syllables: 4 words, 5 syllables, 2 sentences
    ['', 'Cats drink. Dogs water.', 206.835 - 1.015 * 2 - 84.6 * (5 / 4)],
    ['', '', 100], // no words: the shared formula's neutral value
    ['', 'word '.repeat(300), -100], // 206.835 − 304.5 − 84.6 < −100: clamped
    ['', '?? ?? ?? ok', 121.22], // 4 sentences, 1 word: above the formula's one-word maximum, clamped
  ],
  'has-code-block': [
    ['', fence('x'), 1],
    ['', 'Text\n\n    indented();', 1],
    ['', 'just `inline`', 0],
    ['', '', 0],
  ],
  'code-share': [
    ['', `Look:\n\n${fence('abcd')}`, 4 / 9], // code 4, prose "Look:" 5
    ['', 'Call `foo()` now', 5 / 13], // code "foo()" 5, prose "Call now" 8
    ['Long title here', fence('x'), 1], // title is not body prose
    ['', '', 0],
  ],
  'inline-code': [
    ['', 'a `b()` c `d_e`', ln(2)],
    ['', 'a `b` c `d`', 0], // plain words in backticks are formatting, not code
    ['', 'use `HEAD` and `lambda`', ln(2)], // an acronym, a technology's own word
    ['', 'none', 0],
  ],
  links: [
    ['', '[a](https://a.org) and [b](https://b.org)', ln(2)],
    ['', 'no links', 0],
  ],
  images: [
    ['', '![x](a.png)', ln(1)],
    ['', 'no images', 0],
  ],
  'question-asked': [
    ['How to sort', '', 1], // interrogative start in the title
    ['', 'It fails.', 0],
    ['', 'Any ideas', 1], // indirect question
    ['', 'See example.com/?a=1 here', 0], // a URL query is not a question
    ['', 'Is that right?', 1],
  ],
  'title-question-mark': [
    ['Sort a list?', '', 1],
    ['Sort a list', 'Why?', 0], // body marks do not count
    ['Use /page?id=1', '', 0],
    ['', '', 0],
  ],
  'title-question-word': [
    ['How do I sort', '', 1],
    ['Is it possible', '', 1],
    ['So why does it fail', '', 1],
    ['Sorting a list', '', 0],
    ['Whatever happened', '', 0],
  ],
  'shows-attempt': [
    ['', 'I tried reversing it with `reverse()`.', 1],
    ['', 'I tried reversing it.', 0], // nothing concrete to check
    ['', 'I tried 3 sizes.', 1], // a value
    ['', 'Nothing here.', 0],
    ['', fence('x = 1'), 1], // code counts as an attempt
    ['', fence('foo bar baz'), 0], // a block of words does not
  ],
  'error-message': [
    ['', 'I get TypeError now', 1],
    ['', fence('at Main.run(Main.java:12)'), 1], // Java frame
    ['', fence('  File "x.py", line 3, in <module>'), 1], // Python frame
    ['', fence('    at foo (a.js:1:2)'), 1], // Node frame
    ['', 'It dies at com.foo.Bar.baz(Bar.java:12) always', 1], // frame pasted into prose
    ['', 'It is slow.', 0],
    ['', fence('const at = 1;'), 0],
    ['', fence('Error: error\nException: exception'), 0], // the shape of an error with nothing in it
    ['', fence('panic: assignment to entry in nil map\n\tmain.go:15'), 1], // Go
    ['', fence('error[E0507]: cannot move out of `x`'), 1], // Rust
    ['', fence('Error in x[[i]] : subscript out of bounds'), 1], // R
    ['', `ffmpeg prints:\n\n${fence('01.wav: No such file or directory')}`, 1], // introduced as output
    ['', `Startup stops with:\n\n${fence('APPLICATION FAILED TO START\nParameter 0 of constructor')}`, 1],
    ['', `Here is my code:\n\n${fence('foo bar baz')}`, 0], // introduced, but nothing specific
    // In prose, the message after the error's marker must say something.
    ['', 'my code doesnt work it says panic: assignment to entry in nil map help', 1],
    ['', `My program throws an exception:\n\n${fence('asdf qwer\nzxcv')}`, 0],
    ['Traceback when running the script', 'It still happens after a restart.', 0],
  ],
  placeholders: [
    ['', 'I tried … but … happened.', ln(2)],
    ['How can I …?', '', ln(1)],
    ['', '```\n```\n\n```\n// your code here\n```', ln(2)],
    ['', 'I tried `x()` and got 3.', 0],
  ],
  // Lines that look like code or a tool's specific error output (log1p of the count).
  'code-substance': [
    ['', fence('x = f(1)\nprint(x)'), ln(2)],
    ['', fence('foo bar baz\nbar baz foo'), 0],
    ['', fence('SELECT name\nFROM people\nORDER BY age;'), ln(3)],
    ['', 'no code', 0],
    // A tool's error lines are output, and count beside the code; "Error: error" says nothing and does not.
    [
      '',
      `${fence('x = f(1)\nprint(x)')}\n\n${fence('Track: No such file or directory\nbash: cd: /tmp/x: Permission denied')}`,
      ln(4),
    ],
    ['', `${fence('x = f(1)\nprint(x)')}\n\n${fence('Error: error\nException: exception')}`, ln(2)],
    ['', `${fence('x = f(1)\nprint(x)')}\n\n${fence('foo bar baz\nbar baz foo')}`, ln(2)],
  ],
  // Numbers, identifiers (camelCase, snake_case, file names, versions), code-like inline code and quoted values
  // in the body's prose.
  'concrete-details': [
    ['', 'I set maxRetries to 3 in config.yaml here.', ln(3)], // maxRetries, 3, config.yaml
    ['', 'It prints "empty" after `x = 1` runs.', ln(2)], // the quoted value and the inline code
    ['', 'I tried `however` and it still fails.', 0], // an English word in backticks is not code
    ['Fails in version 3.2 with max_size', 'It fails.', 0], // the title does not count
  ],
  'attempt-details': [
    ['', 'I tried merge(a, b) and it returns 0 rows.', ln(1)],
    ['', 'I tried everything but it still fails.', 0], // nothing concrete
    ['', 'I expected 62 rows. It prints "empty".', ln(2)],
    ['', 'I tried `the following` however.', 0], // words in backticks are not code
  ],
  'no-substance': [
    ['How do I fix this?', 'It does not work and I tried everything. Any ideas?', 1],
    ['', `Here is my code:\n\n${fence('foo bar baz')}`, 1], // a block of words is not code
    ['', 'It fails with version 3.2.', 0], // a value
    ['', fence('x = f(1)'), 0],
    ['', 'See https://example.com/docs for the page.', 0], // a link to look at
    ['', 'my code doesnt work it says panic: assignment to entry in nil map help', 0], // a real error, in prose
    ['', 'It fails with Error: error', 1], // the shape of an error with nothing in it
  ],
  'repeated-sentences': [
    ['', 'It fails here. It fails here. It works there.', 1 / 3],
    ['', 'One thing happens. Another thing happens.', 0],
  ],
  urgency: [
    ['', 'Urgent! plz help', ln(2)],
    ['', 'Thanks in advance', 0],
  ],
  'greetings-thanks': [
    ['', 'Hi all, thanks in advance. Regards', ln(3)],
    ['', 'Urgent! plz help', 0],
    ['', 'My hello world program crashes', 0], // "hello world" mid-sentence is not a greeting
  ],
  'all-caps-share': [
    ['', 'PLEASE HELP me with JSON', 2 / 5], // JSON is an acronym
    ['', 'I use API', 0],
    ['URGENT', 'fix it', 1 / 3], // title counts
    ['', '', 0],
  ],
};

describe('features on hand-computed inputs', () => {
  for (const [id, rows] of Object.entries(CASES)) {
    it.each(rows)(`${id}: title %j body %j → %d`, (title, body, expected) => {
      expect(value(id, title, body)).toBeCloseTo(expected, 9);
    });
  }
});
