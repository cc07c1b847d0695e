// Batch scoring through the worker's path (canonical document → gate → model), one JSON line out per
// question: {"id","scorable","score"} (score null when not scorable), and "closeRisk": {"reason","probability"} when
// the model has a close-reason head. Bad input lines go to stderr.
//   npm run score -- FILE [--model DIR] [--parity OUT.json]
// --parity also writes OUT.json: per input the ungated model score at full precision, the token count,
// and the score of one fixed perturbation (every other token dropped, features unchanged), so a
// browser test can check the worker reproduces Node's numbers (tests/fixtures/model/parity.json).
// FILE: .jsonl ({"id","title","body","format":"markdown"|"html"}), .csv (Title/Body columns, optional Id
// and Format; an HTML body is detected when Format is absent), or a Stack Exchange Posts.xml.
import * as tf from '@tensorflow/tfjs';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRows } from '../src/core/data/csv-rows';
import { readPostsXml } from '../src/core/data/posts-xml';
import { scoreDocument } from '../src/core/analyse';
import { defaultEncoder } from '../src/core/model/default-encoder';
import { readModelFolder } from '../src/training/node-files';
import { documentOf } from '../src/training/records';
import { ModelScorer } from '../src/core/model/scorer';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Item {
  id: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
}

const looksLikeHtml = (body: string) => /^\s*<(p|pre|div|h\d|ul|ol|blockquote)[\s>]/i.test(body);

async function* items(file: string, bad: (where: string, why: string) => void): AsyncGenerator<Item> {
  const name = basename(file);
  if (name.toLowerCase().endsWith('.xml')) {
    const src = { name, open: () => createReadStream(file) };
    for await (const r of readPostsXml([src], {
      onIssue: (i) => bad(`${name}:${i.line ?? '?'}`, `${i.reason}: ${i.message}`),
      median: 0,
    })) {
      yield { id: r.id, title: r.title, body: r.body, format: 'html' };
    }
  } else if (name.toLowerCase().endsWith('.csv')) {
    const src = { name, open: () => createReadStream(file) };
    for await (const row of csvRows(src, (i) => bad(`${name}:${i.line ?? '?'}`, `${i.reason}: ${i.message}`))) {
      const f = row.fields;
      if (typeof f.Title !== 'string' || typeof f.Body !== 'string') {
        bad(`${name}:${row.line}`, 'missing Title or Body column');
        continue;
      }
      const format =
        f.Format === 'html' || f.Format === 'markdown' ? f.Format : looksLikeHtml(f.Body) ? 'html' : 'markdown';
      yield { id: f.Id ?? String(row.index), title: f.Title, body: f.Body, format };
    }
  } else {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      let o: unknown;
      try {
        o = JSON.parse(text);
      } catch {
        bad(`${name}:${line}`, 'not valid JSON');
        continue;
      }
      const r = o as Record<string, unknown>;
      if (!r || typeof r !== 'object' || typeof r.title !== 'string' || typeof r.body !== 'string') {
        bad(`${name}:${line}`, 'needs string "title" and "body"');
        continue;
      }
      const format = r.format === undefined ? 'markdown' : r.format;
      if (format !== 'markdown' && format !== 'html') {
        bad(`${name}:${line}`, `unknown format ${JSON.stringify(r.format)}`);
        continue;
      }
      yield { id: r.id === undefined ? String(line) : String(r.id), title: r.title, body: r.body, format };
    }
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--model' && argv[i - 1] !== '--parity');
  const parityOut = argv.includes('--parity') ? resolve(argv[argv.indexOf('--parity') + 1]) : null;
  const parity: object[] = [];
  if (!file) throw new Error('usage: npm run score -- FILE [--model DIR]');
  const modelDir = argv.includes('--model')
    ? resolve(argv[argv.indexOf('--model') + 1])
    : join(repoRoot, 'models', JSON.parse(readFileSync(join(repoRoot, 'models', 'current.json'), 'utf8')).path);
  await tf.setBackend('cpu');
  const { files, config, closeFiles } = readModelFolder(modelDir);
  const scorer = await ModelScorer.fromFiles(files, config, defaultEncoder, closeFiles);
  let badCount = 0;
  const bad = (where: string, why: string) => {
    badCount++;
    process.stderr.write(`skipped ${where}: ${why}\n`);
  };
  for await (const it of items(resolve(file), bad)) {
    const doc = documentOf(it.title, it.body, it.format);
    const scored = scoreDocument(doc, scorer);
    const score = scored.score === null ? null : Number(scored.score.toFixed(4));
    // With a close-reason head: the likeliest reason and its chance, as the panel says it.
    const risk = scored.scorable ? scorer.closeRisk(doc) : null;
    const closeRisk = risk ? { reason: risk.reason, probability: Number(risk.probability.toFixed(4)) } : undefined;
    process.stdout.write(
      `${JSON.stringify({ id: it.id, scorable: scored.scorable, score, ...(closeRisk ? { closeRisk } : {}) })}\n`,
    );
    if (parityOut) {
      const vec = scorer.vectorise(doc);
      const [full, everyOther] = scorer.scorePerturbations(vec, [
        {},
        { drop: vec.tokens.flatMap((_, k) => (k % 2 ? [k] : [])) },
      ]);
      parity.push({
        ...it,
        scorable: scored.scorable,
        tokens: vec.tokens.length,
        score: full,
        scoreEveryOtherToken: everyOther,
      });
    }
  }
  if (parityOut) {
    const out = {
      model: config.version,
      tokenizer: config.tokenizer,
      tolerance: 1e-5,
      generatedBy: 'npm run score -- tests/fixtures/model/parity-input.jsonl --parity tests/fixtures/model/parity.json',
      items: parity,
    };
    writeFileSync(parityOut, `${JSON.stringify(out, null, 2)}\n`);
  }
  if (badCount) process.stderr.write(`${badCount} input(s) skipped\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
