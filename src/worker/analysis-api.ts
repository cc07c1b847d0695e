// The worker's API. Its type is the protocol between the worker and its host (comlink).
import { expose } from 'comlink';
import { analyseQuestion, heuristicScorer, modelScorer, type Scorer } from '../core/analyse';
import type { ModelScorer } from '../core/model/scorer';
import type { AnalysisResult, QuestionInput } from '../shared/question';
import { loadPackagedModel } from './packaged-model';

/** `loadModel` is injected so Node tests can load the model from files; the worker fetches its package. */
export function createAnalysisApi(loadModel: () => Promise<ModelScorer>) {
  let scorer: Promise<Scorer> | null = null;
  const currentScorer = () =>
    (scorer ??= loadModel().then(modelScorer, (error: unknown): Scorer => {
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
