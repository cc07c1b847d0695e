// The bag does not read a question's details (bag-details.ts): quoted values, sentences saying what was tried,
// expected or seen with a value or a name in them, and the words announcing an attempt. The substance features
// count those; the words part must neither reward nor punish them.
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/core/document/parse-markdown';
import { tokenize } from '../../../src/core/document/tokens';
import { bagWordMask } from '../../../src/core/model/bag-details';
import { modelTokenPlaces, modelTokenRuns, tokenizeDocument } from '../../../src/core/model/default-encoder';
import type { QuestionInput } from '../../../src/shared/question';

const bag = (q: QuestionInput) => tokenizeDocument(parseQuestion(q));

describe('bagWordMask', () => {
  it('keeps every word of a block without details (no mask at all)', () => {
    expect(bagWordMask('How do I keep the names whole when the loop splits them on spaces?')).toBeNull();
  });

  it('hides a quoted value, a detail sentence and an attempt marker, and nothing else', () => {
    const text =
      'The message reads "Access denied for user". I set the timeout to 30 seconds and it still returns 500. I tried again but nothing changed. What else can I check?';
    const kept = bag({ title: '', body: text });
    expect(kept).not.toContain('denied'); // quoted
    expect(kept).not.toContain('timeout'); // "set … 30 … returns 500": a detail sentence
    expect(kept).not.toContain('tried'); // an attempt marker
    for (const w of ['message', 'reads', 'again', 'nothing', 'changed', 'what', 'else', 'check'])
      expect(kept).toContain(w);
  });
});

describe('the bag of a question', () => {
  const base: QuestionInput = {
    title: 'Bash loop splits file names with spaces',
    body: 'I convert every wav file in a folder with a for loop.\n\nHow do I keep each name whole?',
  };
  const withDetails: QuestionInput = {
    title: 'Bash loop splits file names with spaces',
    body: 'I convert every wav file in a folder with a for loop.\n\nFor a file called "Track 01.wav" it prints 2 errors instead of 1. I tried it with 3 files and got the same result.\n\nHow do I keep each name whole?',
  };

  it('is the same with or without its detail sentences (adding one cannot move the words part)', () => {
    expect(bag(withDetails)).toEqual(bag(base));
  });

  it('does not change with the text of a quoted error in the title', () => {
    const title = (error: string) => ({ title: `Why does my loop fail with "${error}"?`, body: base.body });
    expect(bag(title('assignment to entry in nil map'))).toEqual(bag(title('subscript out of bounds')));
  });
});

describe('modelTokenPlaces', () => {
  it('points each bag token at its own word in the typed text, past hidden sentences', () => {
    const q = {
      title: 'Loop splits names',
      body: 'First I list the folder. The loop prints "Track" and then "01.wav" for one file, and I expected 1 line. Names with spaces break it, so how do I keep them whole?',
    };
    const doc = parseQuestion(q);
    const tokens = modelTokenRuns(doc).flat();
    const places = modelTokenPlaces(doc)!;
    expect(places.length).toBe(tokens.length);
    expect(tokens.length).toBeLessThan(tokenize(doc).length);
    let words = 0;
    tokens.forEach((t, i) => {
      const span = places.span(i);
      if (t.startsWith('<')) return;
      words++;
      expect(span).not.toBeNull();
      const field = span!.field === 'title' ? q.title : q.body;
      expect(field.slice(span!.start, span!.end).toLowerCase()).toBe(t);
    });
    expect(words).toBeGreaterThan(10);
  });

  it('gives the shared tokenizer places unchanged when nothing is hidden', () => {
    const doc = parseQuestion({
      title: 'Loop splits names',
      body: 'How do I keep names with spaces whole in the loop?',
    });
    expect(modelTokenPlaces(doc)!.length).toBe(tokenize(doc).length);
  });
});
