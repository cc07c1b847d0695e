// Loads the model the extension ships (models/current.json) from disk, as the worker loads it from the package.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultEncoder } from '../../../src/core/model/default-encoder';
import type { ModelConfig } from '../../../src/core/model/model-config';
import type * as tf from '@tensorflow/tfjs';
import { loadModel } from '../../../src/training/io';
import { readModelFolder } from '../../../src/training/node-files';
import { ModelScorer } from '../../../src/core/model/scorer';

export const MODELS_DIR = resolve(import.meta.dirname, '../../../models');

/** `adapt` may change the config (tests of other bag kinds on the shipped weights). */
export async function loadShippedModel(adapt?: (config: ModelConfig) => ModelConfig): Promise<ModelScorer> {
  const { version } = JSON.parse(readFileSync(join(MODELS_DIR, 'current.json'), 'utf8')) as { version: string };
  // closeFiles: the close-reason head, when the shipped version has one.
  const { files, config, closeFiles } = readModelFolder(join(MODELS_DIR, version));
  return ModelScorer.fromFiles(files, adapt ? adapt(config) : config, defaultEncoder, closeFiles);
}

/** The shipped main model loaded by tfjs itself (the reference the runtime's own reader and sums must match). */
export function loadShippedTfjsModel(): Promise<tf.LayersModel> {
  const { version } = JSON.parse(readFileSync(join(MODELS_DIR, 'current.json'), 'utf8')) as { version: string };
  return loadModel(readModelFolder(join(MODELS_DIR, version)).files);
}
