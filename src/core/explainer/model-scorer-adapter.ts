// ModelScorer → PerturbableModel: typical features are the training means from the model config;
// labels come from the feature registry; spans come from the shared tokenizer the model was trained on.
import { featureById } from '../features/registry';
import { modelTokenPlaces, TOKENIZER_ID } from '../model/default-encoder';
import type { ModelScorer } from '../model/scorer';
import type { Vectorised } from '../model/vectoriser';
import type { PerturbableModel } from './model';

export function perturbableModelScorer(scorer: ModelScorer): PerturbableModel<Vectorised> {
  const ids = scorer.config.vectoriser.featureNames;
  return {
    vectorise: (doc) => scorer.vectorise(doc),
    scorePerturbations: (vec, perts, groups) => scorer.scorePerturbations(vec, perts, groups),
    typicalFeatures: () => scorer.config.vectoriser.featureMean,
    featureIds: ids,
    featureLabels: ids.map((id) => featureById(id)?.label ?? id),
    featureAbsentLabels: ids.map((id) => featureById(id)?.absentLabel),
    // A model on the shared tokenizer knows where its tokens are: they need no alignment.
    tokenPlaces: scorer.config.tokenizer === TOKENIZER_ID ? modelTokenPlaces : undefined,
  };
}
