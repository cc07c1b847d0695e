// Neutral stand-ins for the templates some suggestions insert. The model never reads a template's own
// words: its placeholders ("I tried … but … happened.", "Error: …", a fence holding only a comment) are
// masked out of the model's view (document/model-view.ts) and only counted, at a cost, by the placeholders
// feature. So a template can never earn a gain, and must not: what such a suggestion is worth is the gain of
// *filling* it. Each kind's `measure` inserts one of these instead of its template, in the same place, and
// verification re-scores that text: the gain comes through the features the suggestion is about (a code
// block, a quoted error, an attempt, a question) and nothing else. So they hold no placeholder and no topic:
// no technology name or language keyword (document/topic-terms.ts), nothing a real question would be
// about; just the shape of the thing asked for. The person still gets the template (`apply`) to fill.

/** For add-code-sample: a few lines of generic code (a call, assignments, brackets). */
export const CODE_STAND_IN = '```\nvalue = parse(text)\nitems = [value, 2, 3]\nresult = convert(items[0])\n```\n';

/** For add-error-message: an error line and one stack-frame-like line, in a code block. */
export const ERROR_STAND_IN = '```\nError: the value could not be read\n    at readValue (main:12)\n```\n';

/** For describe-attempt: what was tried, with a concrete value, and what happened instead (not a question). */
export const ATTEMPT_STAND_IN = 'I tried calling it with `42` and got `-1` instead of `42`.\n';

/** For add-question: a concrete question (worded so it does not also read as an attempt: no "I get", "it returns"). */
export const QUESTION_STAND_IN = 'How do I change it so the call returns `42`?\n';

export const STAND_INS = [CODE_STAND_IN, ERROR_STAND_IN, ATTEMPT_STAND_IN, QUESTION_STAND_IN] as const;
