// The encoder used by training, the score CLI and the worker: the shared document tokenizer
// (document/tokens.ts: prose words, `<num>`/`<url>`, one structural token per code block, link, …)
// and the hand features of the feature registry. One code path: nothing here re-tokenises.
import type { QuestionDocument } from '../document/question-document';
import { tokenRuns, tokenTexts } from '../document/tokens';
import { extractFeatures, FEATURE_IDS } from '../features/registry';
import type { DocumentEncoder } from './encoder';

/** Bumped when document/tokens.ts changes what it emits (a parity test on tests/fixtures/model catches drift). */
export const TOKENIZER_ID = 'document-tokens-v1';

export function tokenizeDocument(doc: QuestionDocument): string[] {
  return tokenTexts(doc);
}

export const defaultEncoder: DocumentEncoder = {
  tokenizer: TOKENIZER_ID,
  featureNames: FEATURE_IDS,
  tokenize: tokenizeDocument,
  tokenRuns,
  features: extractFeatures,
};
