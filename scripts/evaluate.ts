// Evaluates the shipped model on the held-out modern test split, against three baselines computed in
// the same run on the same rows (majority class, the heuristic scorer, TF-IDF + logistic regression).
// Writes models/<version>/{metrics.json, MODEL_CARD.md, roc.svg, calibration.svg}.
//   npm run evaluate -- [--version V] [--data DIR] [--models DIR (default models/)] [--card-only]
// --card-only: re-render MODEL_CARD.md from metrics.json, training.json and ablation.json (no data read).
import * as tf from '@tensorflow/tfjs';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToMarkdown } from '../src/core/document/html-to-markdown';
import { scoreHeuristically } from '../src/core/heuristic-scorer';
import { measureTopSuggestions } from '../src/core/eval/suggestion-effect';
import { TfidfLogReg, majorityBaseline } from '../src/training/baselines/tfidf-logreg';
import { defaultEncoder } from '../src/core/model/default-encoder';
import { readModelFolder } from '../src/training/node-files';
import { documentOfRecord, encodeRows, prepareData, type CandidateSet } from '../src/training/node-data';
import { mulberry32, shuffleInPlace } from '../src/core/util/rng';
import { ModelScorer } from '../src/core/model/scorer';
import { modelInput, vectorise } from '../src/core/model/vectoriser';
import { calibrate, fitPlatt } from '../src/core/model/calibration';
import { CLOSE_REASONS } from '../src/shared/close-risk';
import {
  averagePrecision,
  brier,
  calibrationBins,
  confusion,
  ece,
  logLoss,
  rocAuc,
  rocCurve,
  thresholdMetrics,
} from '../src/core/eval/metrics';
import { calibrationSvg, rocSvg } from '../src/core/eval/svg';
import { modelCard } from '../src/core/eval/model-card';
import { behaviourMarkdown, pipelineScore, runBehaviourSuite } from '../src/core/eval/behaviour';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (m: string) => console.log(`[evaluate] ${m}`);

async function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const modelsDir = resolve(arg('--models') ?? join(repoRoot, 'models'));
  const version = arg('--version') ?? JSON.parse(readFileSync(join(modelsDir, 'current.json'), 'utf8')).version;
  const dataDir = resolve(arg('--data') ?? join(repoRoot, '..', 'shared', 'data'));
  const dir = join(modelsDir, version);
  await tf.setBackend('cpu');
  const training = JSON.parse(readFileSync(join(dir, 'training.json'), 'utf8'));
  const { files, config, closeFiles } = readModelFolder(dir);
  const scorer = await ModelScorer.fromFiles(files, config, defaultEncoder, closeFiles);
  // The same model without its ceiling: what the ceiling costs in AUC and calibration is reported beside it.
  const uncapped = config.ceiling
    ? await ModelScorer.fromFiles(files, { ...config, ceiling: undefined }, defaultEncoder, closeFiles)
    : null;
  const ceilingColumn = config.ceiling ? config.vectoriser.featureNames.indexOf(config.ceiling.feature) : -1;
  const ablationOf = () =>
    existsSync(join(dir, 'ablation.json')) ? JSON.parse(readFileSync(join(dir, 'ablation.json'), 'utf8')) : undefined;
  if (argv.includes('--card-only')) {
    // The card again from metrics.json (e.g. after `npm run train -- --ablate` wrote ablation.json), with the
    // behavioural section measured afresh: no data read, a few seconds.
    const metrics = JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8'));
    const behaviour = await runBehaviourSuite(pipelineScore(scorer));
    writeFileSync(
      join(dir, 'MODEL_CARD.md'),
      `${modelCard({ config, training, metrics, ablation: ablationOf() })}\n${behaviourMarkdown(behaviour)}`,
    );
    log(`wrote ${join(dir, 'MODEL_CARD.md')}; behavioural targets ${behaviour.pass ? 'all met' : 'NOT all met'}`);
    return;
  }

  const data = await prepareData(dataDir, training.seed, { alokpadhiSample: training.alokpadhiSample ?? undefined });
  const encoded = await encodeRows(data.rows, defaultEncoder, join(repoRoot, '.cache', 'model', 'encoded.json'));
  const kept: CandidateSet[] = training.setsKept;
  const idx = (pred: (i: number) => boolean) => data.rows.map((_, i) => i).filter(pred);
  // The baselines train on exactly the rows the model trained on: modern train+val and the kept sets' training rows.
  const trainSplits: string[] = training.trainSplits ?? ['train'];
  const trainI = idx((i) => {
    const r = data.rows[i];
    return r.pool === 'modern'
      ? trainSplits.includes(r.split)
      : r.split === 'train' && kept.includes(r.pool as CandidateSet);
  });
  const trainLabels = trainI.map((i) => data.rows[i].label);
  log(`baseline training rows ${trainI.length}`);
  const majority = majorityBaseline(trainLabels);
  log('fitting TF-IDF + logistic regression baseline');
  const tfidf = new TfidfLogReg({ epochs: 150, l2: 1e-4 }).fit(
    trainI.map((i) => encoded[i].tokens),
    trainLabels,
  );
  // Length alone: a one-variable logistic regression on log(1 + tokens), fitted on the training rows.
  const lengthOf = (i: number) => Math.log1p(encoded[i].tokens.length);
  const lengthFit = fitPlatt(trainI.map(lengthOf), trainLabels);
  const vb = training.valBaselines ?? {};

  /** The questions the ceiling holds on a split, and the model's figures with and without it. */
  const ceilingEffect = (testI: number[], y: number[], probs: number[], vecs: ReturnType<typeof vectorise>[]) => {
    const without = uncapped!.scoreInputs(vecs.map((v) => modelInput(v, config.vectoriser)));
    const held = testI.map((_, k) => k).filter((k) => encoded[testI[k]].features?.[ceilingColumn] === 1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    return {
      feature: config.ceiling!.feature,
      score: config.ceiling!.score,
      rows: held.length,
      good: held.filter((k) => y[k] === 1).length,
      meanScore: mean(held.map((k) => probs[k])),
      meanScoreWithout: mean(held.map((k) => without[k])),
      rocAucWithout: rocAuc(without, y),
      eceWithout: ece(without, y),
    };
  };

  /** One held-out test split: the model and the four baselines on the same rows. */
  const evaluateSplit = (name: string, testI: number[]) => {
    const y = testI.map((i) => data.rows[i].label);
    // The shipped model, through the same vectorise path the worker uses (from the cached encoding).
    const vecs = testI.map((i) => vectorise(encoded[i].tokens, encoded[i].features!, config.vectoriser));
    const probs = scorer.scoreInputs(vecs.map((v) => modelInput(v, config.vectoriser)));
    const scores = {
      model: probs,
      majority: testI.map(() => majority.predict()),
      heuristic: testI.map((i) => scoreHeuristically(documentOfRecord(data.rows[i].record)).score),
      tfidfLogReg: testI.map((i) => tfidf.predict(encoded[i].tokens)),
      length: testI.map((i) => calibrate(lengthOf(i), lengthFit)),
    };
    // Each baseline's accuracy threshold chosen like the model's: out of fold (training.json), else 0.5.
    const thresholds = {
      model: config.threshold,
      majority: 0.5,
      heuristic: vb.heuristicThreshold ?? 0.5,
      tfidfLogReg: vb.tfidfThreshold ?? 0.5,
      length: 0.5,
    };
    const summarise = (sc: number[], threshold: number) => {
      const c = confusion(sc, y, threshold);
      return {
        rocAuc: rocAuc(sc, y),
        prAuc: averagePrecision(sc, y),
        brier: brier(sc, y),
        logLoss: logLoss(sc, y),
        ece: ece(sc, y),
        threshold,
        confusion: c,
        ...thresholdMetrics(c),
      };
    };
    const results = Object.fromEntries(
      Object.entries(scores).map(([k, sc]) => [k, summarise(sc, thresholds[k as keyof typeof thresholds])]),
    ) as Record<keyof typeof scores, ReturnType<typeof summarise>>;
    const margins = {
      overMajority: results.model.rocAuc - results.majority.rocAuc,
      overHeuristic: results.model.rocAuc - results.heuristic.rocAuc,
      overTfidfLogReg: results.model.rocAuc - results.tfidfLogReg.rocAuc,
      overLength: results.model.rocAuc - results.length.rocAuc,
    };
    // Bootstrap 95% interval of the model's AUC and of the margin over TF-IDF (seeded).
    const rand = mulberry32(training.seed);
    const boots: number[] = [];
    const bootMargins: number[] = [];
    for (let b = 0; b < 500; b++) {
      const s = testI.map(() => Math.floor(rand() * testI.length));
      const yy = s.map((k) => y[k]);
      const a = rocAuc(
        s.map((k) => probs[k]),
        yy,
      );
      boots.push(a);
      bootMargins.push(
        a -
          rocAuc(
            s.map((k) => scores.tfidfLogReg[k]),
            yy,
          ),
      );
    }
    const ci = (xs: number[]) => {
      const t = [...xs].sort((p, q) => p - q);
      return [t[Math.floor(0.025 * t.length)], t[Math.floor(0.975 * t.length)]];
    };
    const bins = calibrationBins(probs, y);
    const ceiling = uncapped && config.ceiling ? ceilingEffect(testI, y, probs, vecs) : null;
    log(`${name}: ${testI.length} test questions (${y.filter((v) => v === 1).length} good)`);
    for (const [k, r] of Object.entries(results))
      log(
        `  ${k.padEnd(12)} ROC AUC ${r.rocAuc.toFixed(4)}  PR AUC ${r.prAuc.toFixed(4)}  acc ${r.accuracy.toFixed(3)}  Brier ${r.brier.toFixed(4)}  ECE ${r.ece.toFixed(3)}`,
      );
    return {
      summary: {
        name,
        rows: testI.length,
        good: y.filter((v) => v === 1).length,
        results,
        margins,
        modelAucBootstrap95: ci(boots),
        marginOverTfidfBootstrap95: ci(bootMargins),
        calibrationBins: bins,
        beatsAllBaselines: Object.values(margins).every((m) => m > 0),
        ceiling,
      },
      y,
      probs,
      vecs,
      scores,
    };
  };
  const modernTest = evaluateSplit(
    'modern 2016 (so60k-ramananthan-hq-lq)',
    idx((i) => data.rows[i].pool === 'modern' && data.rows[i].split === 'test'),
  );
  const kaggleTestI = idx((i) => data.rows[i].pool === 'kaggle-2012' && data.rows[i].split === 'test');
  const kaggleTest = evaluateSplit('2012 (so-closed-2012-kaggle, its last months)', kaggleTestI);

  // The close-reason head on the 2012 test split: per reason, one against the rest (open questions and the
  // other reasons), and among closed questions only; the confusion matrix of open / reasons.
  const reasonOf = (i: number) => data.rows[i].record.closeReason ?? null;
  const risks = kaggleTestI.map((i) => scorer.closeRisk(documentOfRecord(data.rows[i].record)));
  const closedK = kaggleTestI.map((_, k) => k).filter((k) => reasonOf(kaggleTestI[k]) !== null);
  const closeReasons = scorer.hasCloseHead
    ? {
        rows: kaggleTestI.length,
        closed: closedK.length,
        byReason: CLOSE_REASONS.map((reason) => ({
          reason,
          count: closedK.filter((k) => reasonOf(kaggleTestI[k]) === reason).length,
          rocAuc: rocAuc(
            risks.map((r) => r!.byReason[reason]),
            kaggleTestI.map((i) => (reasonOf(i) === reason ? 1 : 0)),
          ),
          rocAucGivenClosed: rocAuc(
            closedK.map((k) => risks[k]!.byReason[reason]),
            closedK.map((k) => (reasonOf(kaggleTestI[k]) === reason ? 1 : 0)),
          ),
        })),
        // Rows: the true outcome; columns: predicted (open when the score reaches the threshold, else the likeliest
        // reason).
        classes: ['open', ...CLOSE_REASONS],
        confusion: (() => {
          const classes = ['open', ...CLOSE_REASONS];
          const m = classes.map(() => classes.map(() => 0));
          kaggleTestI.forEach((i, k) => {
            const truth = classes.indexOf(reasonOf(i) ?? 'open');
            const predicted = kaggleTest.probs[k] >= config.threshold ? 0 : classes.indexOf(risks[k]!.reason);
            m[truth][predicted]++;
          });
          return m;
        })(),
      }
    : null;
  if (closeReasons)
    log(
      `close reasons: ${closeReasons.byReason.map((r) => `${r.reason} AUC ${r.rocAuc.toFixed(3)} (given closed ${r.rocAucGivenClosed.toFixed(3)})`).join(', ')}`,
    );

  // The review and the drivers read the modern split (what the extension's users write today).
  const testI = idx((i) => data.rows[i].pool === 'modern' && data.rows[i].split === 'test');
  const { y, probs, vecs } = modernTest;
  const results = modernTest.summary.results;
  const tfidfScores = modernTest.scores.tfidfLogReg;
  const heuristicScores = modernTest.scores.heuristic;
  const majorityScores = modernTest.scores.majority;
  // Review: confident errors, uncertain cases, error rates by length and tag.
  const pred = probs.map((p) => (p >= config.threshold ? 1 : 0));
  const rowInfo = (k: number) => ({
    id: data.rows[testI[k]].record.id,
    title: data.rows[testI[k]].record.title,
    label: y[k],
    score: +probs[k].toFixed(3),
  });
  const order = probs.map((_, k) => k);
  const confidentErrors = order
    .filter((k) => pred[k] !== y[k])
    .sort((a, b) => Math.abs(probs[b] - 0.5) - Math.abs(probs[a] - 0.5))
    .slice(0, 8)
    .map(rowInfo);
  const uncertain = [...order]
    .sort((a, b) => Math.abs(probs[a] - config.threshold) - Math.abs(probs[b] - config.threshold))
    .slice(0, 8)
    .map(rowInfo);
  const bucketOf = (k: number) => {
    const n = encoded[testI[k]].tokens.length;
    return n < 60 ? 'a <60 tokens' : n < 120 ? 'b 60-119' : n < 250 ? 'c 120-249' : 'd 250+';
  };
  const byGroup = (keys: (k: number) => string[]) => {
    const m = new Map<string, { n: number; errors: number; good: number }>();
    order.forEach((k) => {
      for (const g of keys(k)) {
        const e = m.get(g) ?? { n: 0, errors: 0, good: 0 };
        e.n++;
        e.errors += Number(pred[k] !== y[k]);
        e.good += y[k];
        m.set(g, e);
      }
    });
    return [...m.entries()].map(([group, e]) => ({
      group,
      n: e.n,
      errorRate: e.errors / e.n,
      goodShare: e.good / e.n,
    }));
  };
  const byLength = byGroup((k) => [bucketOf(k)]).sort((a, b) => a.group.localeCompare(b.group));
  const byTag = byGroup((k) => data.rows[testI[k]].record.tags)
    .filter((g) => g.n >= 10)
    .sort((a, b) => b.n - a.n)
    .slice(0, 12);

  // Permutation importance of each hand feature (mean AUC drop over 3 seeded shuffles).
  const baseAuc = results.model.rocAuc;
  const prand = mulberry32(training.seed + 1);
  const featureImportance = config.vectoriser.featureNames
    .map((name, j) => {
      let drop = 0;
      for (let rep = 0; rep < 3; rep++) {
        const column = shuffleInPlace(
          vecs.map((v) => v.features[j]),
          prand,
        );
        const permuted = scorer.scoreInputs(
          vecs.map((v, k) =>
            modelInput(
              v,
              config.vectoriser,
              undefined,
              v.features.map((x, jj) => (jj === j ? column[k] : x)),
            ),
          ),
        );
        drop += (baseAuc - rocAuc(permuted, y)) / 3;
      }
      return { feature: name, aucDrop: drop };
    })
    .sort((a, b) => b.aucDrop - a.aucDrop);
  // Token occlusion: mean score change when a frequent word is removed from the questions containing it.
  const df = new Map<string, number[]>();
  vecs.forEach((v, k) => {
    new Set(v.tokens).forEach((t) => {
      (df.get(t) ?? df.set(t, []).get(t)!).push(k);
    });
  });
  const frequent = [...df.entries()]
    .filter(([, ks]) => ks.length >= 8)
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 250);
  const tokenEffects = frequent.map(([token, ks]) => {
    const dropped = scorer.scoreInputs(
      ks.map((k) =>
        modelInput(
          vecs[k],
          config.vectoriser,
          vecs[k].tokens.flatMap((t, i) => (t === token ? [i] : [])),
        ),
      ),
    );
    const mean = ks.reduce((s, k, m) => s + (probs[k] - dropped[m]), 0) / ks.length;
    return { token, docs: ks.length, meanEffect: mean };
  });
  const topGood = [...tokenEffects].sort((a, b) => b.meanEffect - a.meanEffect).slice(0, 12);
  const topPoor = [...tokenEffects].sort((a, b) => a.meanEffect - b.meanEffect).slice(0, 12);

  const bins = modernTest.summary.calibrationBins;
  // Shipped size: the folder as packaged (this run's own outputs are small and rewritten below).
  const folderBytes = () => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const headBytes = closeFiles ? closeFiles.modelJson.length + closeFiles.weights.length : 0;
  const bytes = {
    config: statSync(join(dir, 'config.json')).size,
    modelJson: files.modelJson.length,
    weights: files.weights.length,
    closeHead: headBytes,
    loaded: 0,
  };
  bytes.loaded = bytes.config + bytes.modelJson + bytes.weights + bytes.closeHead;
  const metrics = {
    version,
    testRows: testI.length,
    testGood: y.filter((v) => v === 1).length,
    results,
    margins: modernTest.summary.margins,
    modelAucBootstrap95: modernTest.summary.modelAucBootstrap95,
    marginOverTfidfBootstrap95: modernTest.summary.marginOverTfidfBootstrap95,
    tests: [modernTest.summary, kaggleTest.summary],
    closeReasons,
    calibrationBins: bins,
    byLength,
    byTag,
    confidentErrors,
    uncertain,
    featureImportance,
    topTokens: { raiseScore: topGood, lowerScore: topPoor },
    tfidfVocabulary: tfidf.vocabularySize,
    beatsAllBaselines: modernTest.summary.beatsAllBaselines && kaggleTest.summary.beatsAllBaselines,
    bytes,
    suggestions: measureTopSuggestions(
      // What a person would have typed: the test questions' rendered HTML back to Markdown.
      testI.map((i) => {
        const r = data.rows[i].record;
        return { title: r.title, body: r.bodyFormat === 'html' ? htmlToMarkdown(r.body) : r.body };
      }),
      scorer,
    ),
  };
  // The version shipped before this one, from its own metrics.json (its encoder is gone with its code, so it
  // cannot be re-run here on the 2012 split).
  const previousVersion = readdirSync(modelsDir)
    .filter((d) => d !== version && existsSync(join(modelsDir, d, 'metrics.json')))
    .sort()
    .pop();
  if (previousVersion) {
    const prev = JSON.parse(readFileSync(join(modelsDir, previousVersion, 'metrics.json'), 'utf8'));
    const prevModern = prev.tests?.[0]?.results?.model ?? prev.results?.model;
    const now = modernTest.summary.results.model;
    (metrics as Record<string, unknown>).previous =
      `Previous model ${previousVersion} on the same 2016 test split: ROC AUC ${prevModern.rocAuc.toFixed(4)} (now ${now.rocAuc.toFixed(4)}), ECE ${prevModern.ece.toFixed(3)} (now ${now.ece.toFixed(3)})` +
      (prev.tests?.[1]
        ? `; on the 2012 test split ${prev.tests[1].results.model.rocAuc.toFixed(4)}.`
        : '; it was never measured on 2012 questions.');
  }
  writeFileSync(join(dir, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  writeFileSync(
    join(dir, 'roc.svg'),
    rocSvg([
      { name: 'model', points: rocCurve(probs, y), auc: results.model.rocAuc },
      { name: 'TF-IDF+LR', points: rocCurve(tfidfScores, y), auc: results.tfidfLogReg.rocAuc },
      { name: 'heuristic', points: rocCurve(heuristicScores, y), auc: results.heuristic.rocAuc },
      { name: 'length', points: rocCurve(modernTest.scores.length, y), auc: results.length.rocAuc },
      { name: 'majority', points: rocCurve(majorityScores, y), auc: results.majority.rocAuc },
    ]),
  );
  writeFileSync(join(dir, 'calibration.svg'), calibrationSvg(bins, results.model.ece));
  writeFileSync(join(dir, 'MODEL_CARD.md'), modelCard({ config, training, metrics, ablation: ablationOf() }));
  log(`folder ${dir}: ${folderBytes()} B in all (the worker loads ${bytes.loaded} B)`);
  const sg = metrics.suggestions;
  log(
    `suggestions: ${sg.raised}/${sg.weak} weak test questions raised by their top suggestion (${(100 * sg.share).toFixed(1)}%), median gain ${sg.medianGain?.toFixed(4)}`,
  );

  // Behavioural tests (issue 13, item 7) on the model just evaluated: printed, and appended to the card.
  const behaviour = await runBehaviourSuite(pipelineScore(scorer));
  const behaviourSection = behaviourMarkdown(behaviour);
  appendFileSync(join(dir, 'MODEL_CARD.md'), `\n${behaviourSection}`);
  console.log(behaviourSection);
  log(`behavioural targets ${behaviour.pass ? 'all met' : 'NOT all met'} (tests/unit/behaviour asserts them)`);

  if (!metrics.beatsAllBaselines) {
    console.error('[evaluate] the model does NOT beat every baseline on ROC AUC');
    process.exitCode = 2;
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
