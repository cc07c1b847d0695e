// Timing script (not a test; timings are not asserted): `npx tsx bench/time-checks.ts`.
// Measures parse + checks + score for ~300 and ~3,000 words, cold and warm caches, and a one-character edit.
// Reports wall time and process CPU time: on a busy machine CPU time is the steadier estimate.
import { parseQuestion } from '../src/core/document/parse-markdown';
import { gate } from '../src/core/gate';
import { scoreHeuristically } from '../src/core/heuristic-scorer';
import { resetCaches } from '../src/core/cache-registry';
import { warmUpTagger } from '../src/core/nlp/tagger';
import type { QuestionDocument } from '../src/core/document/question-document';

const PARAGRAPH =
  'I am really trying to parse timestamps that an API returns, but the offset part basically always fails. ' +
  'I tried strptime with several format strings and it raises a ValueError for each of them. ' +
  'The documentation says that %z should accept offsets, so I am not sure what I am doing wrong here. ' +
  'Is there a simple way to parse these strings into timezone-aware datetime objects quickly?';
const CODE = '```python\nfrom datetime import datetime\ndatetime.strptime(s, "%Y-%m-%dT%H:%M:%S%z")\n```';

function bodyOf(words: number): string {
  const per = PARAGRAPH.split(' ').length;
  const parts: string[] = [];
  for (let i = 0; i * per < words; i++) {
    parts.push(PARAGRAPH.replace('timestamps', `timestamps${i}`));
    if (i % 3 === 0) parts.push(CODE);
  }
  return parts.join('\n\n');
}

function analyse(title: string, body: string): void {
  checks(parseQuestion({ title, body }));
}

/** The heuristic analyser alone (what this module owns): gate + checks + score. */
function checks(doc: QuestionDocument): void {
  if (gate(doc).scorable) scoreHeuristically(doc);
}

const coldCaches = resetCaches;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

function time(label: string, runs: number, setup: (i: number) => void, fn: (i: number) => void): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup(i);
    const c = process.cpuUsage();
    const t = performance.now();
    fn(i);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
  console.log(
    `${label.padEnd(40)} wall median ${median(wall).toFixed(1).padStart(6)} p95 ${p95(wall).toFixed(1).padStart(6)} ms` +
      ` | cpu median ${median(cpu).toFixed(1).padStart(6)} p95 ${p95(cpu).toFixed(1).padStart(6)} ms`,
  );
}

warmUpTagger();
const title = 'How do I parse ISO 8601 timestamps with offsets in Python?';
for (const words of [300, 3000]) {
  const body = bodyOf(words);
  let doc = parseQuestion({ title, body });
  time(
    `${words} words, parse only (document module)`,
    30,
    () => {},
    (i) => {
      doc = parseQuestion({ title, body: body + i });
    },
  );
  let fresh = doc;
  const prepare = (cold: boolean) => (i: number) => {
    if (cold) coldCaches();
    fresh = parseQuestion({ title, body: body.replace('fails', `fails${i % 2 ? '' : ' '}`) });
  };
  time(`${words} words, checks only, cold caches`, 30, prepare(true), () => checks(fresh));
  time(`${words} words, checks only, warm caches`, 30, prepare(false), () => checks(fresh));
  time(`${words} words, parse + checks, cold caches`, 30, coldCaches, () => analyse(title, body));
  time(
    `${words} words, parse + checks, warm`,
    30,
    () => analyse(title, body),
    () => analyse(title, body),
  );
  time(
    `${words} words, parse + checks, 1-char edit at end`,
    30,
    (i) => analyse(title, body + 'x'.repeat(i)),
    (i) => analyse(title, body + 'x'.repeat(i + 1)),
  );
  const mid = Math.floor(body.length / 2);
  time(
    `${words} words, parse + checks, 1-char edit mid`,
    30,
    () => {},
    (i) => analyse(title, body.slice(0, mid) + String.fromCharCode(97 + (i % 26)) + body.slice(mid)),
  );
}
