import { describe, expect, it } from 'vitest';
import { adverb } from '../../../src/core/checks/adverb';
import { resetCaches } from '../../../src/core/cache-registry';
import { taggerStats } from '../../../src/core/nlp/tagger';
import { quotes, run } from './helpers';

describe('adverb', () => {
  it.each([
    ['filler and -ly adverbs', 'I really need this to run quickly.', ['really', 'quickly']],
    ['sentence-initial adverb', 'Basically the loop never ends.', ['Basically']],
    ['meaningful technical adverbs are kept', 'It runs asynchronously and only locally.', []],
    ['-ly adjectives are not adverbs', 'The friendly error is ugly.', []],
    ['-ly nouns and verbs are not adverbs', 'Reply to the family and apply the fix.', []],
    ['no adverbs', 'The function returns a list.', []],
    ['inside inline code → not flagged', 'Call `really.quickly()` now.', []],
    ['inside a code block → not flagged', 'Look:\n\n```\nreally quickly\n```', []],
    ['after emoji (UTF-16 offsets)', '😀 It is really slow.', ['really']],
    ['in emphasis', 'It is *really* slow.', ['really']],
    ['context: pretty as adverb', 'The build is pretty slow.', ['pretty']],
    ['context: pretty as adjective', 'I want a pretty printer for JSON.', []],
    ['hyphenated and dotted tokens', 'Use try-catch-finally with plot.ly here.', []],
  ])('%s', (_, body, expected) => {
    expect(quotes(adverb, { title: '', body })).toEqual(expected);
  });

  it('points at title adverbs in the title field', () => {
    const input = { title: 'Why is this really slow?', body: '' };
    const f = run(adverb, input);
    expect(f.map((x) => [x.span.field, input.title.slice(x.span.start, x.span.end), x.severity])).toEqual([
      ['title', 'really', 'info'],
    ]);
  });

  it('tags only sentences whose candidates the lexicon cannot settle', () => {
    resetCaches();
    run(adverb, { title: '', body: 'It really fails quickly. Basically nothing works. The build is pretty slow.' });
    expect(taggerStats().tagged).toBe(1); // only the "pretty" sentence
  });
});
