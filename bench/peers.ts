// Side by side in one Node process: our full analysis, our heuristic checks alone, harper.js and write-good,
// on the same texts. Every run gets a variant with every prose line changed, so no tool reuses earlier work.
import { performance } from 'node:perf_hooks';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import writeGood from 'write-good';
import { analyseQuestion, modelScorer } from '../src/core/analyse';
import { parseQuestion } from '../src/core/document/parse-markdown';
import { runChecks } from '../src/core/heuristic-scorer';
import { loadShippedModel } from '../tests/unit/support/shipped-model';
import { pickRealQuestions, proseWords } from './real-bodies';
import { ratioRow, timingRow, type Row } from './stats';
import { asOneText, questionOfWords, uncachedVariant } from './texts';

type Question = { title: string; body: string };

interface Text {
  name: string;
  question: Question;
  runs: number;
}

const WARMUP = 3;

function benchTexts(): Text[] {
  const texts: Text[] = [
    { name: '300-word question', question: questionOfWords(300), runs: 15 },
    { name: '3,000-word question', question: questionOfWords(3000), runs: 6 },
  ];
  for (const real of pickRealQuestions()) {
    const kind = real.label === 'HQ' ? 'good' : 'poor';
    texts.push({
      name: `real ${kind} (${real.label}, SO ${real.id}, ${real.words} prose words)`,
      question: real,
      runs: 15,
    });
  }
  return texts;
}

type Tool = (q: Question) => unknown;

/**
 * Runs every tool on run i before any tool on run i + 1, so load from other processes falls on all tools alike.
 * Each tool gets its own variants (numbers offset per tool), so no tool finds text another tool cached.
 */
async function timeSideBySide(text: Text, tools: Tool[]): Promise<number[][]> {
  const samples = tools.map(() => [] as number[]);
  for (let i = 0; i < WARMUP + text.runs; i++) {
    for (const [t, tool] of tools.entries()) {
      const q = uncachedVariant(text.question, t * 10_000 + i);
      const started = performance.now();
      await tool(q);
      if (i >= WARMUP) samples[t].push(performance.now() - started);
    }
  }
  return samples;
}

export async function peerRows(log: (line: string) => void): Promise<Row[]> {
  const scorer = modelScorer(await loadShippedModel());
  const harper = new LocalLinter({ binary });
  await harper.setup();
  const rows: Row[] = [];
  for (const text of benchTexts()) {
    log(`  side by side: ${text.name}`);
    const [full, heuristic, harperMs, writeGoodMs] = await timeSideBySide(text, [
      (q) => {
        const result = analyseQuestion(q, scorer);
        if (result.state === 'error') throw new Error(`analysis failed: ${result.reason}`);
      },
      (q) => runChecks(parseQuestion(q)),
      (q) => harper.lint(asOneText(q), { language: 'markdown' }),
      (q) => writeGood(asOneText(q)),
    ]);
    const words = `${proseWords(asOneText(text.question))} prose words`;
    rows.push(
      timingRow(
        `Node, ${text.name}: ours, full analysis (model + explanation + verified suggestions)`,
        full,
        null,
        'ms',
        `n=${full.length}, ${words}`,
      ),
      timingRow(`Node, ${text.name}: ours, heuristic checks (parse + runChecks)`, heuristic, null),
      timingRow(`Node, ${text.name}: harper.js 2.10 lint (Markdown)`, harperMs, null),
      timingRow(`Node, ${text.name}: write-good 1.0.8`, writeGoodMs, null),
      ratioRow(`Node, ${text.name}: ours full / harper.js`, full, harperMs, true),
      ratioRow(`Node, ${text.name}: ours heuristic / harper.js`, heuristic, harperMs, false),
      ratioRow(`Node, ${text.name}: ours full / write-good`, full, writeGoodMs, false),
      ratioRow(`Node, ${text.name}: ours heuristic / write-good`, heuristic, writeGoodMs, false),
    );
  }
  await harper.dispose();
  return rows;
}
