// The worker's API. Its type is the protocol between the worker and its host (comlink).
import { expose } from 'comlink';
import {
  analyseQuestion,
  heuristicScorer,
  modelScorer,
  scoreDocument,
  type QuestionScore,
  type Scorer,
} from '../core/analyse';
import { parseQuestion } from '../core/document/parse-markdown';
import { warmUpExplainer } from '../core/explainer/explainer';
import type { ModelScorer } from '../core/model/scorer';
import { warmUpFirstPass, warmUpFullTagger } from '../core/nlp/tagger';
import type { AnalysisResult, QuestionInput } from '../shared/question';
import { loadPackagedModel } from './packaged-model';
import { StartupPhases, type StartupReport } from './startup-phases';

/** `loadModel` is injected so Node tests can load the model from files; the worker fetches its package. */
export function createAnalysisApi(loadModel: () => Promise<ModelScorer>) {
  const phases = new StartupPhases();
  let model: Promise<ModelScorer> | null = null;
  let scorer: Promise<Scorer> | null = null;
  const currentModel = () =>
    (model ??= (() => {
      const loading = phases.timeAsync('model fetch and parse', loadModel);
      // While the model's files are read, compromise's first pass (which every score needs) gets ready.
      phases.time('NLP set-up', warmUpFirstPass);
      return loading;
    })());
  const currentScorer = () =>
    (scorer ??= currentModel()
      .then(async (loaded) => {
        await loaded.ready(); // analyses show close reasons: wait for the head the first score did not need
        return modelScorer(loaded);
      })
      .catch((error: unknown): Scorer => {
        // Hints keep working on the heuristics; the version string says why.
        console.error('ML Editor: the model failed to load, using the heuristic scorer', error);
        return { ...heuristicScorer, version: `${heuristicScorer.version} (model unavailable)` };
      }));
  // What only explanations and some checks need is warmed once the first answer has gone out, so it never
  // delays a new worker's first score (see warmUpExplainer and warmUpFullTagger).
  let warmed = false;
  const afterFirstAnswer = () => {
    if (warmed) return;
    warmed = true;
    setTimeout(() => {
      phases.time('explainer warm-up (after the first answer)', warmUpExplainer);
      phases.time('full tagger warm-up (after the first answer)', warmUpFullTagger);
    }, 0);
  };
  return {
    /** Also how a host starts a new worker's loading early: the answer waits for the model (see WorkerHost.warmUp). */
    async version(): Promise<string> {
      return (await currentScorer()).version;
    },
    async analyse(input: QuestionInput): Promise<AnalysisResult> {
      const using = await currentScorer();
      const result = phases.firstOnly('first analysis', () => analyseQuestion(input, using));
      afterFirstAnswer();
      return result;
    },
    /** Scores many questions (gate + model, no explanation): for ML engineers' batches and the bench. */
    async scoreBatch(inputs: QuestionInput[]): Promise<QuestionScore[]> {
      const loaded = await currentModel();
      const scores = phases.firstOnly('first score', () =>
        inputs.map((input) => scoreDocument(parseQuestion(input), loaded)),
      );
      afterFirstAnswer();
      return scores;
    },
    /** How long each start-up phase took in this worker (the bench's start-up rows). */
    startupPhases(): StartupReport {
      return phases.report();
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
