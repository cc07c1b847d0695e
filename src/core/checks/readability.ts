// Flesch reading ease of the body prose (the book's first heuristic). Code is not prose, so it is excluded.
import { fleschReadingEase } from '../nlp/text-stats';
import { bodyTotals, fieldFinding, type Check } from './check';

/** Below this many words the formula is too noisy to report. */
export const READABILITY_MIN_WORDS = 40;

export const readability: Check = {
  id: 'readability',
  title: 'Hard to read',
  run(ctx) {
    const { words, sentences, syllables } = bodyTotals(ctx);
    if (words < READABILITY_MIN_WORDS) return [];
    const ease = fleschReadingEase(words, sentences, syllables);
    if (ease >= 50) return [];
    const severity = ease < 30 ? 'warning' : 'info';
    const message =
      `The text is ${ease < 30 ? 'very hard' : 'fairly hard'} to read (Flesch reading ease ${Math.round(ease)}; ` +
      'aim for 50 or more): use shorter sentences and simpler words.';
    return [fieldFinding(ctx.doc, 'readability', 'body', severity, message)];
  },
};
