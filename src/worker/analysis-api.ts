import { expose } from 'comlink';
import type { AnalysisResult, QuestionInput } from '../shared/question';

export const api = {
  async version(): Promise<string> {
    return 'stub';
  },
  async analyse(input: QuestionInput): Promise<AnalysisResult> {
    void input;
    return { state: 'not-scorable', score: null, reason: 'stub', findings: [], contributions: [], scorer: 'stub', elapsedMs: 0 };
  },
};

export type WorkerApi = typeof api;

export function exposeAnalysisApi(): void {
  expose(api);
}
