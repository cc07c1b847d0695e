// ModelScorer: loads a shipped model version and turns questions into calibrated scores. Loads from a
// URL (the worker: fetch of the packaged files) or from in-memory files (Node: read from disk).
// Every tensor it creates is disposed before a call returns.
import * as tf from '@tensorflow/tfjs';
import type { QuestionDocument } from '../document/question-document';
import { droppedTokens, perturbedFeatures, type Perturbation, type PerturbationGroups } from './perturbation';
import { calibrate } from './calibration';
import type { DocumentEncoder } from './encoder';
import { loadModel, MODEL_JSON, type ModelFiles } from './io';
import { MODEL_CONFIG_FILE, type ModelConfig } from './model-config';
import { predictLogits } from './network';
import { SplitNetwork } from './sparse-wide';
import { modelInput, vectorise, vectoriseRuns, type ModelInput, type Vectorised } from './vectoriser';
import { RecentObjects } from '../nlp/lru';

export class ModelScorer {
  /** Sparse scoring of perturbations, when the architecture allows it (the bag feeds only `wide`). */
  private readonly split: SplitNetwork | null;

  private constructor(
    private readonly model: tf.LayersModel,
    readonly config: ModelConfig,
    private readonly encoder: DocumentEncoder,
  ) {
    const expected = config.vectoriser.featureNames.join(',');
    if (encoder.featureNames.join(',') !== expected) {
      throw new Error(`model ${config.version} expects features [${expected}], the encoder gives [${encoder.featureNames.join(',')}]`);
    }
    if (encoder.tokenizer !== config.tokenizer) {
      throw new Error(`model ${config.version} was trained with tokenizer ${config.tokenizer}, not ${encoder.tokenizer}`);
    }
    this.split = SplitNetwork.from(model);
  }

  static async fromFiles(files: ModelFiles, config: ModelConfig, encoder: DocumentEncoder): Promise<ModelScorer> {
    return new ModelScorer(await loadModel(files), config, encoder);
  }

  /** `baseUrl` is the version folder, e.g. `chrome-extension://…/models/q-2026.11-1/`. */
  static async fromUrl(baseUrl: string, encoder: DocumentEncoder, fetchFn: typeof fetch = fetch): Promise<ModelScorer> {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    const response = await fetchFn(base + MODEL_CONFIG_FILE);
    if (!response.ok) throw new Error(`cannot load ${base + MODEL_CONFIG_FILE}: HTTP ${response.status}`);
    const config = (await response.json()) as ModelConfig;
    const model = await tf.loadLayersModel(tf.io.http(base + (config.files?.model ?? MODEL_JSON), { fetchFunc: fetchFn }));
    return new ModelScorer(model, config, encoder);
  }

  /** True when perturbations are scored sparsely from the model's weights (see sparse-wide.ts). */
  get sparseScoring(): boolean {
    return this.split !== null;
  }

  /** Rows of the last perturbation batch summed per token group rather than per token (sparse scoring). */
  get groupedRows(): number {
    return this.split?.groupedRows ?? 0;
  }

  get version(): string {
    return this.config.version;
  }

  /** The expensive part (NLP, features), done once per question (the explainer and the score share it). */
  vectorise(doc: QuestionDocument): Vectorised {
    let vec = this.vectorised.get(doc);
    if (!vec) {
      const features = this.encoder.features(doc);
      const runs = this.encoder.tokenRuns?.(doc);
      vec = runs ? vectoriseRuns(runs, features, this.config.vectoriser) : vectorise(this.encoder.tokenize(doc), features, this.config.vectoriser);
      this.vectorised.set(doc, vec);
    }
    return vec;
  }

  private readonly vectorised = new RecentObjects<QuestionDocument, Vectorised>();

  /** Calibrated probabilities of "well received" for a batch of prepared inputs. */
  scoreInputs(inputs: readonly ModelInput[]): number[] {
    return predictLogits(
      this.model,
      inputs.map((x) => x.bag),
      inputs.map((x) => x.features),
    ).map((z) => calibrate(z, this.config.calibration));
  }

  /** Scores perturbed copies of one vectorised question (the explainer's hot path: no NLP). */
  scorePerturbations(vec: Vectorised, perturbations: readonly Perturbation[], groups?: PerturbationGroups): number[] {
    const config = this.config.vectoriser;
    if (this.split) {
      return this.split.logits(vec, config, perturbations, groups).map((z) => calibrate(z, this.config.calibration));
    }
    return this.scoreInputs(
      perturbations.map((p) => modelInput(vec, config, droppedTokens(p, groups), perturbedFeatures(p, groups ?? [], vec.features, config.featureMean))),
    );
  }

  score(doc: QuestionDocument): number {
    return this.scorePerturbations(this.vectorise(doc), [{}])[0];
  }

  dispose(): void {
    this.model.dispose();
  }
}
