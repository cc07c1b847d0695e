// ModelScorer: loads a shipped model version and turns questions into calibrated scores. Loads from a
// URL (the worker: fetch of the packaged files) or from in-memory files (Node: read from disk), reading the
// tfjs layers format without tfjs and scoring in plain JS (sparse-wide.ts), so the worker bundles no tfjs.
// With a close-reason head (config.files.closeReasons) it also says why a question would likely be closed.
import { CLOSE_REASONS, type CloseReason, type CloseRisk } from '../../shared/close-risk';
import type { QuestionDocument } from '../document/question-document';
import { perturbedFeatures, type Perturbation, type PerturbationGroups } from './perturbation';
import { underCeiling } from './calibration';
import { CloseHead } from './close-head';
import type { DocumentEncoder } from './encoder';
import {
  concatBytes,
  MODEL_JSON,
  readLayersGraph,
  weightPaths,
  type LayersGraph,
  type ModelFiles,
} from './layers-graph';
import { MODEL_CONFIG_FILE, type ModelConfig } from './model-config';
import { SplitNetwork } from './sparse-wide';
import { vectorise, vectoriseRuns, type ModelInput, type Vectorised } from './vectoriser';
import { RecentObjects } from '../util/lru';

export class ModelScorer {
  /** Sparse scoring from the model's weights (the bag feeds only `wide`): every score goes through it. */
  private readonly split: SplitNetwork;

  private constructor(
    graph: LayersGraph,
    readonly config: ModelConfig,
    private readonly encoder: DocumentEncoder,
    private closeHead: CloseHead | null = null,
  ) {
    const expected = config.vectoriser.featureNames.join(',');
    if (encoder.featureNames.join(',') !== expected) {
      throw new Error(
        `model ${config.version} expects features [${expected}], the encoder gives [${encoder.featureNames.join(',')}]`,
      );
    }
    if (encoder.tokenizer !== config.tokenizer) {
      throw new Error(
        `model ${config.version} was trained with tokenizer ${config.tokenizer}, not ${encoder.tokenizer}`,
      );
    }
    const split = SplitNetwork.from(graph);
    if (!split)
      throw new Error(
        `model ${config.version}: the runtime scores only network.ts's wide-and-deep network, and this model is another`,
      );
    this.split = split;
    const ceiling = config.ceiling;
    this.ceilingColumn = ceiling ? config.vectoriser.featureNames.indexOf(ceiling.feature) : -1;
    if (ceiling && (this.ceilingColumn < 0 || !(ceiling.score > 0 && ceiling.score < 1)))
      throw new Error(
        `model ${config.version}: its ceiling (${ceiling.feature} < ${ceiling.score}) is not one it can apply`,
      );
  }

  /** The feature column the config's ceiling reads (-1: no ceiling). */
  private readonly ceilingColumn: number;

  /** The shipped score of a logit: calibrated, then under the config's ceiling as far as its feature holds. */
  private finalScore(logit: number, ceilingWeight: number): number {
    return underCeiling(logit, this.config.calibration, this.config.ceiling, ceilingWeight);
  }

  /** `closeFiles`: the close-reason head's files, required when the config names one (readModelFolder gives them). */
  static async fromFiles(
    files: ModelFiles,
    config: ModelConfig,
    encoder: DocumentEncoder,
    closeFiles?: ModelFiles,
  ): Promise<ModelScorer> {
    const name = config.files?.closeReasons;
    if (name && !closeFiles)
      throw new Error(`model ${config.version} has a close-reason head (${name}), but its files were not given`);
    const head = name ? headOf(readLayersGraph(closeFiles!.modelJson, closeFiles!.weights), config) : null;
    return new ModelScorer(readLayersGraph(files.modelJson, files.weights), config, encoder, head);
  }

  /** `baseUrl` is the version folder, e.g. `chrome-extension://…/models/q-2026.11-1/`. */
  static async fromUrl(baseUrl: string, encoder: DocumentEncoder, fetchFn: typeof fetch = fetch): Promise<ModelScorer> {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    const get = async (file: string) => {
      const response = await fetchFn(base + file);
      if (!response.ok) throw new Error(`cannot load ${base + file}: HTTP ${response.status}`);
      return response;
    };
    const config = (await (await get(MODEL_CONFIG_FILE)).json()) as ModelConfig;
    const load = async (file: string): Promise<LayersGraph> => {
      const modelJson = await (await get(file)).text();
      const parts = await Promise.all(
        weightPaths(modelJson).map(async (path) => new Uint8Array(await (await get(path)).arrayBuffer())),
      );
      return readLayersGraph(modelJson, parts.length === 1 ? parts[0] : concatBytes(parts));
    };
    // The head loads beside the main model, but a score does not wait for it: `ready()` does.
    const head = config.files?.closeReasons ? load(config.files.closeReasons) : null;
    head?.catch(() => undefined); // observed through ready(); never an unhandled rejection meanwhile
    const scorer = new ModelScorer(await load(config.files?.model ?? MODEL_JSON), config, encoder);
    scorer.#ready = head
      ? head.then((graph) => {
          scorer.closeHead = headOf(graph, config);
        })
      : Promise.resolve();
    return scorer;
  }

  #ready: Promise<void> = Promise.resolve();

  /**
   * Resolves once every part is loaded (the close-reason head may still be loading after fromUrl); rejects if one
   * failed.
   */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Rows of the last perturbation batch summed per token group rather than per token (sparse scoring). */
  get groupedRows(): number {
    return this.split.groupedRows;
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
      vec = runs
        ? vectoriseRuns(runs, features, this.config.vectoriser)
        : vectorise(this.encoder.tokenize(doc), features, this.config.vectoriser);
      this.vectorised.set(doc, vec);
    }
    return vec;
  }

  private readonly vectorised = new RecentObjects<QuestionDocument, Vectorised>();

  /** Calibrated probabilities of "well received" for a batch of prepared dense inputs (evaluation). */
  scoreInputs(inputs: readonly ModelInput[]): number[] {
    const col = this.ceilingColumn;
    const { featureMean, featureStd } = this.config.vectoriser;
    return inputs.map((x) =>
      this.finalScore(
        this.split.logitOfInput(x.bag, x.features),
        // Inputs hold scaled float32 features: the ceiling reads the raw value (to 6 places, past the rounding).
        col < 0 ? 0 : Math.round((x.features[col] * (featureStd[col] || 1) + featureMean[col]) * 1e6) / 1e6,
      ),
    );
  }

  /** Scores perturbed copies of one vectorised question (the explainer's hot path: no NLP). */
  scorePerturbations(vec: Vectorised, perturbations: readonly Perturbation[], groups?: PerturbationGroups): number[] {
    const col = this.ceilingColumn;
    const typical = this.config.vectoriser.featureMean;
    return this.split.logits(vec, this.config.vectoriser, perturbations, groups).map((z, k) => {
      if (col < 0) return this.finalScore(z, 0);
      const features = perturbedFeatures(perturbations[k], groups ?? [], vec.features, typical) ?? vec.features;
      return this.finalScore(z, features[col]);
    });
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
}

/** Throws on a graph that is not a close-reason head for this config. */
function headOf(graph: LayersGraph, config: ModelConfig): CloseHead {
  const head = CloseHead.from(graph);
  if (!head)
    throw new Error(
      `model ${config.version}: ${config.files.closeReasons} is not a close-reason head ([bag, features] → Dense(${CLOSE_REASONS.length}, softmax))`,
    );
  const { buckets, featureNames } = config.vectoriser;
  if (head.buckets !== buckets || head.features !== featureNames.length) {
    throw new Error(
      `model ${config.version}: the close-reason head reads ${head.buckets} buckets and ${head.features} features, the config has ${buckets} and ${featureNames.length}`,
    );
  }
  return head;
}
