// The core's caches are state: an answer must never depend on what was analysed before, every module-level
// cache must be in the one registry, and resetCaches() must leave every one of them empty.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, modelScorer, type Scorer } from '../../src/core/analyse';
import { cacheSizes, resetCaches } from '../../src/core/cache-registry';
import { parseQuestion } from '../../src/core/document/parse-markdown';
import { tokenize } from '../../src/core/document/tokens';
import type { AnalysisResult, QuestionInput } from '../../src/shared/question';
import { loadShippedModel } from './support/shipped-model';

const A: QuestionInput = {
  title: 'Why does pandas merge return an empty DataFrame?',
  body: [
    'I merge two frames on a key column:',
    '',
    '```python',
    "merged = pd.merge(left, right, on='id')",
    '```',
    '',
    'Both frames have 62 rows with matching ids, but `merged` is empty. I tried `how="outer"` and got NaN everywhere.',
    'Really, I expected 62 rows. Is the dtype of the key column the problem?',
  ].join('\n'),
};
// Shares A's words and blocks in other contexts (and A's first paragraph), so every per-block, per-sentence
// and per-word cache sees them before A comes back.
const B: QuestionInput = {
  title: 'help plz urgent: merge return empty',
  body: [
    'I merge two frames on a key column:',
    '',
    'rows with matching ids really merge pretty slow, pandas is empty!!! thanks in advance, I expected rows',
    '',
    '```',
    'merged = pd.merge(left, right)',
    '```',
  ].join('\n'),
};

const answer = (result: AnalysisResult) => ({ ...result, elapsedMs: 0 });

let scorer: Scorer;
beforeAll(async () => {
  scorer = modelScorer(await loadShippedModel());
});

describe('answers never depend on what was analysed before', () => {
  let cold: ReturnType<typeof answer>;
  beforeAll(() => {
    resetCaches();
    cold = answer(analyseQuestion(A, scorer));
  });

  it("gives A's exact answer again after B (A, B, A with warm caches)", () => {
    analyseQuestion(B, scorer);
    expect(answer(analyseQuestion(A, scorer))).toEqual(cold);
    expect(cold.state).toBe('scored');
    expect(cold.findings.length).toBeGreaterThan(0);
  });

  it("gives A's exact answer when B filled the caches first", () => {
    resetCaches();
    analyseQuestion(B, scorer);
    expect(answer(analyseQuestion(A, scorer))).toEqual(cold);
  });

  it("gives A's exact answer with a reset between each analysis (A, reset, B, reset, A)", () => {
    resetCaches();
    analyseQuestion(A, scorer);
    resetCaches();
    analyseQuestion(B, scorer);
    resetCaches();
    expect(answer(analyseQuestion(A, scorer))).toEqual(cold);
  });
});

describe('the cache registry', () => {
  it('holds every cache an analysis fills, and resetCaches() empties each one', () => {
    resetCaches();
    analyseQuestion(A, scorer);
    analyseQuestion(B, scorer);
    analyseQuestion({ ...A, body: `${A.body} It fails.` }, scorer); // an edit: the incremental parse's caches
    // a template left in: the model view's
    analyseQuestion({ ...A, body: `${A.body}\n\nI tried … but … happened.` }, scorer);
    tokenize(parseQuestion(A)); // whole-document tokens: training's encoder reads them, the runtime reads runs
    const filled = cacheSizes();
    expect([...filled].filter(([, size]) => size === 0).map(([name]) => name)).toEqual([]);
    resetCaches();
    expect([...cacheSizes()].filter(([, size]) => size !== 0)).toEqual([]);
    expect([...cacheSizes().keys()]).toEqual([...filled.keys()]);
  });
});

// Module-level state in src/core, found in the source: a `let`, or a container a module creates at load and
// fills later. Each must be registered: created inside registerCache(…) or blockMemo(…), or named in the
// file's registerCache(…) call. Constant tables (a Set or Map built from literals and never written) are not state.
const CORE = resolve(import.meta.dirname, '../../src/core');
// Code samples inside template literals (evaluation data), not declarations of the core.
const NOT_CODE = ['eval/behaviour/technologies.ts'];
const STATE = /^(?:export )?(let|const|var) (\w+)(?::[^=]+)? = (.*)$/;
const CONTAINER = /^new (?:Map|WeakMap|Set|WeakSet|Lru|RecentObjects|WeakCache|\w+Array)\b|^\[\]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function unregisteredState(file: string, text: string): string[] {
  const registrations = [...text.matchAll(/registerCache\(([\s\S]*?)\n\}\);|registerCache\((.*)\);/g)]
    .map((m) => m[0])
    .join('\n');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = STATE.exec(line);
    if (!m) continue;
    const [, keyword, name, init] = m;
    if (/^(?:registerCache|blockMemo)\(/.test(init)) continue;
    const written = new RegExp(
      `\\b${name}\\.(?:add|set|delete|clear|push|unshift|splice)\\(|(?<!(?:const|let|var) )\\b${name} = `,
    ).test(text);
    const isState =
      keyword !== 'const' ||
      (CONTAINER.test(init) && (!/^new (?:Set|Map)\(/.test(init) || /^new (?:Set|Map)\(\)/.test(init) || written));
    if (isState && !new RegExp(`\\b${name}\\b`).test(registrations)) out.push(`${file}: ${name}`);
  }
  return out;
}

describe('every module-level cache of the core is registered', () => {
  const files = sourceFiles(CORE).map((path) => relative(CORE, path));

  it('finds none left out', () => {
    for (const file of NOT_CODE) expect(files).toContain(file); // a moved file must be listed again
    const left = files
      .filter((f) => f !== 'cache-registry.ts' && !NOT_CODE.includes(f))
      .flatMap((f) => unregisteredState(f, readFileSync(join(CORE, f), 'utf8')));
    expect(left).toEqual([]);
  });

  it('would find a cache, a let and a written table left out, and passes registered ones and constant tables', () => {
    const source = [
      'const memo = new Lru<string, number>(64);',
      'let count = 0;',
      "const seen = new Set(['a']);",
      "function f() { seen.add('b'); }",
      "const WORDS = new Set(['a', 'b']);",
      "const hits = registerCache('x: hits', new Lru<string, number>(8));",
      "const byLine = blockMemo<boolean>('x: lines');",
      'let lexicon = null;',
      "registerCache('x: lexicon', {\n  get size() {\n    return lexicon ? 1 : 0;\n  },\n  clear() {\n    lexicon = null;\n  },\n});",
    ].join('\n');
    expect(unregisteredState('x.ts', source)).toEqual(['x.ts: memo', 'x.ts: count', 'x.ts: seen']);
  });
});
