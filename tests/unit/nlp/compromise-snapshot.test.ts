// The extension bundles compromise with its part-of-speech model computed at build time
// (scripts/build/compromise-snapshot.ts); Node evaluates compromise's own modules. Two bundles of compromise,
// one each way, must hold the same world model and tag every sentence the same.
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  pluggingModuleCode,
  snapshotLoad,
  snapshotModuleCode,
} from '../../../scripts/build/compromise-snapshot';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Compromise {
  (text: string): { json(o?: object): { terms: { text: string; tags: string[] }[] }[] };
  tokenize(text: string): {
    compute(steps: string[]): unknown;
    json(o?: object): { terms: { text: string; tags: string[] }[] }[];
  };
  world(): { model: unknown };
}

let dir: string;
let stock: Compromise;
let snapshot: Compromise;

async function bundle(name: string, plugins: Plugin[]): Promise<Compromise> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: "export { default } from 'compromise/two';", resolveDir: ROOT },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    plugins,
    logLevel: 'error',
  });
  return ((await import(pathToFileURL(outfile).href)) as { default: Compromise }).default;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compromise-snapshot-'));
  const code = buildSnapshot(ROOT);
  const viaSnapshot: Plugin = {
    name: 'snapshot',
    setup(b) {
      b.onLoad({ filter: /compromise[\\/]src[\\/].*\.js$/ }, async (args) => {
        const contents = await snapshotLoad(ROOT, args.path, () => code);
        return contents === null ? undefined : { contents, loader: 'js' };
      });
    },
  };
  [stock, snapshot] = await Promise.all([bundle('stock', []), bundle('snapshot', [viaSnapshot])]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Deep equality that also compares RegExps by source and flags, and keeps undefined-valued keys apart from missing
 * ones.
 */
function sameModel(a: unknown, b: unknown, path = 'model'): string | null {
  if (a === b) return null;
  if (a instanceof RegExp || b instanceof RegExp) {
    return a instanceof RegExp && b instanceof RegExp && a.source === b.source && a.flags === b.flags ? null : path;
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? null : path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path} (keys)`;
  for (const k of ka) {
    const diff = sameModel((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (diff) return diff;
  }
  return null;
}

/** Real sentences of many shapes: questions, contractions, code words, numbers, names, typos. */
const SENTENCES = [
  "I can't get my Python script to read the file, it keeps failing with an IndexError.",
  'What am I doing wrong?',
  "She'd rather have used the older version, but it doesn't build anymore.",
  'The quickly growing list slows down the pretty printer considerably.',
  'Running `npm install` throws EACCES on Ubuntu 22.04 since yesterday.',
  'John and Mary moved to Paris in 2019 and bought 3 bikes for $450.',
  'pls help me fix it asap!!! thx',
  'Is there a better way to sort dictionaries by value in Python 3?',
  'Having tried everything, I finally gave up and rewrote the parser from scratch.',
  "We're seeing intermittent timeouts; they've been happening every few hours.",
  'The boxes were heavier than the miles we walked.',
  'Rob and Victoria are rusty at chess but they keep playing.',
];

describe('compromise with the build-time snapshot', () => {
  it('holds the very world model compromise builds itself', () => {
    expect(sameModel(snapshot.world().model, stock.world().model)).toBeNull();
  });

  it('tags every sentence the same, with the full tagger and with the first pass the features use', () => {
    // Term ids carry a random part; everything else must match.
    const withoutIds = (json: { terms: { text: string; tags: string[] }[] }[]) =>
      json.map((s) => ({
        ...s,
        terms: s.terms.map(({ id: _id, ...t }: { id?: string; text: string; tags: string[] }) => t),
      }));
    for (const s of SENTENCES) {
      expect(withoutIds(snapshot(s).json({ offset: true }))).toEqual(withoutIds(stock(s).json({ offset: true })));
      const first = (nlp: Compromise) => {
        const doc = nlp.tokenize(s);
        doc.compute(['contractions', 'lexicon', 'preTagger']);
        return withoutIds(doc.json({ offset: true }));
      };
      expect(first(snapshot)).toEqual(first(stock));
    }
  });

  it('would show one more word in the snapshot as a model difference (the comparison can fail)', async () => {
    const changed = `${await buildSnapshot(ROOT)}\nmodel.one.lexicon.zzqx = 'Noun';\n`;
    const plugin: Plugin = {
      name: 'changed',
      setup(b) {
        b.onLoad({ filter: /compromise[\\/]src[\\/].*\.js$/ }, async (args) => {
          const contents = await snapshotLoad(ROOT, args.path, async () => changed);
          return contents === null ? undefined : { contents, loader: 'js' };
        });
      },
    };
    const broken = await bundle('changed', [plugin]);
    expect(sameModel(broken.world().model, stock.world().model)).toMatch(/^model\.one\.lexicon/);
  });
});

describe('snapshot code generation refuses what it cannot store', () => {
  it('a Map or a function in the model', () => {
    expect(() => snapshotModuleCode({ one: { lexicon: {} }, two: { m: new Map() } })).toThrow(/cannot store/);
    expect(() => snapshotModuleCode({ one: { lexicon: {} }, two: { f: () => 1 } })).toThrow(/cannot store/);
    expect(() => snapshotModuleCode({ n: Number.NaN })).toThrow(/non-finite/);
  });
  it('a two.js that no longer plugs preTagger in exactly once', () => {
    expect(() => pluggingModuleCode('export default 1')).toThrow(/no longer calls/);
    const two = readFileSync(join(ROOT, 'node_modules/compromise/src/two.js'), 'utf8');
    expect(pluggingModuleCode(two)).toContain('adoptSnapshot(nlp.world().model, preTag.model)');
  });
});
