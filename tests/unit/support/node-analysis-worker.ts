// The worker API exposed over a Node worker thread, so the worker-backed Classifier runs in unit tests.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createAnalysisApi } from '../../../src/worker/analysis-api';
import { loadShippedModel } from './shipped-model';

expose(createAnalysisApi(loadShippedModel), nodeEndpoint(parentPort!));
