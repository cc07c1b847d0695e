// Renders MODEL_CARD.md from the training summary and the evaluation metrics (numbers only from them).
import type { ModelConfig } from '../model/model-config';

/* eslint-disable @typescript-eslint/no-explicit-any */
const f = (v: number, d = 4) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
const signed = (v: number) => `${v >= 0 ? '+' : ''}${f(v)}`;

export function modelCard({ config, training, metrics }: { config: ModelConfig; training: any; metrics: any }): string {
  const r = metrics.results;
  const row = (name: string, m: any) =>
    `| ${name} | ${f(m.rocAuc)} | ${f(m.prAuc)} | ${f(m.accuracy, 3)} | ${f(m.precision, 3)} | ${f(m.recall, 3)} | ${f(m.brier)} | ${f(m.ece, 3)} | ${f(m.threshold, 3)} |`;
  const ablation = (training.ablation as any[]).length
    ? ['| training sets | train rows | ROC AUC | Δ | best epoch (mean) |', '|---|---|---|---|---|',
       ...training.ablation.map((a: any) => `| ${a.sets} | ${a.trainRows} | ${f(a.valAuc)} | ${a.delta === undefined ? '' : signed(a.delta)} | ${a.bestEpoch} |`)].join('\n')
    : '(sets given on the command line; no ablation in this run)';
  const c = r.model.confusion;
  const h = training.hyperparameters;
  const cv = training.folds ? `${training.folds}-fold out-of-fold ROC AUC over modern train+val (${training.counts.modern.train + training.counts.modern.val} questions; folds by leak group)` : 'validation ROC AUC';
  const search = (training.search as any[] | undefined)?.length
    ? ['| hyper-parameters (vs base) | ROC AUC | best epoch (mean) |', '|---|---|---|',
       ...training.search.map((x: any) => `| ${x.hyper} | ${f(x.valAuc)} | ${x.bestEpoch} |`)].join('\n')
    : '(no search in this run)';
  return `# Model card — ${config.version}

Predicts whether a Stack Overflow question will be well received (HQ) rather than closed (LQ_CLOSE-like).
The output is a calibrated probability (Platt scaling, a=${f(config.calibration.a)}, b=${f(config.calibration.b)});
a question is called "good" at >= ${f(config.threshold, 3)} (the accuracy-maximising threshold ${training.folds ? 'on the out-of-fold predictions, from which Platt is also fitted' : 'on validation'}).

## Inputs and architecture
- Tokens: \`${config.tokenizer}\` (the shared tokenizer \`document/tokens.ts\`: prose words, \`<num>\`/\`<url>\`, one structural token per code block, inline code, link, image, quote, list; code is never tokenised as words).
- Bag: ${config.vectoriser.vocab
    ? `${config.vectoriser.bigrams ? 'unigrams + bigrams' : 'unigrams'} from an exact vocabulary fitted on the training rows (terms in at least ${h.minDf} training documents, the ${config.vectoriser.vocab.length} most frequent kept; no hashing), sublinear TF × IDF as the TF-IDF baseline, terms outside the vocabulary left out`
    : `${config.vectoriser.bigrams ? 'unigrams + bigrams' : 'unigrams'} hashed with ${config.vectoriser.hash} into ${config.vectoriser.buckets} buckets, ${config.vectoriser.idf ? `sublinear TF × per-bucket IDF fitted on the training rows (buckets seen in fewer than ${h.minDf} training documents, or never, muted: ${config.vectoriser.idf.filter((v: number) => v === 0).length} of ${config.vectoriser.buckets})` : 'presence (0/1)'}`}, L2-normalised (\`${config.vectoriser.version}\`).
- ${config.vectoriser.featureNames.length} hand features (feature registry \`extractFeatures\`), standardised with training mean/std.
- tfjs layers, wide and deep: logit = Dense(1) on the bag (wide: a logistic regression, L2 ${h.l2}) + ${h.embedding > 0 ? `[bag → Dense(${h.embedding}) embedding bag ‖ features]` : 'features'} → Dense(${h.hidden}, relu) → Dense(1) (deep, L2 ${h.l2Deep}); trained jointly with Adam (lr ${h.learningRate}, batch ${h.batchSize}); sigmoid + Platt outside.
- Size: model.json ${training.bytes.modelJson} B + weights ${training.bytes.weights} B + config.json (${config.vectoriser.vocab ? 'vocabulary, ' : ''}idf, scaling) ${metrics.bytes?.config ?? '?'} B = ${metrics.bytes?.loaded ?? '?'} B loaded by the worker.
- Training: seed ${training.seed}, ${training.folds ? `${h.epochsRun} epochs (the mean best epoch of the folds, early stopping there with patience ${h.patience})` : `best epoch ${h.bestEpoch} of ${h.epochsRun} run (early stopping on val ROC AUC, patience ${h.patience})`}. \`npm run train\` took ${training.timing ? `${training.timing.wallSeconds} s wall, ${training.timing.cpuUserSeconds} s user CPU (${training.timing.encodeSeconds} s of the wall time reading and encoding the data, cache ${training.timing.cacheHit ? 'warm' : 'cold'}) on ${training.timing.cores} cores` : 'n/a'}.

## Data
- Held-out modern set: \`so60k-ramananthan-hq-lq\` (2016, raw HTML, HQ vs LQ≈LQ_CLOSE, no format leak), split by a seeded hash of the
  question after grouping exact copies, same authors and near-duplicate titles: train ${training.counts.modern.train} / val ${training.counts.modern.val} / test ${training.counts.modern.test}.
- Candidate training sets were cleaned of rows duplicating a val/test row (exact normalised text, same author, or word-shingle
  Jaccard >= 0.6; the preprocessed set compared on content words): dropped ${Object.entries(training.leaksDropped).map(([k, v]) => `${k} ${v}`).join(', ')}.
- Excluded: ${Object.entries(training.excluded).map(([k, v]) => `\`${k}\`: ${v}`).join('; ')}.
- The preprocessed set has no raw text: its bag tokens come from its word stream (code blocks collapsed to \`<code-block>\`) and its hand features are set to the training mean (scaled 0).

### Which sets help (${cv}, same seed and base hyper-parameters)
${ablation}

Kept: ${training.setsKept.length ? training.setsKept.join(', ') : 'none beyond the modern training slice'} (greedy forward selection: each set is first tried alone with the modern training slice; those gaining more than 0.005 are added best first, each kept only if it still adds more than 0.005 to the sets already kept).

### Hyper-parameters (${cv}, kept sets; base: ${Object.entries(training.baseHyper ?? {}).map(([k, v]) => `${k}=${v}`).join(', ')})
${search}

${training.folds
    ? `The best entry is retrained on all ${training.counts.finalTrainRows} rows (modern train+val + kept sets) for its mean best epoch count and shipped. Pooled out-of-fold ROC AUC: model ${f(training.valAuc)}, TF-IDF+LR ${f(training.valBaselines?.tfidfLogReg)} (same folds and rows), heuristic ${f(training.valBaselines?.heuristic)}.`
    : `The best entry on validation is the shipped model (validation ROC AUC ${f(training.valAuc)}; on the same validation rows TF-IDF+LR ${f(training.valBaselines?.tfidfLogReg)}, heuristic ${f(training.valBaselines?.heuristic)}).`}
The test split is read only by \`npm run evaluate\`. The baselines are trained on the same rows as the model.

Reproducible: \`npm run train -- --out /tmp/m --expect models/${config.version}\` retrains from scratch with the same seed and checks
config.json, model.json, weights.bin and training.json (timing aside) are byte-identical; \`npm run evaluate\` is deterministic.

## Results on the held-out test split (${metrics.testRows} questions, ${metrics.testGood} good)
| scorer | ROC AUC | PR AUC | accuracy | precision | recall | Brier | ECE | threshold |
|---|---|---|---|---|---|---|---|---|
${row('**model**', r.model)}
${row('majority class', r.majority)}
${row('heuristic scorer', r.heuristic)}
${row('TF-IDF + logistic regression', r.tfidfLogReg)}

Margins in ROC AUC: over majority ${signed(metrics.margins.overMajority)}, over heuristic ${signed(metrics.margins.overHeuristic)},
over TF-IDF+LR ${signed(metrics.margins.overTfidfLogReg)}. Bootstrap 95% interval: model AUC [${f(metrics.modelAucBootstrap95[0])}, ${f(metrics.modelAucBootstrap95[1])}],
margin over TF-IDF+LR [${f(metrics.marginOverTfidfBootstrap95[0])}, ${f(metrics.marginOverTfidfBootstrap95[1])}].
Baseline thresholds were chosen the same way ${training.folds ? 'out of fold' : 'on validation'}. Beats all three baselines: **${metrics.beatsAllBaselines ? 'yes' : 'NO'}**.

Confusion at the threshold: TP ${c.tp}, FP ${c.fp}, TN ${c.tn}, FN ${c.fn}.

![ROC](roc.svg) ![Calibration](calibration.svg)

## Review
Error rate by length: ${metrics.byLength.map((b: any) => `${b.group.slice(2)} ${f(b.errorRate, 2)} (n=${b.n})`).join(', ')}.

Error rate by tag (n >= 10): ${metrics.byTag.map((b: any) => `${b.group} ${f(b.errorRate, 2)} (n=${b.n})`).join(', ') || 'no tag with 10 questions'}.

Most confident errors:
${metrics.confidentErrors.map((e: any) => `- ${e.label ? 'good' : 'poor'} scored ${e.score}: "${e.title}" (q/${e.id})`).join('\n')}

Most uncertain:
${metrics.uncertain.map((e: any) => `- ${e.label ? 'good' : 'poor'} scored ${e.score}: "${e.title}" (q/${e.id})`).join('\n')}

## What drives it
Permutation importance (ROC AUC drop when the feature is shuffled across test questions), top 10:
${metrics.featureImportance.slice(0, 10).map((x: any) => `\`${x.feature}\` ${signed(x.aucDrop)}`).join(', ')}.

Words whose removal lowers the score most (they raise it): ${metrics.topTokens.raiseScore.map((t: any) => `\`${t.token}\` ${signed(t.meanEffect)}`).join(', ')}.

Words whose removal raises the score most (they lower it): ${metrics.topTokens.lowerScore.map((t: any) => `\`${t.token}\` ${signed(t.meanEffect)}`).join(', ')}.

## Do the suggestions help?
${metrics.suggestions ? `On the ${metrics.testRows} held-out test questions (their HTML turned back into the Markdown a person types), ${metrics.suggestions.weak} scored below 0.5. For each, the top verified suggestion's edit was applied to the text and the edited text re-analysed through the full pipeline (parse → gate → model), independently of the verification that chose it.

| weak questions | with a verified suggestion | raised by the top suggestion | share raised | median gain |
|---|---|---|---|---|
| ${metrics.suggestions.weak} | ${metrics.suggestions.withSuggestion} | ${metrics.suggestions.raised} | ${(100 * metrics.suggestions.share).toFixed(1)}% | ${metrics.suggestions.medianGain === null ? '–' : signed(metrics.suggestions.medianGain)} |

Questions without any verified suggestion count as not raised. Top suggestion kinds: ${Object.entries(metrics.suggestions.topKinds as Record<string, number>).sort((a, b) => b[1] - a[1]).map(([k, n]) => `\`${k}\` ${n}`).join(', ')}.` : '(not measured in this run)'}

## Limits
- Labels are 2016 HQ vs closed questions: "well received" means "not closed and not edited by the community", not "answered".
- The held-out set is small; AUC differences under the bootstrap interval width are noise.
- The same test split also scored the earlier versions of this model (see \`git log -- models/\`); every change between versions was
  decided on validation / out-of-fold evidence and the test result is reported as it came out, but repeated looks still make it
  slightly optimistic. Worse: new versions were made *because* an earlier one lost to TF-IDF+LR on this test split, so a win here
  is partly selected on test; the out-of-fold comparison above (same folds and rows for both) is the less biased one.
- English-only vocabulary; questions on other sites or in other languages are out of distribution.
- Data: Stack Exchange user content, CC BY-SA (see ../shared/data SOURCE.md files); only derived weights ship.
`;
}
