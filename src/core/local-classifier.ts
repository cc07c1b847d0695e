// The in-thread Classifier: used by Node tools and tests; the worker exposes the same analysis.
import type { AnalysisResult, QuestionInput } from '../shared/question';
import { analyseQuestion, heuristicScorer, type Scorer } from './analyse';
import type { Classifier } from './classifier';

export class LocalClassifier implements Classifier {
  constructor(private readonly scorer: Scorer = heuristicScorer) {}

  async version(): Promise<string> {
    return this.scorer.version;
  }

  async analyse(input: QuestionInput): Promise<AnalysisResult> {
    return analyseQuestion(input, this.scorer);
  }

  dispose(): void {}
}
