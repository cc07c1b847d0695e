// Node-only: the labelled training/validation/test rows, built the same way by train and evaluate.
// Held-out rows come from the only raw modern set (ramananthan, 2016, HQ vs LQ≈LQ_CLOSE); other sets
// are training candidates, cleaned of anything duplicating a held-out row.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALOKPADHI,
  CLOSED_OPINION,
  DATASETS,
  KAGGLE_2012,
  KLANDERSEN,
  RAMANANTHAN,
  type QuestionRecord,
} from '../core/data';
import type { DocumentEncoder } from '../core/model/encoder';
import { defaultEncoder } from '../core/model/default-encoder';
import { gamingAugment } from './gaming-augment';
import { fnv1a32 } from '../core/util/hash';
import { documentOfRecord, preprocessedTokens } from './records';
import { mulberry32, shuffleInPlace } from '../core/util/rng';
import { assignSplits, dropLeaks, leakGroups, normaliseText, type SplitName } from './split';

export const CANDIDATE_SETS = [
  'kaggle-2012',
  'klandersen-html',
  'alokpadhi-hq-vs-close',
  'closed-2023-negatives',
  'gaming-augment',
] as const;
/** Synthetic substance-free questions (gaming-augment.ts) added as a candidate set. */
export const AUGMENT_ROWS = 6000;
/**
 * Share of the Kaggle training questions also given without their title (same label): a text field off
 * Stack Overflow has no title, and the title's absence must not be what the score reads. Kaggle only, so no
 * copy of a modern question can cross the cross-validation folds.
 */
export const TITLE_DROPOUT = 0.15;
export type CandidateSet = (typeof CANDIDATE_SETS)[number];

export interface LabelledRow {
  key: string;
  record: QuestionRecord;
  /** Which pool: 'modern' (ramananthan) or a candidate set. */
  pool: 'modern' | CandidateSet;
  split: SplitName;
  label: 0 | 1;
}

export const SPLIT_FRACTIONS = { test: 0.4, val: 0.25 };
/**
 * The Kaggle 2012 set's held-out slices, by leak group (same author, copies, near-duplicate titles): test
 * and val take groups with a question asked in 2012 (the set's last months, as the competition held out
 * the future); earlier questions only ever train.
 */
export const KAGGLE_SPLIT_FRACTIONS = { test: 0.3, val: 0.15 };

async function readSet(dataDir: string, folder: string): Promise<QuestionRecord[]> {
  const spec = DATASETS.find((d) => d.folder === folder);
  if (!spec) throw new Error(`unknown set ${folder}`);
  const dir = join(dataDir, folder);
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(dir)
    .filter(spec.matches)
    .sort()
    .map((name) => ({ name, open: () => createReadStream(join(dir, name)) }));
  const out: QuestionRecord[] = [];
  for await (const r of spec.reader(files)) out.push(r);
  return out;
}

// English stopwords as removed by the preprocessed set (NLTK list), so its rows compare to raw text.
const STOP = new Set(
  "i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him his himself she she's her hers herself it it's its itself they them their theirs themselves what which who whom this that that'll these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't".split(
    ' ',
  ),
);
const contentWords = (text: string) =>
  normaliseText(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));

export interface PreparedData {
  rows: LabelledRow[];
  /** Candidate rows dropped because they duplicate a held-out (val/test) row, per set. */
  leaksDropped: Record<string, number>;
  excluded: Record<string, string>;
}

export interface PrepareOptions {
  /** How many alokpadhi HQ/LQ_CLOSE rows to sample (seeded); default all of them. */
  alokpadhiSample?: number;
}

export async function prepareData(dataDir: string, seed: number, options: PrepareOptions = {}): Promise<PreparedData> {
  const modern = (await readSet(dataDir, RAMANANTHAN)).filter((r) => r.label !== null);
  const splits = assignSplits(modern, SPLIT_FRACTIONS, seed);
  const rows: LabelledRow[] = modern.map((record, i) => ({
    key: `${record.source}:${record.id}`,
    record,
    pool: 'modern',
    split: splits[i],
    label: record.label === 'good' ? 1 : 0,
  }));
  // Kaggle 2012: its own held-out slices (test for evaluate, val for choices made in training).
  const kaggle = (await readSet(dataDir, KAGGLE_2012)).filter((r) => r.label !== null);
  const kaggleSplits = kaggleSplitsOf(kaggle, seed);
  const heldOut = [
    ...modern.filter((_, i) => splits[i] !== 'train'),
    ...kaggle.filter((_, i) => kaggleSplits[i] !== 'train'),
  ];
  const leaksDropped: Record<string, number> = {};
  const excluded: Record<string, string> = {};
  const add = (pool: CandidateSet, records: QuestionRecord[], toWords?: (t: string) => string[]) => {
    const { kept, dropped } = dropLeaks(records, heldOut, 0.6, toWords);
    leaksDropped[pool] = dropped.length;
    for (const record of kept) {
      rows.push({
        key: `${record.source}:${record.id}`,
        record,
        pool,
        split: 'train',
        label: record.label === 'good' ? 1 : 0,
      });
    }
  };
  {
    // Its training rows are cleaned against the modern held-out rows (its own held-out groups are disjoint by
    // construction).
    const modernHeld = modern.filter((_, i) => splits[i] !== 'train');
    const trainRows = kaggle.filter((_, i) => kaggleSplits[i] === 'train');
    const { kept, dropped } = dropLeaks(trainRows, modernHeld, 0.6);
    leaksDropped['kaggle-2012'] = dropped.length;
    const keep = new Set(kept);
    kaggle.forEach((record, i) => {
      if (kaggleSplits[i] === 'train' && !keep.has(record)) return;
      rows.push({
        key: `${record.source}:${record.id}`,
        record,
        pool: 'kaggle-2012',
        split: kaggleSplits[i],
        label: record.label === 'good' ? 1 : 0,
      });
    });
  }
  const kl = await readSet(dataDir, KLANDERSEN);
  excluded[KLANDERSEN] =
    `${kl.filter((r) => r.bodyFormat !== 'html').length} rows of training_data_1000 (author-processed text, not a question format the extension sees)`;
  add(
    'klandersen-html',
    kl.filter((r) => r.bodyFormat === 'html' && r.label !== null),
  );
  const al = await readSet(dataDir, ALOKPADHI);
  excluded[ALOKPADHI] =
    `${al.filter((r) => r.labelDetail === 'LQ_EDIT').length} LQ_EDIT rows (format leak: raw Markdown with CRLF vs HTML)`;
  // Optionally a seeded sample (faster experiments); shuffled either way so the order is seed-defined.
  const alAll = al.filter((r) => r.labelDetail !== 'LQ_EDIT');
  const sample = Math.min(options.alokpadhiSample ?? alAll.length, alAll.length);
  const alKept = shuffleInPlace([...alAll], mulberry32(seed)).slice(0, sample);
  if (sample < alAll.length) excluded[ALOKPADHI] += `; HQ/LQ_CLOSE sampled to ${sample} of ${alAll.length}`;
  // Also drop near-copies of held-out rows compared on content words (this set has no stopwords).
  add('alokpadhi-hq-vs-close', alKept, contentWords);
  add(
    'closed-2023-negatives',
    (await readSet(dataDir, CLOSED_OPINION)).filter((r) => r.label !== null),
  );
  const dropRand = mulberry32(seed ^ 0x717e);
  for (const row of rows.filter((r) => r.pool === 'kaggle-2012' && r.split === 'train')) {
    if (dropRand() >= TITLE_DROPOUT) continue;
    rows.push({
      ...row,
      key: `${row.key}~untitled`,
      record: { ...row.record, id: `${row.record.id}~untitled`, title: '' },
    });
  }
  // From training rows only (modern train and Kaggle train), so no held-out question is ever copied.
  const augmentSources = rows
    .filter((r) => r.split === 'train' && (r.pool === 'modern' || r.pool === 'kaggle-2012'))
    .map((r) => r.record);
  for (const record of gamingAugment(augmentSources, AUGMENT_ROWS, seed)) {
    rows.push({ key: `${record.source}:${record.id}`, record, pool: 'gaming-augment', split: 'train', label: 0 });
  }
  leaksDropped['gaming-augment'] = 0;
  excluded['se-*-posts'] =
    'not read: other sites (beer, coffee, cardano) with score-vs-median labels that depend on site traffic and age';
  return { rows, leaksDropped, excluded };
}

/**
 * Kaggle split per record: leak groups whose first question is from 2012 are hashed into test / val; the rest train.
 */
export function kaggleSplitsOf(records: readonly QuestionRecord[], seed: number): SplitName[] {
  const groups = leakGroups(records);
  const latest = new Map<number, string>();
  records.forEach((r, i) => {
    const g = groups[i];
    if ((r.createdAt ?? '') > (latest.get(g) ?? '')) latest.set(g, r.createdAt ?? '');
  });
  return groups.map((g) => {
    if (!(latest.get(g) ?? '').startsWith('2012')) return 'train';
    const u = fnv1a32(`${seed}:kaggle:${records[g].id}`) / 2 ** 32;
    return u < KAGGLE_SPLIT_FRACTIONS.test
      ? 'test'
      : u < KAGGLE_SPLIT_FRACTIONS.test + KAGGLE_SPLIT_FRACTIONS.val
        ? 'val'
        : 'train';
  });
}

export interface EncodedRow {
  tokens: string[];
  /** Raw features, or null when the text cannot give them (the preprocessed set). */
  features: number[] | null;
}

export { documentOfRecord };

const here = dirname(fileURLToPath(import.meta.url));
const srcRoot = resolve(here, '..');

/**
 * Identity of the code that turns a record into tokens and features: a hash over the sources of
 * document/, features/, nlp/, util/, the encoder and the record readers, plus the compromise version. Any
 * change there invalidates the encoding cache.
 */
export function encodingCodeVersion(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  for (const d of ['core/document', 'core/features', 'core/nlp', 'core/util']) walk(join(srcRoot, d));
  files.push(join(srcRoot, 'core/model/default-encoder.ts'), join(here, 'records.ts'));
  let text = '';
  for (const f of files) text += `${relative(srcRoot, f)}\u0000${readFileSync(f, 'utf8')}\u0000`;
  let compromise = '?';
  try {
    compromise = JSON.parse(
      readFileSync(join(srcRoot, '..', 'node_modules', 'compromise', 'package.json'), 'utf8'),
    ).version;
  } catch {
    /* not installed where expected: the hash still covers our code */
  }
  return `${fnv1a32(text).toString(16)}-${text.length}-compromise@${compromise}`;
}

/** One record's tokens and raw features, in this thread. */
export function encodeRecord(r: QuestionRecord, encoder: DocumentEncoder): EncodedRow {
  if (r.bodyFormat === 'preprocessed') return { tokens: preprocessedTokens(r.body), features: null };
  const doc = documentOfRecord(r);
  return { tokens: encoder.tokenize(doc), features: encoder.features(doc) };
}

const CHUNK = 400;

/** Encodes records in worker threads (encode-worker.ts: the default encoder), `threads` chunks at a time. */
async function encodeInThreads(
  records: readonly QuestionRecord[],
  threads: number,
  onChunk: (start: number, out: EncodedRow[]) => void,
): Promise<void> {
  // tsx registers its loader in the worker, so the worker runs the same TypeScript sources.
  const api = import.meta.resolve('tsx/esm/api');
  const file = new URL('./encode-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`;
  const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (w) => {
        while (next < records.length) {
          const start = next;
          next += CHUNK;
          const out = await new Promise<EncodedRow[]>((resolve, reject) => {
            w.once('message', resolve);
            w.once('error', reject);
            w.postMessage(records.slice(start, start + CHUNK));
          });
          w.removeAllListeners('error');
          onChunk(start, out);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Encodes rows with a disk cache keyed by the encoding code version and each row's content (NLP is slow).
 * With the default encoder, rows not in the cache are encoded in `threads` worker threads (default: one
 * per core); the result is the same either way (a test compares them).
 */
export async function encodeRows(
  rows: readonly LabelledRow[],
  encoder: DocumentEncoder,
  cacheFile: string,
  progress?: (done: number, total: number) => void,
  stats?: { encoded: number; cached: number },
  threads = cpus().length,
): Promise<EncodedRow[]> {
  const signature = `${encoder.tokenizer}|${encoder.featureNames.join(',')}|${encodingCodeVersion()}`;
  const cache = new Map<string, EncodedRow>();
  if (existsSync(cacheFile)) {
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      signature: string;
      rows: Record<string, EncodedRow>;
    };
    if (saved.signature === signature) for (const [k, v] of Object.entries(saved.rows)) cache.set(k, v);
  }
  const save = () => {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ signature, rows: Object.fromEntries(cache) }));
  };
  const keyOf = (row: LabelledRow) => {
    const r = row.record;
    return `${row.key}:${r.bodyFormat}:${fnv1a32(`${r.title}\u0001${r.body}`)}:${(r.title + r.body).length}`;
  };
  const keys = rows.map(keyOf);
  const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
  const recordOf = new Map(rows.map((row, i) => [keys[i], row.record]));
  if (stats) {
    stats.encoded += missing.length;
    stats.cached += rows.length - keys.filter((k) => !cache.has(k)).length;
  }
  if (missing.length > 0) {
    let done = 0;
    let unsaved = 0;
    // Saved as it goes, so an interrupted run keeps its work.
    const onChunk = (start: number, out: EncodedRow[]) => {
      out.forEach((enc, j) => {
        cache.set(missing[start + j], enc);
      });
      done += out.length;
      unsaved += out.length;
      progress?.(done, missing.length);
      if (unsaved >= 4000) {
        save();
        unsaved = 0;
      }
    };
    const records = missing.map((k) => recordOf.get(k)!);
    if (encoder === defaultEncoder && threads > 1 && records.length > CHUNK)
      await encodeInThreads(records, threads, onChunk);
    else
      for (let s = 0; s < records.length; s += CHUNK)
        onChunk(
          s,
          records.slice(s, s + CHUNK).map((r) => encodeRecord(r, encoder)),
        );
    save();
  }
  return keys.map((k) => cache.get(k)!);
}
