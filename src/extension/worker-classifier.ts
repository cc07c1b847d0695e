// The Classifier backed by a worker thread (any comlink endpoint: a Web Worker, or a Node worker in tests).
import { releaseProxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { Classifier } from '../core/classifier';
import type { AnalysisResult, QuestionInput } from '../shared/question';
import type { WorkerApi } from '../worker/analysis-api';

export class WorkerClassifier implements Classifier {
  private readonly remote: Remote<WorkerApi>;

  constructor(private readonly endpoint: Endpoint, private readonly terminate: () => void = () => {}) {
    this.remote = wrap<WorkerApi>(endpoint);
  }

  version(): Promise<string> {
    return this.remote.version();
  }

  analyse(input: QuestionInput): Promise<AnalysisResult> {
    return this.remote.analyse(input);
  }

  dispose(): void {
    this.remote[releaseProxy]();
    this.terminate();
  }
}
