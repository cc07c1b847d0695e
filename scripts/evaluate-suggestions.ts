// Issue 4's evaluation: on held-out test questions the shipped model scores below 0.5, the share where
// applying the top suggestion's edit raises the score, and the median gain. Writes
// models/<version>/suggestions.json, which `npm run evaluate` puts in the model card.
//   npm run evaluate:suggestions [-- --limit N]
import * as tf from '@tensorflow/tfjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToMarkdown } from '../src/core/document/html-to-markdown';
import { defaultEncoder } from '../src/core/model/default-encoder';
import { prepareData } from '../src/core/model/node-data';
import { readModelFolder } from '../src/core/model/node-files';
import { ModelScorer } from '../src/core/model/scorer';
import { measureTopSuggestions } from '../src/core/suggestions/suggestion-effect';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const limit = argv.includes('--limit') ? Number(argv[argv.indexOf('--limit') + 1]) : Infinity;
  const modelsDir = join(repoRoot, 'models');
  const version = JSON.parse(readFileSync(join(modelsDir, 'current.json'), 'utf8')).version as string;
  const dir = join(modelsDir, version);
  const training = JSON.parse(readFileSync(join(dir, 'training.json'), 'utf8')) as { seed: number; alokpadhiSample?: number };
  await tf.setBackend('cpu');
  const { files, config } = readModelFolder(dir);
  const model = await ModelScorer.fromFiles(files, config, defaultEncoder);
  const data = await prepareData(join(repoRoot, '..', 'shared', 'data'), training.seed, { alokpadhiSample: training.alokpadhiSample ?? undefined });
  // What a person would have typed: the test split's rendered HTML back to Markdown.
  const inputs = data.rows
    .filter((row) => row.split === 'test')
    .slice(0, limit)
    .map((row) => ({
      title: row.record.title,
      body: row.record.bodyFormat === 'html' ? htmlToMarkdown(row.record.body) : row.record.body,
    }));
  const started = Date.now();
  const effect = measureTopSuggestions(inputs, model);
  const result = { model: version, testQuestions: inputs.length, threshold: 0.5, ...effect, seconds: (Date.now() - started) / 1000 };
  writeFileSync(join(dir, 'suggestions.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  model.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
