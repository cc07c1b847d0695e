import { describe, expect, it } from 'vitest';
import { Lru, RecentObjects } from '../../../src/core/util/lru';
import { resetCaches } from '../../../src/core/cache-registry';
import { tagSentence, taggerStats } from '../../../src/core/nlp/tagger';
import { lexicalAdverb } from '../../../src/core/nlp/adverbs';
import { fleschReadingEase, sentences, syllables, words } from '../../../src/core/nlp/text-stats';
import { words as modelWords } from '../../../src/core/document/tokens';
import { parseQuestion } from '../../../src/core/document/parse-markdown';

describe('syllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['code', 1],
    ['fire', 1],
    ['likes', 1],
    ['used', 1],
    ['makes', 1],
    ['table', 2],
    ['simple', 2],
    ['wanted', 2],
    ['python', 2],
    ['beautiful', 3],
    ['example', 3],
    ['javascript', 3],
    ['application', 4],
    ['readability', 5],
    ['', 1],
    ['42', 1],
    ['日本', 1],
  ])('%s → %i', (w, n) => {
    expect(syllables(w)).toBe(n);
  });
});

describe('fleschReadingEase', () => {
  it('matches the formula', () => {
    expect(fleschReadingEase(100, 5, 150)).toBeCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.5, 6);
  });
  it('is easier for short sentences and short words', () => {
    expect(fleschReadingEase(20, 4, 22)).toBeGreaterThan(fleschReadingEase(20, 1, 40));
  });
  it('does not divide by zero', () => {
    expect(fleschReadingEase(0, 0, 0)).toBe(100);
  });
});

// THE sentence splitter (nlp/text-stats.ts) on the hard cases: abbreviations, initials, dotted names,
// versions, URLs, "?!", "...", closing quotes, inline code (a space in prose).
describe('sentences', () => {
  it.each([
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['No end punctuation', ['No end punctuation']],
    ['Use e.g. this one. And i.e. that.', ['Use e.g. this one.', 'And i.e. that.']],
    ['Open file.txt now. Done', ['Open file.txt now.', 'Done']],
    ['Version 3.14 is out. Yes', ['Version 3.14 is out.', 'Yes']],
    ['Version 3.14 of node.js is out. Yes', ['Version 3.14 of node.js is out.', 'Yes']],
    ['I upgraded to v1.2.3. It broke.', ['I upgraded to v1.2.3.', 'It broke.']],
    ['Wait... what?! ok', ['Wait...', 'what?!', 'ok']],
    ['Why? Because! ok', ['Why?', 'Because!', 'ok']],
    ['He said "done." Then left', ['He said "done."', 'Then left']],
    ['It fails (see below.) Then it stops', ['It fails (see below.)', 'Then it stops']],
    ['I asked Prof. Smith and Dr. Jones. They agreed.', ['I asked Prof. Smith and Dr. Jones.', 'They agreed.']],
    ['J. Smith wrote it. It works.', ['J. Smith wrote it.', 'It works.']],
    ['Ask Prof. J. Smith. He knows.', ['Ask Prof. J. Smith.', 'He knows.']],
    ['I chose plan B. Then it failed.', ['I chose plan B.', 'Then it failed.']],
    ['I tried A, B, etc. and it failed. Then I gave up.', ['I tried A, B, etc. and it failed.', 'Then I gave up.']],
    ['I tried A, B, etc. Then I gave up.', ['I tried A, B, etc.', 'Then I gave up.']],
    ['See issue No. 5 for details. Thanks', ['See issue No. 5 for details.', 'Thanks']],
    ['The answer is no. It fails.', ['The answer is no.', 'It fails.']],
    ['Python vs. Java is not the point. Speed is.', ['Python vs. Java is not the point.', 'Speed is.']],
    ['Send an e-mail to me. Done', ['Send an e-mail to me.', 'Done']],
    ['See https://example.com/a.html?x=1. Then reload.', ['See https://example.com/a.html?x=1.', 'Then reload.']],
    ['Open https://example.com/v1.2/docs and read it. Ok', ['Open https://example.com/v1.2/docs and read it.', 'Ok']],
    ['It fails. i tried again. still fails', ['It fails.', 'i tried again.', 'still fails']],
    ['', []],
    ['   ', []],
  ])('%j', (text, expected) => {
    const ss = sentences(text);
    expect(ss.map((s) => s.text)).toEqual(expected);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence at inline code followed by a full stop (inline code is a space in prose)', () => {
    const doc = parseQuestion({ title: '', body: 'Run `npm start`. It fails with `ENOENT`. Why?' });
    expect(sentences(doc.prose[0].text).map((s) => s.words.map((w) => w.text))).toEqual([
      ['Run'],
      ['It', 'fails', 'with'],
      ['Why'],
    ]);
  });

  it('gives every sentence exactly the words of the text inside it, in order', () => {
    const text = 'I asked Prof. Smith about e-mail, node.js and v1.2.3 (see https://x.y/z). It costs 1,000 USD?! No...';
    const all = words(text);
    expect(sentences(text).flatMap((s) => s.words)).toEqual(all);
  });
});

// THE word tokenizer: the model's words() (document/tokens.ts), with the surface text kept.
describe('words', () => {
  it.each([
    [
      "I don't use e-mail or node.js (v2)",
      ['I', "don't", 'use', 'e', 'mail', 'or', 'node.js', 'v2'],
      ['i', "don't", 'use', 'e', 'mail', 'or', 'node.js', 'v2'],
    ],
    ['Prof. Smith, e.g. Dr. Who', ['Prof', 'Smith', 'e.g', 'Dr', 'Who'], ['prof', 'smith', 'e.g', 'dr', 'who']],
    [
      'v1.2.3 and 3.14 and 1,000',
      ['v1.2.3', 'and', '3.14', 'and', '1,000'],
      ['v1.2.3', 'and', '<num>', 'and', '<num>'],
    ],
    ['C++ and C# and .NET', ['C++', 'and', 'C#', 'and', '.NET'], ['c++', 'and', 'c#', 'and', '.net']],
    ['see https://a.b/c?d=1. ok', ['see', 'https://a.b/c?d=1', 'ok'], ['see', '<url>', 'ok']],
    ['Why?! Really... yes', ['Why', 'Really', 'yes'], ['why', 'really', 'yes']],
    ['my_var and __init__', ['my_var', 'and', '__init__'], ['my_var', 'and', '__init__']],
    ['ＦＵＬＬ it’s', ['ＦＵＬＬ', 'it’s'], ['full', "it's"]],
  ])('%j', (text, surface, tokens) => {
    expect(words(text).map((w) => w.text)).toEqual(surface);
    expect(words(text).map((w) => w.token)).toEqual(tokens);
    // Same tokens as the model's tokenizer.
    expect(modelWords(text).map((w) => w.text)).toEqual(tokens);
    for (const w of words(text, 10)) expect(text.slice(w.start - 10, w.end - 10)).toBe(w.text);
  });
});

describe('Lru', () => {
  it('evicts the least recently used entry', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('keeps an entry read at least once per half capacity of insertions; evicts one never read again', () => {
    const lru = new Lru<string, number>(8);
    lru.set('kept', 1);
    lru.set('dropped', 2);
    for (let i = 0; i < 100; i++) {
      lru.set(`k${i}`, i);
      if (i % 4 === 0) expect(lru.get('kept')).toBe(1);
    }
    expect(lru.get('dropped')).toBeUndefined();
    expect(lru.size).toBe(8);
  });
});

describe('RecentObjects', () => {
  it('keeps the most recently used keys by identity and drops the least recently used', () => {
    const [a, b, c, equalToA] = [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 1 }];
    const memo = new RecentObjects<object, string>(2);
    memo.set(a, 'a');
    memo.set(b, 'b');
    expect(memo.get(equalToA)).toBeUndefined(); // identity, not equality
    expect(memo.get(a)).toBe('a'); // a is now the most recent
    memo.set(c, 'c'); // evicts b, not a
    expect([memo.get(a), memo.get(b), memo.get(c)]).toEqual(['a', undefined, 'c']);
    memo.set(c, 'c2'); // a held key gets its new value without evicting anything
    expect([memo.get(a), memo.get(c)]).toEqual(['a', 'c2']);
  });
});

describe('tagSentence', () => {
  it('finds adverbs with offsets and caches per sentence text', () => {
    resetCaches();
    const s = 'It quickly and really fails.';
    const first = tagSentence(s);
    expect(first.adverbs.map(([a, b]) => s.slice(a, b))).toEqual(['quickly', 'really']);
    expect(tagSentence(s)).toBe(first);
    expect(taggerStats().tagged).toBe(1);
  });
});

describe('lexicalAdverb (compromise lexicon fast path)', () => {
  it.each([
    ['really', 'adverb'],
    ['very', 'adverb'],
    ['totally', 'adverb'],
    ['quickly', 'adverb'],
    ['basically', 'adverb'],
    ['simply', 'adverb'],
    ['probably', 'adverb'],
    ['easily', 'adverb'],
    ['seriously', 'adverb'],
    ['particularly', 'adverb'],
    ['friendly', 'other'],
    ['ugly', 'other'],
    ['family', 'other'],
    ['reply', 'other'],
    ['apply', 'other'],
    ['Italy', 'other'],
    ['pretty', 'unknown'], // context decides: "pretty printing" vs "pretty slow"
    ['assembly', 'unknown'],
  ] as const)('%s → %s', (w, expected) => {
    expect(lexicalAdverb(w)).toBe(expected);
  });

  it('agrees with the tagger wherever it decides', () => {
    const sentencesToCheck = [
      'It really fails quickly when the list is empty.',
      'Basically the friendly message never shows up.',
      'I simply reply to the family and it is probably fine.',
      'Seriously, the ugly loop runs easily forever.',
    ];
    for (const s of sentencesToCheck) {
      const tagged = tagSentence(s).adverbs.map(([a, b]) => s.slice(a, b));
      for (const w of words(s)) {
        const g = lexicalAdverb(w.text);
        if (g !== 'unknown') expect([w.text, g === 'adverb']).toEqual([w.text, tagged.includes(w.text)]);
      }
    }
  });
});
