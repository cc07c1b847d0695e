// Concrete details in the prose (log1p of their count): numbers, inline code that holds code, identifiers (camelCase,
// snake_case, dotted names, file names), quoted values. They are what lets a reader reproduce a problem,
// whatever the technology.
import { registerCache, WeakCache } from '../cache-registry';
import type { QuestionDocument } from '../document/question-document';
import { isTopicTerm } from '../document/topic-terms';
import { blockMemo } from '../nlp/block-memo';
import type { WordToken } from '../nlp/text-stats';
import type { Feature, FeatureContext } from './feature';

const IDENTIFIER = /^(?:[a-z]+[A-Z]\w*|\w+_\w+|[\w-]+\.(?:[a-z]{1,5}|\w+\()|v?\d+(?:\.\d+)+)$/;
export const QUOTED = /"[^"\n]{1,80}"|'[^'\n\s][^'\n]{0,78}'|“[^”\n]{1,80}”/g;

/** A value or a name among a sentence's words: a number, or an identifier-like word. */
export function isConcreteWord(w: WordToken): boolean {
  return w.token === '<num>' || IDENTIFIER.test(w.text);
}

// A symbol or digit, camelCase, an acronym, or a technology's own word (`make`, `lambda`, `git revert`): code,
// a value or a name rather than an English word in backticks (`however`).
const CODE_LIKE_INLINE = /[^\p{L}\s]|\p{Ll}\p{Lu}|\b\p{Lu}{2,}\b/u;

export function isCodeLikeInline(code: string): boolean {
  const text = code.trim();
  return CODE_LIKE_INLINE.test(text) || text.toLowerCase().split(/\s+/).some(isTopicTerm);
}

/**
 * How many concrete details the question's prose holds (numbers, code-like inline code, identifiers, quoted values).
 */
// Per body block (by its text) and per document: three features read the count on every keystroke.
const blockCounts = blockMemo<number>('features/concrete-details: block counts', 2048);
const docCounts = registerCache(
  'features/concrete-details: document counts',
  new WeakCache<QuestionDocument, number>(),
);

export function concreteDetailCount({ doc, stats }: FeatureContext): number {
  let n = docCounts.get(doc);
  if (n !== undefined) return n;
  n = doc.inlineCode.filter((c) => isCodeLikeInline(c.code)).length;
  for (const v of stats.check.body) {
    n += blockCounts(v.block.text, () => {
      let k = 0;
      for (const s of v.analysis.sentences) {
        for (const w of s.words) if (isConcreteWord(w)) k++;
      }
      for (const _ of v.block.text.matchAll(QUOTED)) k++;
      return k;
    });
  }
  docCounts.set(doc, n);
  return n;
}

export const concreteDetails: Feature = {
  id: 'concrete-details',
  label: 'Concrete details (values, names, quoted output)',
  absentLabel: 'No concrete details (values, names, quoted output)',
  family: 'question',
  monotone: 1,
  compute: (ctx) => Math.log1p(concreteDetailCount(ctx)),
};
