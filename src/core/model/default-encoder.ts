// The encoder used by training, the score CLI and the worker: the shared document tokenizer
// (document/tokens.ts: prose words, `<num>`/`<url>`, one structural token per code block, link, …)
// with topic terms masked (document/topic-terms.ts), and the hand features of the feature registry, both
// read from the model's view of the question (document/model-view.ts: unfilled placeholders masked).
// One code path: nothing here re-tokenises.
import { modelView } from '../document/model-view';
import type { QuestionDocument } from '../document/question-document';
import { tokenRuns } from '../document/tokens';
import { maskTopicTerms } from '../document/topic-terms';
import { TOPIC_TERMS_DATA } from '../document/topic-terms-data';
import { extractFeatures, FEATURE_IDS } from '../features/registry';
import type { DocumentEncoder } from './encoder';
import { fnv1a32 } from '../util/hash';

/**
 * Bumped when document/tokens.ts changes what it emits (a parity test on tests/fixtures/model catches
 * drift); the lexicon's hash is part of it, so a model trained on another lexicon is refused at load.
 */
export const TOKENIZER_ID = `document-tokens-v2-topic-${fnv1a32(TOPIC_TERMS_DATA.join('\n')).toString(16)}`;

/** The bag's tokens, in runs: the model's view of the question (placeholders masked), topic terms masked. */
export function modelTokenRuns(doc: QuestionDocument): readonly (readonly string[])[] {
  return tokenRuns(modelView(doc)).map(maskTopicTerms);
}

/** The hand features of the model's view of the question. */
export function modelFeatures(doc: QuestionDocument): number[] {
  return extractFeatures(modelView(doc));
}

export function tokenizeDocument(doc: QuestionDocument): string[] {
  return modelTokenRuns(doc).flat();
}

export const defaultEncoder: DocumentEncoder = {
  tokenizer: TOKENIZER_ID,
  featureNames: FEATURE_IDS,
  tokenize: tokenizeDocument,
  tokenRuns: modelTokenRuns,
  features: modelFeatures,
};
