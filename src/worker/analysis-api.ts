// The worker's API. Its type is the protocol between the worker and its host (comlink).
import { expose } from 'comlink';
import { analyseQuestion, heuristicScorer, type Scorer } from '../core/analyse';
import type { AnalysisResult, QuestionInput } from '../shared/question';

let scorer: Scorer = heuristicScorer;

export const api = {
  async version(): Promise<string> {
    return scorer.version;
  },
  async analyse(input: QuestionInput): Promise<AnalysisResult> {
    return analyseQuestion(input, scorer);
  },
};

export type WorkerApi = typeof api;

export function exposeAnalysisApi(): void {
  expose(api);
}
