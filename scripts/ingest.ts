// Reads the shared labelled datasets and prints what is in them (counts, labels, eras, malformed
// rows), optionally writing every record as JSONL. Usage:
//   npx tsx scripts/ingest.ts [DATA_DIR] [--only FOLDER]... [--posts-xml PATH [--source NAME]]...
//                             [--out PATH | --write] [--json]
// DATA_DIR defaults to ../shared/data beside the repo root; --write uses .cache/data/records.jsonl.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTally,
  discoverDatasets,
  postsXmlSpec,
  type DatasetSpec,
  type IngestSummary,
  type SourceFile,
} from '../src/core/data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = join(repoRoot, '.cache', 'data', 'records.jsonl');

interface Args {
  dataDir: string | null;
  only: string[];
  postsXml: { path: string; source?: string }[];
  out: string | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dataDir: null, only: [], postsXml: [], out: null, json: false };
  let explicitDir = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') args.only.push(value());
    else if (a === '--posts-xml') args.postsXml.push({ path: resolve(value()) });
    else if (a === '--source') {
      const last = args.postsXml.at(-1);
      if (!last) throw new Error('--source names the preceding --posts-xml');
      last.source = value();
    } else if (a === '--out') args.out = resolve(value());
    else if (a === '--write') args.out = DEFAULT_OUT;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') {
      console.log(readUsage());
      process.exit(0);
    } else if (!a.startsWith('-') && !explicitDir) {
      args.dataDir = resolve(a);
      explicitDir = true;
    } else throw new Error(`unknown argument ${a}\n${readUsage()}`);
  }
  // Without --posts-xml, the shared data dir is the default input.
  if (!explicitDir && args.postsXml.length === 0) args.dataDir = resolve(repoRoot, '..', 'shared', 'data');
  return args;
}

function readUsage(): string {
  return 'usage: npx tsx scripts/ingest.ts [DATA_DIR] [--only FOLDER]... [--posts-xml PATH [--source NAME]]... [--out PATH | --write] [--json]';
}

const fileSource = (dir: string, name: string): SourceFile => ({ name, open: () => createReadStream(join(dir, name)) });

interface Job {
  spec: DatasetSpec;
  dir: string;
  files: string[];
}

function jobsFromDataDir(dataDir: string, only: string[]): { jobs: Job[]; unknown: string[] } {
  const listing = readdirSync(dataDir)
    .filter((folder) => statSync(join(dataDir, folder)).isDirectory())
    .map((folder) => ({ folder, files: readdirSync(join(dataDir, folder)) }));
  const { sets, unknown } = discoverDatasets(listing);
  const jobs = sets
    .filter((s) => only.length === 0 || only.includes(s.spec.folder))
    .map((s) => ({ spec: s.spec, dir: join(dataDir, s.spec.folder), files: s.files }));
  return { jobs, unknown };
}

function printSummary(folder: string, spec: DatasetSpec, files: string[], s: IngestSummary, median: string) {
  const pct = (n: number) => (s.records ? ((100 * n) / s.records).toFixed(1) : '0.0');
  console.log(`\n## ${folder}  (${spec.format}; ${files.join(', ')})`);
  console.log(
    `records ${s.records}  good ${s.labels.good} (${pct(s.labels.good)}%)  poor ${s.labels.poor} (${pct(s.labels.poor)}%)  null ${s.labels.null}${median}`,
  );
  console.log(`classes ${fmt(s.classes)}`);
  if (Object.keys(s.closeReasons).length) console.log(`closed  ${fmt(s.closeReasons)}`);
  console.log(`eras    ${fmt(s.eras)}`);
  console.log(`formats ${fmt(s.bodyFormats)}`);
  console.log(
    `dropped ${Object.keys(s.malformed).length ? fmt(s.malformed) : 'none'}${s.duplicates ? `  duplicates ${s.duplicates}` : ''}`,
  );
  for (const i of s.samples)
    console.log(`  - ${i.reason} ${i.file}${i.line ? `:${i.line}` : ''}: ${i.message.slice(0, 160)}`);
  for (const c of spec.caveats) console.log(`  caveat: ${c}`);
}

const fmt = (m: Record<string, number | undefined>) =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const jobs: Job[] = [];
  if (args.dataDir) {
    if (!existsSync(args.dataDir)) throw new Error(`data dir not found: ${args.dataDir}`);
    const found = jobsFromDataDir(args.dataDir, args.only);
    jobs.push(...found.jobs);
    if (found.unknown.length) console.log(`folders with nothing to read: ${found.unknown.join(', ')}`);
  }
  for (const p of args.postsXml) {
    if (!existsSync(p.path)) throw new Error(`Posts.xml not found: ${p.path}`);
    const folder = p.source ?? basename(dirname(p.path));
    jobs.push({
      spec: { ...postsXmlSpec(folder), matches: () => true },
      dir: dirname(p.path),
      files: [basename(p.path)],
    });
  }

  let out: ReturnType<typeof createWriteStream> | null = null;
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    out = createWriteStream(args.out);
  }
  const summaries: Record<string, IngestSummary> = {};
  for (const job of jobs) {
    const tally = createTally();
    let median = '';
    const options = {
      onIssue: tally.onIssue,
      onMedian: (m: number | null, n: number) => (median = `  (site median score ${m} over ${n} questions)`),
    };
    for await (const record of job.spec.reader(
      job.files.map((f) => fileSource(job.dir, f)),
      options,
    )) {
      tally.add(record);
      if (out && !out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    }
    const summary = tally.summary();
    summaries[job.spec.folder] = summary;
    if (!args.json) printSummary(job.spec.folder, job.spec, job.files, summary, median);
  }
  if (out) {
    out.end();
    await once(out, 'finish');
    console.error(`\nwrote ${args.out}`);
  }
  if (args.json) console.log(JSON.stringify(summaries, null, 2));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
