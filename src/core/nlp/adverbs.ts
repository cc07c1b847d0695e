// Context-free adverb decisions from compromise's lexicon, so most words never need the (~1 ms/sentence)
// tagger: "really" is an Adverb in the lexicon, "friendly" an Adjective, "family" a Noun; an unknown "-ly"
// word whose stem is an adjective ("basically" ← basic, "seriously" ← serious) is an adverb.
// Anything else is 'unknown' and goes to the full tagger (tagSentence), which sees the context.
import nlp from 'compromise/two';
import { registerCache } from '../cache-registry';

export type AdverbGuess = 'adverb' | 'other' | 'unknown';

// Words whose part of speech depends on context ("pretty printing" vs "pretty slow").
const CONTEXTUAL = new Set(['pretty', 'super', 'kinda', 'sorta', 'fast', 'hard', 'late', 'still', 'even']);
// Suffixes that make an unknown stem an adjective, as compromise's own suffix rules would guess.
const ADJECTIVE_SUFFIX =
  /(?:ous|ic|al|ar|ful|ive|ent|ant|able|ible|ate|less|ish|ary|ory|ed|ing|est|ite|id|ect|ound|ure)$/;

let lexicon: Record<string, string | undefined> | null = null;
registerCache('nlp/adverbs: compromise lexicon', {
  get size() {
    return lexicon ? 1 : 0;
  },
  clear() {
    lexicon = null;
  },
});
function lex(): Record<string, string | undefined> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  return lexicon;
}

function stems(w: string): string[] {
  const base = w.slice(0, -2); // quickly → quick
  const out = [base, `${base}e`, `${w.slice(0, -1)}e`]; // truly → true, simply → simple
  if (w.endsWith('ily')) out.push(`${w.slice(0, -3)}y`); // easily → easy
  if (w.endsWith('ally')) out.push(w.slice(0, -4)); // basically → basic
  return out;
}

export function lexicalAdverb(word: string): AdverbGuess {
  const w = word.toLowerCase();
  if (CONTEXTUAL.has(w)) return 'unknown';
  const tag = lex()[w];
  if (tag) return tag === 'Adverb' ? 'adverb' : 'other';
  if (w.length < 5 || !w.endsWith('ly')) return 'unknown';
  for (const stem of stems(w)) {
    const t = lex()[stem];
    if (t === 'Adjective' || t === 'Comparative') return 'adverb';
  }
  for (const stem of stems(w)) if (!lex()[stem] && stem.length > 3 && ADJECTIVE_SUFFIX.test(stem)) return 'adverb';
  return 'unknown';
}
