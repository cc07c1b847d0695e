// Node-only worker thread of encodeRows: encodes a share of the records with the default encoder (the
// same modules the extension's worker runs), so training uses every core for the slow NLP.
import { parentPort } from 'node:worker_threads';
import type { QuestionRecord } from '../core/data';
import { defaultEncoder } from '../core/model/default-encoder';
import { encodeRecord } from './node-data';

parentPort!.on('message', (records: QuestionRecord[]) => {
  parentPort!.postMessage(records.map((r) => encodeRecord(r, defaultEncoder)));
});
