// The worker's API. Its type is the protocol between the worker and its host (comlink).
import { expose } from 'comlink';
import { analyseQuestion, heuristicScorer, modelScorer, scoreDocument, type QuestionScore, type Scorer } from '../core/analyse';
import { parseQuestion } from '../core/document/parse-markdown';
import { warmUpExplainer } from '../core/explainer/explainer';
import type { ModelScorer } from '../core/model/scorer';
import type { AnalysisResult, QuestionInput } from '../shared/question';
import { loadPackagedModel } from './packaged-model';

/** `loadModel` is injected so Node tests can load the model from files; the worker fetches its package. */
export function createAnalysisApi(loadModel: () => Promise<ModelScorer>) {
  let model: Promise<ModelScorer> | null = null;
  let scorer: Promise<Scorer> | null = null;
  // The explainer's rarely run design code is warmed once the model is there (see warmUpExplainer).
  const currentModel = () =>
    (model ??= loadModel().then((loaded) => {
      warmUpExplainer();
      return loaded;
    }));
  const currentScorer = () =>
    (scorer ??= currentModel().then(modelScorer, (error: unknown): Scorer => {
      // Hints keep working on the heuristics; the version string says why.
      console.error('ML Editor: the model failed to load, using the heuristic scorer', error);
      return { ...heuristicScorer, version: `${heuristicScorer.version} (model unavailable)` };
    }));
  return {
    async version(): Promise<string> {
      return (await currentScorer()).version;
    },
    async analyse(input: QuestionInput): Promise<AnalysisResult> {
      return analyseQuestion(input, await currentScorer());
    },
    /** Scores many questions (gate + model, no explanation): for ML engineers' batches and the bench. */
    async scoreBatch(inputs: QuestionInput[]): Promise<QuestionScore[]> {
      const loaded = await currentModel();
      return inputs.map((input) => scoreDocument(parseQuestion(input), loaded));
    },
    /**
     * Holds the Web Lock `name` for the worker's whole life: the browser releases it when the worker dies,
     * which is how the host learns of a death no event reports. False where Web Locks are missing.
     */
    async holdAliveLock(name: string): Promise<boolean> {
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (!locks) return false;
      await new Promise<void>((acquired) => {
        void locks.request(name, () => {
          acquired();
          return new Promise<never>(() => {});
        });
      });
      return true;
    },
  };
}

export type WorkerApi = ReturnType<typeof createAnalysisApi>;

export function exposeAnalysisApi(): void {
  expose(createAnalysisApi(() => loadPackagedModel(self.location.origin)));
}
