// The one analysis interface. `LocalClassifier` runs in the calling thread; the extension's `WorkerHost`
// runs the same code in a Web Worker. Both pass one shared test suite (classifier-contract.test.ts).
import type { AnalysisResult, QuestionInput } from '../shared/question';

export interface Classifier {
  /** Version of the scorer behind it, shown to the user. */
  version(): Promise<string>;
  analyse(input: QuestionInput): Promise<AnalysisResult>;
  dispose(): void;
}
