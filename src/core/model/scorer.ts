// ModelScorer: loads a shipped model version and turns questions into calibrated scores. Loads from a
// URL (the worker: fetch of the packaged files) or from in-memory files (Node: read from disk).
// Every tensor it creates is disposed before a call returns. With a close-reason head (config.files.closeReasons)
// it also says why a question would likely be closed.
import * as tf from '@tensorflow/tfjs';
import { CLOSE_REASONS, type CloseReason, type CloseRisk } from '../../shared/close-risk';
import type { QuestionDocument } from '../document/question-document';
import { droppedTokens, perturbedFeatures, type Perturbation, type PerturbationGroups } from './perturbation';
import { calibrate } from './calibration';
import { CloseHead } from './close-head';
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
    private readonly closeHead: CloseHead | null = null,
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

  /** `closeFiles`: the close-reason head's files, required when the config names one (readModelFolder gives them). */
  static async fromFiles(files: ModelFiles, config: ModelConfig, encoder: DocumentEncoder, closeFiles?: ModelFiles): Promise<ModelScorer> {
    const name = config.files?.closeReasons;
    if (name && !closeFiles) throw new Error(`model ${config.version} has a close-reason head (${name}), but its files were not given`);
    const head = name ? headOf(await loadModel(closeFiles!), config) : null;
    return new ModelScorer(await loadModel(files), config, encoder, head);
  }

  /** `baseUrl` is the version folder, e.g. `chrome-extension://…/models/q-2026.11-1/`. */
  static async fromUrl(baseUrl: string, encoder: DocumentEncoder, fetchFn: typeof fetch = fetch): Promise<ModelScorer> {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    const response = await fetchFn(base + MODEL_CONFIG_FILE);
    if (!response.ok) throw new Error(`cannot load ${base + MODEL_CONFIG_FILE}: HTTP ${response.status}`);
    const config = (await response.json()) as ModelConfig;
    const load = (file: string) => tf.loadLayersModel(tf.io.http(base + file, { fetchFunc: fetchFn }));
    const head = config.files?.closeReasons ? headOf(await load(config.files.closeReasons), config) : null;
    return new ModelScorer(await load(config.files?.model ?? MODEL_JSON), config, encoder, head);
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

  /** True when the model has a close-reason head (closeRisk gives a risk rather than null). */
  get hasCloseHead(): boolean {
    return this.closeHead !== null;
  }

  /**
   * Why the question would likely be closed: P(closed) = 1 − score (the calibrated "well received"),
   * split over the reasons by the head's P(reason | closed). Null without a head. Reuses the cached
   * vectorisation, so it adds no NLP to an analysis that scored the question.
   */
  closeRisk(doc: QuestionDocument): CloseRisk | null {
    if (!this.closeHead) return null;
    const closed = Math.min(1, Math.max(0, 1 - this.score(doc)));
    const given = this.closeHead.probabilities(this.vectorise(doc), this.config.vectoriser);
    const byReason = {} as Record<CloseReason, number>;
    let best = 0;
    CLOSE_REASONS.forEach((r, i) => {
      byReason[r] = closed * given[i];
      if (given[i] > given[best]) best = i;
    });
    const reason = CLOSE_REASONS[best];
    return { reason, probability: byReason[reason], byReason };
  }

  dispose(): void {
    this.model.dispose();
  }
}

/**
 * The head's weights, read out of its tfjs model, which is then disposed (scoring never touches it again,
 * so the scorer holds no tensors for the head). Throws on a model that is not a head for this config.
 */
function headOf(model: tf.LayersModel, config: ModelConfig): CloseHead {
  const head = CloseHead.from(model);
  model.dispose();
  if (!head) throw new Error(`model ${config.version}: ${config.files.closeReasons} is not a close-reason head ([bag, features] → Dense(${CLOSE_REASONS.length}, softmax))`);
  const { buckets, featureNames } = config.vectoriser;
  if (head.buckets !== buckets || head.features !== featureNames.length) {
    throw new Error(`model ${config.version}: the close-reason head reads ${head.buckets} buckets and ${head.features} features, the config has ${buckets} and ${featureNames.length}`);
  }
  return head;
}
