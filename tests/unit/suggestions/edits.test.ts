import { describe, expect, it } from 'vitest';
import { appendBlock, removePhrase, splitSentence } from '../../../src/core/suggestions/edits';
import { fenceLines } from '../../../src/core/suggestions/format-code';

const cut = (text: string, phrase: string) => {
  const i = text.indexOf(phrase);
  return removePhrase(text, i, i + phrase.length);
};

describe('removePhrase', () => {
  it.each([
    ['Hi all, I have a problem.', 'Hi all', 'I have a problem.'],
    ['Hi all, my script crashes.', 'Hi all', 'My script crashes.'],
    ['It crashes. Thanks in advance!', 'Thanks in advance', 'It crashes.'],
    ['It crashes. Thanks in advance!\n\n```\ncode\n```', 'Thanks in advance', 'It crashes.\n\n```\ncode\n```'],
    ['I need this asap.', 'asap', 'I need this.'],
    ['I need this urgent fix now.', 'urgent', 'I need this fix now.'],
    ["I don't know why, please help me. Thanks", 'please help me', "I don't know why. Thanks"],
    ['It fails, thanks!', 'thanks', 'It fails!'],
    ['**Urgent**: the build fails.', 'Urgent', 'The build fails.'],
    ['The build fails, *please help*.', 'please help', 'The build fails.'],
  ])('%j minus %j', (text, phrase, expected) => {
    expect(cut(text, phrase)).toBe(expected);
  });

  it('keeps the text before and after untouched apart from the adjacent space/punctuation', () => {
    const text = 'First paragraph stays.\n\nHello everyone, the loop never ends. Last line stays.';
    const out = cut(text, 'Hello everyone');
    expect(out).toBe('First paragraph stays.\n\nThe loop never ends. Last line stays.');
  });
});

describe('appendBlock', () => {
  it.each([
    ['', 'X\n', 'X\n'],
    ['Body', 'X\n', 'Body\n\nX\n'],
    ['Body\n', 'X\n', 'Body\n\nX\n'],
    ['Body\n\n', 'X\n', 'Body\n\nX\n'],
  ])('%j + %j', (body, block, expected) => {
    const out = appendBlock(body, block);
    expect(out).toBe(expected);
    expect(out.startsWith(body)).toBe(true);
  });
});

describe('splitSentence', () => {
  const long =
    'I load the settings file from the user folder at startup, and the parser then rejects every key that contains a dot in its name.';
  it.each([
    [
      long,
      'I load the settings file from the user folder at startup. The parser then rejects every key that contains a dot in its name.',
    ],
    [
      'The request goes out to the server every time but the response body is always empty for the second call.',
      'The request goes out to the server every time. But the response body is always empty for the second call.',
    ],
    [
      'The worker starts and reads the queue and writes the results to a file; then the main thread reads that file again.',
      'The worker starts and reads the queue and writes the results to a file. Then the main thread reads that file again.',
    ],
  ])('%j', (sentence, expected) => {
    const text = `Before. ${sentence} After.`;
    const start = text.indexOf(sentence);
    expect(splitSentence(text, start, start + sentence.length)).toBe(`Before. ${expected} After.`);
  });

  it('returns null without a split point that leaves both halves a few words', () => {
    expect(splitSentence('Short one, really.', 0, 18)).toBeNull();
    expect(splitSentence('Averyveryverylongwordwithoutanybreakpointsatall', 0, 47)).toBeNull();
  });

  it('never splits inside blocked (code) offsets', () => {
    const s = 'I call the helper function from the loop, and the helper then returns a value that is never used later.';
    const comma = s.indexOf(',');
    expect(splitSentence(s, 0, s.length, (i) => i === comma)).toBeNull();
  });
});

describe('fenceLines', () => {
  it('fences whole lines and leaves the rest alone', () => {
    const body = 'My code:\nconst x = 1;\nconsole.log(x);\nIt prints nothing.';
    const start = body.indexOf('const');
    const end = body.indexOf(');') + 2;
    expect(fenceLines(body, start + 2, end)).toBe(
      'My code:\n```\nconst x = 1;\nconsole.log(x);\n```\nIt prints nothing.',
    );
  });
});
