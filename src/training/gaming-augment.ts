// Training-only: synthetic poorly received questions that carry no substance, generated (seeded) from
// real training questions, so the model learns that repetition, filler, unfilled templates and code
// blocks of words earn nothing. Real data has few of them: without these rows the features that measure
// substance (repeated-sentences, placeholders, code-substance, concrete-details) get no weight where it
// matters. None of this is the behavioural suite's text: those are written separately, by hand.
import type { QuestionRecord } from '../core/data';
import { documentOfRecord } from './records';
import { mulberry32, shuffleInPlace } from '../core/util/rng';

export type AugmentKind = 'repeated' | 'word-salad' | 'template' | 'word-code' | 'filler' | 'stripped';
/**
 * The kinds in the order rows are made: fluent questions with their substance stripped out are the gaming
 * real data teaches least (a well-written paragraph that says nothing checkable), so they take a third.
 */
const SCHEDULE: readonly AugmentKind[] = [
  'repeated',
  'stripped',
  'word-salad',
  'template',
  'stripped',
  'word-code',
  'filler',
  'stripped',
  'template',
];

const FILLER = [
  'I have a problem with this.',
  'It does not work.',
  'Please help me.',
  'I tried everything.',
  'Nothing works.',
  'I am stuck.',
  'Can anyone help?',
  'What should I do?',
  'It used to work before.',
  'I need this working soon.',
  'I searched a lot but found nothing.',
  'Any ideas?',
  'I am new to this.',
  'This is driving me crazy.',
  'Is there a way?',
  'I tried the following but it did not help.',
  'However it still fails.',
  'What is the difference?',
  'Thanks in advance.',
  'I followed the documentation.',
  'I expected it to work.',
  'Something is wrong with it.',
  'It gives an error.',
  'Here is what I did.',
  'Let me know if you need more details.',
  'I have been trying for hours.',
  'Why does this happen?',
];
const PLACEHOLDERS = [
  '…',
  '...',
  '[describe here]',
  '<insert your code here>',
  '[your error here]',
  'TODO',
  'XXX',
  '<paste the output here>',
  '[add details]',
];
const SKELETONS = [
  'I tried {p} but {p} happened.',
  'I expected {p} but got {p}.',
  'How can I {p}?',
  'The error is: {p}',
  'Steps: 1. {p} 2. {p} 3. {p}',
  'My code:',
  'Expected result: {p}',
  'Actual result: {p}',
  'I am using {p} version {p}.',
  'What I tried: {p}',
  'Why does {p} happen?',
];

const pick = <T>(xs: readonly T[], rand: () => number): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number, rand: () => number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Sentences of a Markdown/HTML body as plain text (rough: only to pick a sentence to repeat). */
function proseSentences(body: string): string[] {
  const text = body
    .replace(/<[^>]+>/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^( {4}|\t).*$/gm, ' ');
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 6 && s.length < 300);
}

function wordsOf(body: string): string[] {
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .split(/[^\p{L}']+/u)
    .filter((w) => w.length > 1);
}

function sentenceOf(words: readonly string[], rand: () => number): string {
  const n = int(5, 14, rand);
  const ws = Array.from({ length: n }, () => pick(words, rand));
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return `${ws.join(' ')}${rand() < 0.3 ? '?' : '.'}`;
}

function fill(skeleton: string, rand: () => number): string {
  return skeleton.replace(/\{p\}/g, () => pick(PLACEHOLDERS, rand));
}

/**
 * A well-received question with its substance taken out: its prose alone, without the code blocks, inline
 * code, links and images (the counterfactual "needs details" question). Null when too little prose is left
 * or there was no code to take out.
 */
export function strippedOfSubstance(r: QuestionRecord): string | null {
  const doc = documentOfRecord(r);
  if (doc.codeBlocks.length === 0) return null;
  const prose = doc.prose
    .filter((b) => b.kind !== 'title')
    .map((b) => b.text.replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
  return prose.join(' ').split(' ').length >= 12 ? prose.join('\n\n') : null;
}

/**
 * `count` synthetic poor questions from `sources` (real questions with raw text), spread over the kinds.
 * Titles are real titles or filler, so the title alone does not give them away.
 */
export function gamingAugment(sources: readonly QuestionRecord[], count: number, seed: number): QuestionRecord[] {
  const rand = mulberry32(seed ^ 0x5eed);
  const pool = sources.filter((r) => r.bodyFormat !== 'preprocessed' && r.body.length > 80);
  if (pool.length === 0) return [];
  const withCode = pool.filter((r) => r.label === 'good' && /```|<pre|\n {4}\S/.test(r.body));
  const out: QuestionRecord[] = [];
  for (let i = 0; i < count; i++) {
    const kind = SCHEDULE[i % SCHEDULE.length];
    const src = pick(kind === 'stripped' && withCode.length ? withCode : pool, rand);
    const title = rand() < 0.7 ? src.title : pick(FILLER, rand).replace(/[.?]$/, '');
    let body = '';
    const words = wordsOf(src.body);
    switch (kind) {
      case 'repeated': {
        const ss = proseSentences(src.body);
        const s = ss.length ? pick(ss, rand) : pick(FILLER, rand);
        const k = int(4, 25, rand);
        body = Array.from({ length: k }, () => s).join(rand() < 0.5 ? ' ' : '\n\n');
        break;
      }
      case 'word-salad': {
        const vocab =
          words.length >= 20
            ? words
            : wordsOf(
                pool
                  .map((r) => r.body)
                  .slice(0, 3)
                  .join(' '),
              );
        body = Array.from({ length: int(2, 8, rand) }, () => sentenceOf(vocab, rand)).join(' ');
        break;
      }
      case 'template': {
        const parts = shuffleInPlace([...SKELETONS], rand)
          .slice(0, int(2, 6, rand))
          .map((s) => fill(s, rand));
        if (rand() < 0.6) parts.splice(int(0, parts.length, rand), 0, rand() < 0.5 ? '```\n\n```' : '```\n...\n```');
        body = parts.join('\n\n');
        break;
      }
      case 'word-code': {
        const lines = Array.from({ length: int(2, 12, rand) }, () =>
          Array.from({ length: int(1, 6, rand) }, () => pick(words.length ? words : FILLER, rand).toLowerCase()).join(
            ' ',
          ),
        );
        body = `${pick(FILLER, rand)} Here is my code:\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n${pick(FILLER, rand)}`;
        break;
      }
      case 'stripped': {
        body = strippedOfSubstance(src) ?? pick(FILLER, rand);
        break;
      }
      case 'filler': {
        body = shuffleInPlace([...FILLER], rand)
          .slice(0, int(3, 10, rand))
          .join(' ');
        break;
      }
    }
    out.push({
      id: `augment-${kind}-${i}`,
      source: 'gaming-augment',
      era: src.era,
      title,
      body,
      bodyFormat: 'markdown',
      tags: [],
      label: 'poor',
      labelDetail: `synthetic:${kind} from ${src.source}:${src.id}`,
    });
  }
  return out;
}
