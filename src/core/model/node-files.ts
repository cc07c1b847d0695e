// Node-only: read and write a model version folder. Not imported by the worker (it fetches URLs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_JSON, WEIGHTS_BIN, type ModelFiles } from './io';
import { MODEL_CONFIG_FILE, type ModelConfig } from './model-config';

export function writeModelFolder(dir: string, files: ModelFiles, config: ModelConfig): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MODEL_JSON), files.modelJson);
  writeFileSync(join(dir, WEIGHTS_BIN), files.weights);
  writeFileSync(join(dir, MODEL_CONFIG_FILE), configJson(config));
}

const VOCAB_SLOT = '@@vocab@@';

/** Pretty JSON with number arrays on one line (the idf has one number per bucket). */
export function configJson(config: ModelConfig): string {
  // An exact vocabulary goes on one line too (one term per line would add ~10 bytes a term).
  const vocab = config.vectoriser.vocab;
  const shown = vocab ? { ...config, vectoriser: { ...config.vectoriser, vocab: VOCAB_SLOT as unknown as string[] } } : config;
  const json = JSON.stringify(shown, null, 2).replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, body: string) => `[${body.replace(/\s+/g, '')}]`);
  // Inserted after the number-array rewrite, which must not touch the terms.
  return json.replace(`"${VOCAB_SLOT}"`, () => JSON.stringify(vocab)) + '\n';
}

export function readModelFolder(dir: string): { files: ModelFiles; config: ModelConfig } {
  const modelJson = readFileSync(join(dir, MODEL_JSON), 'utf8');
  const manifest = JSON.parse(modelJson).weightsManifest as { paths: string[] }[];
  const parts = manifest.flatMap((g) => g.paths).map((p) => readFileSync(join(dir, p)));
  const weights = new Uint8Array(Buffer.concat(parts));
  const config = JSON.parse(readFileSync(join(dir, MODEL_CONFIG_FILE), 'utf8')) as ModelConfig;
  return { files: { modelJson, weights }, config };
}
