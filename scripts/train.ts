// Trains the question-quality model end to end and writes models/<version>/. Seeded and reproducible.
//   npm run train -- [--seed N] [--version q-YYYY.MM-N] [--sets a,b | --no-ablate] [--data DIR] [--epochs N]
// Without --sets, every candidate set is first measured (validation ROC AUC of base vs base + set) and
// only the sets that help are kept: that table goes into training.json and the model card.
import * as tf from '@tensorflow/tfjs';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitPlatt, calibrate } from '../src/core/model/calibration';
import { defaultEncoder, TOKENIZER_ID } from '../src/core/model/default-encoder';
import { exportModel } from '../src/core/model/io';
import type { ModelConfig } from '../src/core/model/model-config';
import { writeModelFolder } from '../src/core/model/node-files';
import { CANDIDATE_SETS, encodeRows, prepareData, SPLIT_FRACTIONS, type CandidateSet } from '../src/core/model/node-data';
import { logitsFor, train, type TrainRow } from '../src/core/model/trainer';
import { fitScaling, vectorise, VECTORISER_VERSION, type VectoriserConfig } from '../src/core/model/vectoriser';
import { bestAccuracyThreshold, rocAuc } from '../src/core/eval/metrics';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TRAIN_DEFAULTS = { seed: 7, version: 'q-2026.11-1', buckets: 4096, epochs: 10, patience: 3, l2: 1e-4, learningRate: 0.003, batchSize: 64 };
const MIN_GAIN = 0.005;

function parseArgs(argv: string[]) {
  const a = { ...TRAIN_DEFAULTS, sets: null as CandidateSet[] | null, dataDir: resolve(repoRoot, '..', 'shared', 'data'), out: join(repoRoot, 'models') };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i];
    switch (argv[i]) {
      case '--seed': a.seed = Number(v()); break;
      case '--version': a.version = v(); break;
      case '--epochs': a.epochs = Number(v()); break;
      case '--data': a.dataDir = resolve(v()); break;
      case '--out': a.out = resolve(v()); break;
      case '--sets': a.sets = v().split(',').filter(Boolean) as CandidateSet[]; break;
      case '--no-ablate': a.sets = [...CANDIDATE_SETS]; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return a;
}

const log = (msg: string) => console.log(`[train ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  await tf.setBackend('cpu');
  log(`seed ${args.seed}, version ${args.version}, data ${args.dataDir}`);
  const data = await prepareData(args.dataDir, args.seed);
  const count = (pred: (r: (typeof data.rows)[number]) => boolean) => data.rows.filter(pred).length;
  log(`rows: modern train/val/test ${count((r) => r.pool === 'modern' && r.split === 'train')}/${count((r) => r.split === 'val')}/${count((r) => r.split === 'test')}; ` +
    CANDIDATE_SETS.map((s) => `${s} ${count((r) => r.pool === s)} (leaks dropped ${data.leaksDropped[s]})`).join(', '));

  const encoded = encodeRows(data.rows, defaultEncoder, join(repoRoot, '.cache', 'model', 'encoded.json'), (d, n) => log(`encoded ${d}/${n}`));
  const trainIdx = data.rows.map((_, i) => i).filter((i) => data.rows[i].split === 'train');
  const withFeatures = trainIdx.map((i) => encoded[i].features).filter((f): f is number[] => f !== null);
  const scaling = fitScaling(withFeatures, defaultEncoder.featureNames.length);
  const vconfig: VectoriserConfig = {
    version: VECTORISER_VERSION,
    hash: 'fnv1a-32-utf8',
    buckets: args.buckets,
    bigrams: true,
    featureNames: [...defaultEncoder.featureNames],
    featureMean: scaling.mean,
    featureStd: scaling.std,
  };
  // Rows without real features get the training mean (scaled 0), i.e. "no information".
  const trainRows: TrainRow[] = data.rows.map((r, i) => ({
    vec: vectorise(encoded[i].tokens, encoded[i].features ?? scaling.mean, vconfig),
    label: r.label,
  }));
  const pick = (pred: (i: number) => boolean) => data.rows.map((_, i) => i).filter(pred).map((i) => trainRows[i]);
  const valRows = pick((i) => data.rows[i].split === 'val');
  const trainFor = (sets: readonly CandidateSet[]) =>
    pick((i) => data.rows[i].split === 'train' && (data.rows[i].pool === 'modern' || sets.includes(data.rows[i].pool as CandidateSet)));

  const fit = async (sets: readonly CandidateSet[], label: string) => {
    const rows = trainFor(sets);
    log(`${label}: training on ${rows.length} rows`);
    const result = await train(rows, valRows, vconfig, {
      seed: args.seed, epochs: args.epochs, patience: args.patience, l2: args.l2, learningRate: args.learningRate, batchSize: args.batchSize,
      onEpoch: (e) => log(`  ${label} epoch ${e.epoch} loss ${e.loss.toFixed(4)} val AUC ${e.valAuc.toFixed(4)} (${(e.ms / 1000).toFixed(1)}s)`),
    });
    return { ...result, rows: rows.length };
  };

  const ablation: { sets: string; trainRows: number; valAuc: number; bestEpoch: number; delta?: number }[] = [];
  let chosen: CandidateSet[];
  if (args.sets) chosen = args.sets;
  else {
    const base = await fit([], 'base (modern train only)');
    ablation.push({ sets: 'modern-train', trainRows: base.rows, valAuc: base.bestValAuc, bestEpoch: base.bestEpoch });
    base.model.dispose();
    chosen = [];
    for (const s of CANDIDATE_SETS) {
      const r = await fit([s], `+${s}`);
      const delta = r.bestValAuc - base.bestValAuc;
      ablation.push({ sets: `modern-train + ${s}`, trainRows: r.rows, valAuc: r.bestValAuc, bestEpoch: r.bestEpoch, delta });
      r.model.dispose();
      if (delta > MIN_GAIN) chosen.push(s);
    }
    log(`kept sets: ${chosen.join(', ') || '(none)'} (gain > ${MIN_GAIN} val AUC over base)`);
  }
  const final = await fit(chosen, 'final');
  if (!args.sets) ablation.push({ sets: `final: modern-train + ${chosen.join(' + ') || 'nothing'}`, trainRows: final.rows, valAuc: final.bestValAuc, bestEpoch: final.bestEpoch });

  const valLogits = logitsFor(final.model, valRows, vconfig);
  const valLabels = valRows.map((r) => r.label);
  const calibration = fitPlatt(valLogits, valLabels);
  const valProbs = valLogits.map((z) => calibrate(z, calibration));
  const threshold = bestAccuracyThreshold(valProbs, valLabels);
  const config: ModelConfig = {
    version: args.version,
    vectoriser: vconfig,
    calibration,
    threshold,
    tokenizer: TOKENIZER_ID,
    trainedAt: 'reproducible build (no timestamp)',
    files: { model: 'model.json' },
  };
  const files = await exportModel(final.model);
  const dir = join(args.out, args.version);
  writeModelFolder(dir, files, config);
  const trainSeconds = (Date.now() - started) / 1000;
  const summary = {
    version: args.version,
    seed: args.seed,
    hyperparameters: { ...TRAIN_DEFAULTS, seed: args.seed, epochsRun: final.history.length },
    splitFractions: SPLIT_FRACTIONS,
    setsKept: chosen,
    ablation,
    leaksDropped: data.leaksDropped,
    excluded: data.excluded,
    counts: {
      modern: { train: count((r) => r.pool === 'modern' && r.split === 'train'), val: count((r) => r.split === 'val'), test: count((r) => r.split === 'test') },
      finalTrainRows: final.rows,
    },
    valAuc: rocAuc(valProbs, valLabels),
    history: final.history,
    trainSeconds,
    bytes: { modelJson: files.modelJson.length, weights: files.weights.length },
  };
  writeFileSync(join(dir, 'training.json'), JSON.stringify(summary, null, 2) + '\n');
  writeFileSync(join(args.out, 'current.json'), JSON.stringify({ version: args.version, path: `${args.version}/` }, null, 2) + '\n');
  final.model.dispose();
  log(`wrote ${dir} (weights ${files.weights.length} B); val AUC ${summary.valAuc.toFixed(4)}; ${trainSeconds.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
