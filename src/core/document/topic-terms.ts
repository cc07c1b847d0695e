// What a question is about, as opposed to how it is asked: technology names, their libraries' words and
// language keywords (topic-terms-data.ts, derived from the shared data's tags by
// scripts/derive-topic-terms.ts). The model's bag sees every one of them as the same token, so naming
// PHP or Kotlin cannot move the score; the checks still see the words themselves.
import { registerCache, WeakCache } from '../cache-registry';
import { TOPIC_TERMS_DATA } from './topic-terms-data';

export const TOPIC_TOKEN = '<topic>';

const TERMS: ReadonlySet<string> = new Set(TOPIC_TERMS_DATA);

/** A word token (lowercased, as the tokenizer emits it) that names a technology or a keyword. */
export function isTopicTerm(token: string): boolean {
  return TERMS.has(token);
}

// Per run, so a block's tokens recur as one array object (the model caches its work per run).
const masked = registerCache(
  'document/topic-terms: masked runs',
  new WeakCache<readonly string[], readonly string[]>(),
);

/** The run with every topic term replaced by TOPIC_TOKEN (the same array when it has none). */
export function maskTopicTerms(run: readonly string[]): readonly string[] {
  let out = masked.get(run);
  if (!out) {
    out = run.some(isTopicTerm) ? run.map((t) => (isTopicTerm(t) ? TOPIC_TOKEN : t)) : run;
    masked.set(run, out);
  }
  return out;
}
