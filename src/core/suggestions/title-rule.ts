// When a new title helps, and what it is. A rewrite is proposed only when it is more specific than the title:
// it adds the error the body quotes (its name and message), with the technology the title or body names. A
// question form alone ("How do I fix python error?") adds nothing and is never proposed. Once the title quotes
// the error, names what goes wrong, or names its goal in a few words of its own, there is nothing to propose.
import { words } from '../document/tokens';
import { isTopicTerm } from '../document/topic-terms';
import { contentWords } from '../checks/title-not-specific';

/**
 * An error as people quote it: `KeyError`, `TypeError: x is undefined`, `NullPointerException`, `error TS2322`, `Error:
 * …`.
 */
const QUOTED_ERROR_IN_TITLE =
  /\b[A-Z]\w*(?:Error|Exception)\b|\b(?:error|fatal)\s*:\s*\S|\b(?:E|TS|CS|C|LNK)\d{3,5}\b|\bsegmentation fault\b|\bstack ?overflow ?error\b|\bundefined reference\b|\bcannot find symbol\b|\bis not a function\b|\bis not defined\b|\bis undefined\b|\bunexpected token\b/i;

/** Words that say what goes wrong; with enough content words around them, the title describes the failure. */
const SAYS_WHAT_GOES_WRONG =
  /\b(?:returns?|returning|throws?|gives?|shows?|prints?|displays?|crash(?:es|ing)?|hangs?|freezes?|fails?|stops?|rejects?|ignores?|loses?|skips?|breaks?|overwrites?|doesn'?t|does\s+not|won'?t|can'?t|cannot|isn'?t|not\s+\w+ing|instead\s+of|always|never|empty|blank|null|nan|undefined|duplicates?|missing)\b/i;

/** Content words it takes, besides the failure words, for a title to name what goes wrong. */
export const WHAT_GOES_WRONG_WORDS = 3;
/** A title with more content words than this names its goal ("Get the enclosing class of a Java lambda"): kept. */
export const MAX_GENERIC_WORDS = 2;

/** The first error the body quotes: its name and, when on the same line, its message (shortened at a word). */
const BODY_ERROR = /\b([A-Z][A-Za-z0-9_.]*(?:Error|Exception))\b(?:[ \t]*:[ \t]*((?:[^\n`.!?]|\.(?![\s]|$)){1,200}))?/;
const MAX_MESSAGE = 60;

export function quotedError(body: string): string | null {
  const m = BODY_ERROR.exec(body);
  if (!m) return null;
  const name = m[1].split('.').pop()!;
  let message = (m[2] ?? '').trim().replace(/[.;,]+$/, '');
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, message.lastIndexOf(' ', MAX_MESSAGE)).trimEnd()}…`;
  return message && !message.startsWith('…') ? `${name}: ${message}` : name;
}

/** The title already quotes an error, says what goes wrong, or names its goal in enough words. */
export function titleIsSpecific(title: string): boolean {
  if (QUOTED_ERROR_IN_TITLE.test(title)) return true;
  const content = contentWords(title).length;
  return content > MAX_GENERIC_WORDS || (SAYS_WHAT_GOES_WRONG.test(title) && content >= WHAT_GOES_WRONG_WORDS);
}

/** The technology to name: the title's own content words when it has any, else the first one the body names. */
function subject(title: string, body: string): string {
  const content = new Set(contentWords(title));
  const own = words(title)
    .filter((w) => content.has(w.text))
    .map((w) => title.slice(w.from, w.to))
    .join(' ');
  if (own) return own;
  const tech = words(body).find((w) => isTopicTerm(w.text) && contentWords(w.text).length > 0); // not "this" or "for"
  return tech ? tech.text : '';
}

/** A more specific title, or null when there is none to offer (see the file comment). */
export function specificTitle(title: string, body: string): string | null {
  const t = title.trim();
  if (!t || titleIsSpecific(t)) return null;
  const error = quotedError(body);
  if (!error) return null;
  const about = subject(t, body);
  if (about && error.toLowerCase().includes(about.toLowerCase())) return error;
  return about ? `${error} in ${about}` : error;
}
