// The house rules of the three registries, derived from the file system (after Refined GitHub's meta-test):
// every file of src/core/{checks,features,suggestions} that defines a check, feature or suggestion kind is
// registered, is named by its id, is named by a test, and what it tells the person reads as a sentence
// (findings and suggestions) or as a label (check titles, feature labels). A new file that misses one fails.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/core/checks/check';
import { CHECKS, runChecks } from '../../src/core/checks/registry';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import type { Feature } from '../../src/core/features/feature';
import { FEATURES } from '../../src/core/features/registry';
import { SUGGESTION_KINDS } from '../../src/core/suggestions/registry';
import type { SuggestionKind } from '../../src/core/suggestions/suggestion';
import { cases, context, kind } from './suggestions/kind-cases';

const ROOT = resolve(import.meta.dirname, '../..');

interface Family<T extends { id: string }> {
  folder: string;
  registry: readonly T[];
  /** Whether an export is one of the family's items (its shape). */
  is(value: unknown): value is T;
}

const has = (value: unknown, fields: Record<string, string>): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(fields).every(([k, type]) => typeof (value as Record<string, unknown>)[k] === type);

const families = {
  check: {
    folder: 'checks',
    registry: CHECKS,
    is: (v: unknown): v is Check => has(v, { id: 'string', title: 'string', run: 'function' }),
  },
  feature: {
    folder: 'features',
    registry: FEATURES,
    is: (v: unknown): v is Feature => has(v, { id: 'string', label: 'string', compute: 'function' }),
  },
  'suggestion kind': {
    folder: 'suggestions',
    registry: SUGGESTION_KINDS,
    is: (v: unknown): v is SuggestionKind => has(v, { id: 'string', checks: 'object', propose: 'function' }),
  },
} satisfies Record<string, Family<{ id: string }>>;

/** Each source file of a family's folder with the items it exports. */
async function itemFiles<T extends { id: string }>(family: Family<T>): Promise<Array<{ file: string; items: T[] }>> {
  const dir = join(ROOT, 'src/core', family.folder);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const exports: Record<string, unknown> = await import(pathToFileURL(join(dir, file)).href);
      return { file, items: Object.values(exports).filter(family.is) };
    }),
  );
}

/**
 * Tests of a folder that name `id`: a file `<id>.test.ts`, or a test or its case table (kind-cases.ts) that quotes
 * the id (a describe title, a case) or has it as a table key.
 */
function testsNaming(folder: string, id: string): string[] {
  const dir = join(ROOT, 'tests/unit', folder);
  const named = new RegExp(`(['"\`])${id}\\1|^\\s*${id}:`, 'm');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => f === `${id}.test.ts` || named.test(readFileSync(join(dir, f), 'utf8')));
}

/**
 * A sentence: trimmed, one space between words, a capital (or an opening quote of the person's own words) first, and an
 * end mark.
 */
function sentenceProblems(text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim()) problems.push('space at an end');
  if (/ {2}/.test(text)) problems.push('double space');
  if (!/^[\p{Lu}“]/u.test(text)) problems.push('no capital first');
  if (!/[.!?…][”’)]?$/u.test(text)) problems.push('no full stop, question or exclamation mark at the end');
  return problems;
}

/** A label (a check's title, a feature's label): trimmed, single spaces, a capital first, no full stop. */
function labelProblems(text: string): string[] {
  const problems: string[] = [];
  if (text !== text.trim() || text.length === 0) problems.push('empty or space at an end');
  if (/ {2}/.test(text)) problems.push('double space');
  if (!/^\p{Lu}/u.test(text)) problems.push('no capital first');
  if (/[^.]\.$/.test(text)) problems.push('ends with a full stop');
  return problems;
}

describe.each(Object.entries(families))('every %s', (name, family: Family<{ id: string }>) => {
  it(`file that defines a ${name} defines one, registered, with its file name as id`, async () => {
    const defining = (await itemFiles(family)).filter((f) => f.items.length > 0);
    expect(defining.length).toBeGreaterThan(0);
    for (const { file, items } of defining) {
      expect(
        items.map((item) => item.id),
        file,
      ).toEqual([basename(file, '.ts')]);
      expect(family.registry, `${file} is not in the ${family.folder} registry`).toContain(items[0]);
    }
    // …and the registry holds nothing else (nothing defined in registry.ts or outside the folder).
    expect(defining.length).toBe(family.registry.length);
  });

  it.each(family.registry.map((item) => item.id))(
    `${name} %s is named by a test in tests/unit/${family.folder}`,
    (id) => {
      expect(testsNaming(family.folder, id), `no test names ${id}`).not.toEqual([]);
    },
  );
});

describe('what each one says reads as a sentence or a label', () => {
  it.each(CHECKS.map((c) => [c.id, c.title]))('check %s: title %j', (_id, title) => {
    expect(labelProblems(title)).toEqual([]);
  });

  it.each(FEATURES.map((f) => [f.id, f.label]))('feature %s: label %j', (_id, label) => {
    expect(labelProblems(label)).toEqual([]);
  });

  // Questions that between them trip every check, for the findings' messages (each check must say something here).
  const weak = [
    { title: 'help', body: '' },
    { title: 'Problem', body: 'hi' },
    { title: 'Question about error', body: 'My code:\n\n```\nx = 1\n```' },
    {
      title: 'URGENT problem with code',
      body: [
        'Hello everyone, PLEASE HELP ME, this is really urgent and I am completely desperate here!!! Thanks in advance.',
        '',
        'My code:',
        'const cfg = parse(text);',
        'console.log(cfg);',
        '',
        'The configuration initialisation functionality unexpectedly misinterprets internationalisation characteristics, ' +
          'notwithstanding comprehensive documentation, architecturally incomprehensible implementation considerations ' +
          'and extraordinarily counterintuitive authentication responsibilities that I really cannot understand at all today ' +
          'because the program keeps failing in the same way every time I start it on my machine at work.',
      ].join('\n'),
    },
  ];
  const messages = new Map<string, Set<string>>();
  for (const input of weak) {
    for (const f of runChecks(parseQuestion(input)))
      messages.set(f.id, (messages.get(f.id) ?? new Set()).add(f.message));
  }

  it.each(CHECKS.map((c) => c.id))('check %s: every message it gives these questions', (id) => {
    const said = [...(messages.get(id) ?? [])];
    expect(said, `none of the questions here trips ${id}: add one that does`).not.toEqual([]);
    for (const message of said) expect(sentenceProblems(message), message).toEqual([]);
  });

  it.each(SUGGESTION_KINDS.map((k) => k.id))(
    'suggestion kind %s: its message on its case (suggestions/kind-cases.ts)',
    (id) => {
      const proposed = cases
        .filter((c) => c.kind === id)
        .flatMap((c) => kind(id).propose(context(c.input, c.words, c.over)));
      expect(proposed, `no case of kind-cases.ts gets a proposal from ${id}`).not.toEqual([]);
      for (const { message } of proposed) expect(sentenceProblems(message), message).toEqual([]);
    },
  );
});
