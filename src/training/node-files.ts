// Node-only: read and write a model version folder. Not imported by the worker (it fetches URLs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MODEL_JSON, WEIGHTS_BIN, type ModelFiles } from '../core/model/layers-graph';
import { MODEL_CONFIG_FILE, type ModelConfig } from '../core/model/model-config';

/** Models shipped beside the main one; each is written only when given. */
export interface ExtraModelFiles {
  /**
   * The close-reason head (close-head.ts), written as config.files.closeReasons + the weights file its manifest names.
   */
  closeReasons?: ModelFiles;
}

export function writeModelFolder(
  dir: string,
  files: ModelFiles,
  config: ModelConfig,
  extra: ExtraModelFiles = {},
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MODEL_JSON), files.modelJson);
  writeFileSync(join(dir, WEIGHTS_BIN), files.weights);
  if (extra.closeReasons) {
    // Written under the name the config gives, or nothing would ever load it.
    const name = config.files.closeReasons;
    if (!name) throw new Error('close-reason head given, but config.files.closeReasons does not name its file');
    const [weightsPath, ...more] = manifestPaths(extra.closeReasons.modelJson);
    if (!weightsPath || more.length)
      throw new Error(`the close-reason head must have one weights file, its manifest names ${more.length + 1}`);
    writeFileSync(join(dir, name), extra.closeReasons.modelJson);
    writeFileSync(join(dir, basename(weightsPath)), extra.closeReasons.weights);
  }
  writeFileSync(join(dir, MODEL_CONFIG_FILE), configJson(config));
}

const VOCAB_SLOT = '@@vocab@@';

/** Pretty JSON with number arrays on one line (the idf has one number per bucket). */
export function configJson(config: ModelConfig): string {
  // An exact vocabulary goes on one line too (one term per line would add ~10 bytes a term).
  const vocab = config.vectoriser.vocab;
  const shown = vocab
    ? { ...config, vectoriser: { ...config.vectoriser, vocab: VOCAB_SLOT as unknown as string[] } }
    : config;
  const json = JSON.stringify(shown, null, 2).replace(
    /\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g,
    (_, body: string) => `[${body.replace(/\s+/g, '')}]`,
  );
  // Inserted after the number-array rewrite, which must not touch the terms.
  return `${json.replace(`"${VOCAB_SLOT}"`, () => JSON.stringify(vocab))}\n`;
}

function manifestPaths(modelJson: string): string[] {
  return (JSON.parse(modelJson).weightsManifest as { paths: string[] }[]).flatMap((g) => g.paths);
}

/** A tfjs model json in `dir` and the weights files its manifest names, concatenated. */
function readTfjsFiles(dir: string, jsonName: string): ModelFiles {
  const modelJson = readFileSync(join(dir, jsonName), 'utf8');
  const parts = manifestPaths(modelJson).map((p) => readFileSync(join(dir, p)));
  return { modelJson, weights: new Uint8Array(Buffer.concat(parts)) };
}

/** `closeFiles`: the close-reason head, when the config names one. */
export function readModelFolder(dir: string): { files: ModelFiles; config: ModelConfig; closeFiles?: ModelFiles } {
  const files = readTfjsFiles(dir, MODEL_JSON);
  const config = JSON.parse(readFileSync(join(dir, MODEL_CONFIG_FILE), 'utf8')) as ModelConfig;
  const closeName = config.files?.closeReasons;
  return closeName ? { files, config, closeFiles: readTfjsFiles(dir, closeName) } : { files, config };
}
