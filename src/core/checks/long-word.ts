// Long plain words slow readers down. Identifiers (camelCase, snake_case, dotted, with digits) are not words
// to simplify, so only letter-only words in normal casing count.
import type { Finding } from '../../shared/finding';
import { allProse, spanFinding, type Check } from './check';

export const LONG_WORD_LETTERS = 15;
const PLAIN_WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;

export const longWord: Check = {
  id: 'long-word',
  title: 'Long words',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      for (const s of v.analysis.sentences) {
        for (const w of s.words) {
          if (w.text.length < LONG_WORD_LETTERS || !PLAIN_WORD.test(w.text)) continue;
          // All-caps long tokens are constants or shouting, handled elsewhere.
          if (w.text === w.text.toUpperCase()) continue;
          out.push(
            spanFinding(
              ctx,
              v,
              w.start,
              w.end,
              'long-word',
              'info',
              `“${w.text}” is a long word; a shorter, more common one may read better.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
