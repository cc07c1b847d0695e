// The encoder used by training, the score CLI and the worker: the shared document tokenizer
// (document/tokens.ts: prose words, `<num>`/`<url>`, one structural token per code block, link, …)
// without the details the substance features count (bag-details.ts), topic terms masked
// (document/topic-terms.ts), and the hand features of the feature registry, both read from the model's view
// of the question (document/model-view.ts: unfilled placeholders masked). One code path: nothing here
// re-tokenises.
import { registerCache } from '../cache-registry';
import { modelView } from '../document/model-view';
import type { QuestionDocument } from '../document/question-document';
import { blockWords, tokenPlaces, tokenRuns, type TokenPlaces } from '../document/tokens';
import { maskTopicTerms } from '../document/topic-terms';
import { TOPIC_TERMS_DATA } from '../document/topic-terms-data';
import { extractFeatures, FEATURE_IDS } from '../features/registry';
import type { DocumentEncoder } from './encoder';
import { fnv1a32 } from '../util/hash';
import { Lru, RecentObjects } from '../util/lru';
import { bagWordMask } from './bag-details';

/**
 * Bumped when document/tokens.ts changes what it emits (a parity test on tests/fixtures/model catches
 * drift); the lexicon's hash is part of it, so a model trained on another lexicon is refused at load.
 */
export const TOKENIZER_ID = `document-tokens-v3-details-topic-${fnv1a32(TOPIC_TERMS_DATA.join('\n')).toString(16)}`;

// Per block text, so a block's run stays the same array object while it is unchanged (the model caches per run).
const bagRuns = registerCache('model/default-encoder: bag runs', new Lru<string, readonly string[]>(4096));

function bagRun(text: string, run: readonly string[]): readonly string[] {
  const mask = bagWordMask(text);
  if (!mask) return run;
  let kept = bagRuns.get(text);
  if (!kept) {
    kept = run.filter((_, k) => mask[k] === 1);
    bagRuns.set(text, kept);
  }
  return kept;
}

/**
 * The bag's tokens, in runs: the model's view of the question (placeholders masked), without its details
 * (bag-details.ts), topic terms masked.
 */
export function modelTokenRuns(doc: QuestionDocument): readonly (readonly string[])[] {
  const view = modelView(doc);
  return tokenRuns(view).map((run, i) => maskTopicTerms(i < view.prose.length ? bagRun(view.prose[i].text, run) : run));
}

const placesCache = registerCache(
  'model/default-encoder: bag token places',
  new RecentObjects<QuestionDocument, { places: TokenPlaces | undefined }>(),
);

/**
 * Where the bag's tokens are in the typed text (the explainer points at them). Undefined when the model reads
 * a masked view of the question (unfilled placeholders): the explainer then aligns tokens itself.
 */
export function modelTokenPlaces(doc: QuestionDocument): TokenPlaces | undefined {
  const cached = placesCache.get(doc);
  if (cached) return cached.places;
  let out: TokenPlaces | undefined;
  if (modelView(doc) === doc) {
    const all = tokenPlaces(doc);
    const masks = doc.prose.map((b) => bagWordMask(b.text));
    if (masks.every((m) => m === null)) out = all;
    else {
      const keep: number[] = [];
      let i = 0;
      doc.prose.forEach((b, bi) => {
        const mask = masks[bi];
        for (let k = 0; k < blockWords(b.text).length; k++, i++) if (!mask || mask[k] === 1) keep.push(i);
      });
      for (; i < all.length; i++) keep.push(i);
      out = {
        length: keep.length,
        block: Int32Array.from(keep, (k) => all.block[k]),
        from: Int32Array.from(keep, (k) => all.from[k]),
        to: Int32Array.from(keep, (k) => all.to[k]),
        span: (k) => (k >= 0 && k < keep.length ? all.span(keep[k]) : null),
      };
    }
  }
  placesCache.set(doc, { places: out });
  return out;
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
