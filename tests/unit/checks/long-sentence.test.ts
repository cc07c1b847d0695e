import { describe, expect, it } from 'vitest';
import { longSentence, LONG_SENTENCE_WORDS, VERY_LONG_SENTENCE_WORDS } from '../../../src/core/checks/long-sentence';
import { quotes, run } from './helpers';

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const long = `This ${words(LONG_SENTENCE_WORDS - 1)}.`;
const veryLong = `That ${words(VERY_LONG_SENTENCE_WORDS - 1)}.`;
const short = 'This sentence is short.';

describe('long-sentence', () => {
  it.each([
    ['one long sentence', `${short} ${long} ${short}`, [long]],
    ['short sentences only', `${short} ${short}`, []],
    ['one word under the limit', `This ${words(LONG_SENTENCE_WORDS - 2)}.`, []],
    ['two long sentences in two paragraphs', `${long}\n\n${veryLong}`, [long, veryLong]],
    // The span runs from the first to the last prose character, so the opening '*' is outside it.
    ['emphasis markup', `*Start* ${words(LONG_SENTENCE_WORDS)} end.`, [`Start* ${words(LONG_SENTENCE_WORDS)} end.`]],
    ['inside a code block → not flagged', `${short}\n\n\`\`\`\n${long}\n\`\`\``, []],
  ])('%s', (_, body, expected) => {
    expect(quotes(longSentence, { title: 'Title', body })).toEqual(expected);
  });

  it('grades severity by length', () => {
    const found = run(longSentence, { title: '', body: `${long} ${veryLong}` });
    expect(found.map((f) => f.severity)).toEqual(['info', 'warning']);
    expect(found.every((f) => f.scope === 'span' && f.source === 'heuristic' && f.id === 'long-sentence')).toBe(true);
  });

  it('checks a long title too', () => {
    const title = words(LONG_SENTENCE_WORDS);
    const f = run(longSentence, { title, body: '' });
    expect(f.map((x) => [x.span.field, title.slice(x.span.start, x.span.end)])).toEqual([['title', title]]);
  });
});
