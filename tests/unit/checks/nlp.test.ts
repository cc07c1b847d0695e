import { describe, expect, it } from 'vitest';
import { Lru, RecentObjects } from '../../../src/core/nlp/lru';
import { clearTaggerCache, tagSentence, taggerStats } from '../../../src/core/nlp/tagger';
import { lexicalAdverb } from '../../../src/core/nlp/adverbs';
import { countWords, fleschReadingEase, sentences, syllables, words } from '../../../src/core/nlp/text-stats';

describe('syllables', () => {
  it.each([
    ['the', 1], ['cat', 1], ['code', 1], ['fire', 1], ['likes', 1], ['used', 1], ['makes', 1],
    ['table', 2], ['simple', 2], ['wanted', 2], ['python', 2],
    ['beautiful', 3], ['example', 3], ['javascript', 3],
    ['application', 4], ['readability', 5],
    ['', 1], ['42', 1], ['日本', 1],
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

describe('sentences', () => {
  it.each([
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['No end punctuation', ['No end punctuation']],
    ['Use e.g. this one. And i.e. that.', ['Use e.g. this one.', 'And i.e. that.']],
    ['Open file.txt now. Done', ['Open file.txt now.', 'Done']],
    ['Version 3.14 is out. Yes', ['Version 3.14 is out.', 'Yes']],
    ['Wait... what?! ok', ['Wait...', 'what?!', 'ok']],
    ['', []],
    ['   ', []],
  ])('%j', (text, expected) => {
    const ss = sentences(text);
    expect(ss.map((s) => s.text)).toEqual(expected);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('words', () => {
  it('keeps contractions, hyphens and dotted names together, with offsets', () => {
    const text = "I don't use e-mail or node.js (v2)";
    expect(words(text).map((w) => w.text)).toEqual(['I', "don't", 'use', 'e-mail', 'or', 'node.js', 'v2']);
    for (const w of words(text, 10)) expect(text.slice(w.start - 10, w.end - 10)).toBe(w.text);
    expect(countWords(text)).toBe(7);
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
    clearTaggerCache();
    const s = 'It quickly and really fails.';
    const first = tagSentence(s);
    expect(first.adverbs.map(([a, b]) => s.slice(a, b))).toEqual(['quickly', 'really']);
    expect(tagSentence(s)).toBe(first);
    expect(taggerStats().tagged).toBe(1);
  });
});

describe('lexicalAdverb (compromise lexicon fast path)', () => {
  it.each([
    ['really', 'adverb'], ['very', 'adverb'], ['totally', 'adverb'],
    ['quickly', 'adverb'], ['basically', 'adverb'], ['simply', 'adverb'], ['probably', 'adverb'], ['easily', 'adverb'],
    ['seriously', 'adverb'], ['particularly', 'adverb'],
    ['friendly', 'other'], ['ugly', 'other'], ['family', 'other'], ['reply', 'other'], ['apply', 'other'], ['Italy', 'other'],
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
