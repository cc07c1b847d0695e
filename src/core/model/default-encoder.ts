// The encoder used by training, the score CLI and the worker: bag tokens from the document's prose
// plus structure tokens, and the hand features of the feature registry.
// PROVISIONAL tokenizer: src/core/document/tokens.ts (the shared tokenizer) had not landed when the
// model was built; switch `tokenize` to it when it does and retrain (the tokenizer id is checked at load).
import type { QuestionDocument } from '../document/question-document';
import { extractFeatures, FEATURE_IDS } from '../features/registry';
import type { DocumentEncoder } from './encoder';

export const TOKENIZER_ID = 'model-words-v1';

const WORD = /\p{L}[\p{L}\p{N}'’_-]*|\p{N}+/gu;

/** Lowercased words of a prose text (apostrophes kept inside words: don't, it's). */
export function wordTokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'").replace(/['_-]+$/, ''));
}

export function tokenizeDocument(doc: QuestionDocument): string[] {
  const out: string[] = [];
  for (const block of doc.prose) {
    if (block.kind === 'title') out.push('<title>');
    out.push(...wordTokens(block.text));
    if (block.kind === 'title') out.push('</title>');
  }
  for (let i = 0; i < doc.codeBlocks.length; i++) out.push('<code-block>');
  for (let i = 0; i < Math.min(doc.inlineCode.length, 5); i++) out.push('<inline-code>');
  for (let i = 0; i < Math.min(doc.links.length, 5); i++) out.push('<link>');
  for (let i = 0; i < Math.min(doc.images, 5); i++) out.push('<image>');
  return out;
}

export const defaultEncoder: DocumentEncoder = {
  tokenizer: TOKENIZER_ID,
  featureNames: FEATURE_IDS,
  tokenize: tokenizeDocument,
  features: extractFeatures,
};
