// Stack Overflow requires at least 15 characters; a useful title also has a few words.
import { fieldFinding, type Check } from './check';

export const TITLE_MIN_CHARS = 15;
export const TITLE_MIN_WORDS = 4;

export const titleTooShort: Check = {
  id: 'title-too-short',
  title: 'Title too short',
  run(ctx) {
    const title = ctx.doc.title.trim();
    if (title.length === 0) {
      return [
        fieldFinding(
          ctx.doc,
          'title-too-short',
          'title',
          'error',
          'Add a title that sums up the problem in one specific sentence.',
        ),
      ];
    }
    const words = ctx.signals.titleWords;
    if ([...title].length >= TITLE_MIN_CHARS && words >= TITLE_MIN_WORDS) return [];
    return [
      fieldFinding(
        ctx.doc,
        'title-too-short',
        'title',
        'warning',
        `The title is too short (${words} word${words === 1 ? '' : 's'}): say what you are doing and what goes wrong.`,
      ),
    ];
  },
};
