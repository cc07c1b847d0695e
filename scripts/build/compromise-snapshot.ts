// Build-time snapshot of compromise's part-of-speech model. Evaluating `compromise/two` unpacks its packed
// lexicon and conjugates every verb, adjective and noun in it: the largest part of a new worker's start-up
// (issue 18). The extension bundle therefore gets preTagger's model module as data computed once here, in
// Node, from that very module, and two.js adopts it where it plugs preTagger in; nothing else in compromise
// changes. Node (training, tests, the CLI) keeps evaluating the original modules, and
// tests/unit/nlp/compromise-snapshot.test.ts proves both give the same world, so the worker tags as training did.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The module whose evaluation the snapshot replaces (relative to compromise's package folder). */
export const SNAPSHOT_MODULE = 'src/2-two/preTagger/model/index.js';
/** The module that plugs preTagger in: it then adopts the snapshot into compromise's world (see below). */
export const PLUGGING_MODULE = 'src/two.js';
const PRETAG_PLUGIN_CALL = 'nlp.plugin(preTag)';

/** compromise's package folder, found from `from` (the repository root); its exports hide package.json. */
export function compromiseDir(from: string): string {
  const entry = createRequire(join(from, 'package.json')).resolve('compromise/two'); // …/builds/two/compromise-two.cjs
  return dirname(dirname(dirname(entry)));
}

type Fixup =
  | [path: (string | number)[], kind: 'undefined']
  | [path: (string | number)[], kind: 'regexp', source: string, flags: string];

/**
 * The model as JSON plus the values JSON cannot hold (RegExps, undefined), each put back by path after
 * parsing. Plain objects and arrays only: anything else (a Map, a class, a function) throws, so a compromise
 * upgrade that adds one fails the build instead of shipping a wrong model.
 */
export function snapshotModuleCode(model: unknown): string {
  const fixups: Fixup[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (value === undefined) {
      fixups.push([path, 'undefined']);
      return null;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`compromise snapshot: non-finite number at ${path.join('.')}`);
      return value;
    }
    if (value instanceof RegExp) {
      fixups.push([path, 'regexp', value.source, value.flags]);
      return null;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`compromise snapshot: cannot store the ${typeof value} at ${path.join('.') || '(root)'}`);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object))
      out[key] = walk((value as Record<string, unknown>)[key], [...path, key]);
    return out;
  };
  const json = JSON.stringify(walk(model, []));
  // JSON.parse of a string literal is faster to load than the same data as a JS object literal.
  return [
    "// Generated at build time by scripts/build/compromise-snapshot.ts from compromise's own module. Do not edit.",
    `const model = JSON.parse(${JSON.stringify(json)});`,
    `for (const [path, kind, source, flags] of ${JSON.stringify(fixups)}) {`,
    '  let at = model;',
    '  for (let i = 0; i < path.length - 1; i++) at = at[path[i]];',
    "  at[path[path.length - 1]] = kind === 'regexp' ? new RegExp(source, flags) : undefined;",
    '}',
    'export default model;',
    '',
  ].join('\n');
}

/** Evaluates compromise's own module in Node and returns the module code that replaces it in the bundle. */
export async function buildSnapshot(root: string): Promise<string> {
  const dir = compromiseDir(root);
  const { default: model } = (await import(pathToFileURL(join(dir, SNAPSHOT_MODULE)).href)) as {
    default: { one: { lexicon: object } };
  };
  // The lexicon as the world will hold it once preTagger is plugged in: compromise/one's few words first,
  // then preTagger's (mergeDeep's order and precedence), so two.js can take it by reference (see below).
  const { default: one } = (await import(pathToFileURL(join(dir, 'src/one.js')).href)) as {
    default: { world(): { model: { one: { lexicon: object } } } };
  };
  const merged = { ...one.world().model.one.lexicon, ...model.one.lexicon };
  return snapshotModuleCode({ ...model, one: { ...model.one, lexicon: merged } });
}

/**
 * two.js plugging preTagger in without compromise's mergeDeep, which copies the snapshot key by key into the
 * world's model (as long as the expansion it replaces). The lexicon, already merged with compromise/one's
 * words at build time, replaces the world's: compromise reads it as `model.one.lexicon` at each use, never
 * through a reference kept from before. `adoptModel` does what mergeDeep does for the rest, but takes whole
 * subtrees the world lacks by reference: the snapshot's objects are fresh and nothing else holds them.
 */
export function pluggingModuleCode(source: string): string {
  if (source.split(PRETAG_PLUGIN_CALL).length !== 2)
    throw new Error(`compromise snapshot: ${PLUGGING_MODULE} no longer calls ${PRETAG_PLUGIN_CALL} once`);
  const adopt = [
    // Declarations, not consts: the module body calls these before this appended code is reached.
    'function adoptSnapshot(world, snapshot) {',
    '  const { lexicon, ...one } = snapshot.one;',
    '  world.one.lexicon = lexicon;',
    '  adoptModel(world, { ...snapshot, one });',
    '}',
    'function adoptModel(target, source) {',
    '  for (const key in source) {',
    "    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;",
    '    const value = source[key];',
    "    if (!value || typeof value !== 'object' || Array.isArray(value)) target[key] = value;",
    '    else if (!target[key]) target[key] = value;',
    '    else adoptModel(target[key], value);',
    '  }',
    '}',
  ].join('\n');
  return `${source.replace(
    PRETAG_PLUGIN_CALL,
    'nlp.plugin({ ...preTag, model: undefined }); adoptSnapshot(nlp.world().model, preTag.model)',
  )}\n${adopt}\n`;
}

/** The replacement code for a compromise module the snapshot changes, or null for every other file. */
export async function snapshotLoad(
  root: string,
  file: string,
  snapshot: () => Promise<string>,
): Promise<string | null> {
  const dir = compromiseDir(root);
  if (file === join(dir, SNAPSHOT_MODULE)) return snapshot();
  if (file === join(dir, PLUGGING_MODULE)) return pluggingModuleCode(await readFile(file, 'utf8'));
  return null;
}

/** The Vite plugin: serves the snapshot in place of compromise's modules. */
export function compromiseSnapshot(root: string): Plugin {
  let code: Promise<string> | null = null;
  return {
    name: 'ml-editor:compromise-snapshot',
    enforce: 'pre',
    load(id) {
      return snapshotLoad(root, id.split('?')[0], () => (code ??= buildSnapshot(root)));
    },
  };
}
