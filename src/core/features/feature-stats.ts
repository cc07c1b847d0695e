// Everything the features read, computed once per QuestionDocument. Per-block counts are cached by the block's
// normalised text and POS counts per word in its neighbours' context (nlp/tagger), so after a one-character edit
// only the edited block is recounted and only the windows around the edited word go through compromise.
import { bodyTotals, createContext, type CheckContext } from '../checks/check';
import type { ProseView } from '../checks/prose-view';
import type { QuestionSignals } from '../checks/signals';
import { registerCache } from '../cache-registry';
import type { QuestionDocument } from '../document/question-document';
import { classify as classifyCaps } from '../nlp/caps-words';
import { Lru, RecentObjects } from '../util/lru';
import { isUrgent } from '../nlp/noise-lexicon';
import { emptyPosCounts, wordPosCounts, type PosCounts } from '../nlp/tagger';
import { polarityCounts } from './sentiment-lexicon';

/** Counts over one prose block's text. All additive, so a document's counts are sums over blocks. */
export interface BlockCounts {
  questionMarks: number;
  exclamationMarks: number;
  /** Full stops ending a word: a '.' or a run of dots followed by white space or the end ("e.g. " is one). */
  fullStops: number;
  commas: number;
  /** Words written in capitals that are not acronyms ("PLEASE", "HELP"); "I", "API", "JSON" are not counted. */
  capsWords: number;
  /** Characters (code points) over all words. */
  wordChars: number;
  positive: number;
  negative: number;
  pos: PosCounts;
  /** Distinct lower-cased words of the block. */
  types: readonly string[];
  /** Stack-trace-like line in the block ("at Foo.bar(Foo.java:12)", 'File "x.py", line 3'). */
  stackTrace: boolean;
}

export interface FeatureStats {
  check: CheckContext;
  signals: QuestionSignals;
  /** Prose words/sentences/syllables: title block alone, body blocks together. */
  titleWords: number;
  bodyWords: number;
  bodySentences: number;
  bodySyllables: number;
  /** Counts over all prose, title included. */
  prose: Omit<BlockCounts, 'types' | 'stackTrace'> & { words: number; distinctWords: number };
  /** Characters of body prose (normalised text) and of code (blocks plus inline). */
  bodyProseChars: number;
  codeChars: number;
  /** A stack-trace-like line in a code block or in prose. */
  stackTrace: boolean;
  /** Noise phrases of the lexicon (nlp/noise-lexicon.ts): urgency and pleading vs greetings, thanks and sign-offs. */
  urgencyPhrases: number;
  politenessPhrases: number;
}

const STACK_TRACE =
  /^\s*at\s+[\w$.<>/\\-]+\s*\(.*(?::\d+|Native Method|Unknown Source)|File "[^"\n]+", line \d+|^\s*#\d+\s+0x[0-9a-f]+|^\s*at\s+[\w$.<>]+\.[\w$<>]+\s+in\s+\S+:line\s+\d+/m;
// Prose is whitespace-normalised (one line per block), so the line anchors above only help in code.
const STACK_TRACE_PROSE = /\bat\s+[\w$]+(?:\.[\w$<>]+)+\s*\([\w$.-]+:\d+\)|File "[^"]+", line \d+/;

const blockCache = registerCache('features/feature-stats: block counts', new Lru<string, BlockCounts>(2048));

function addPos(into: PosCounts, t: PosCounts): void {
  into.terms += t.terms;
  into.nouns += t.nouns;
  into.verbs += t.verbs;
  into.adjectives += t.adjectives;
  into.adverbs += t.adverbs;
  into.pronouns += t.pronouns;
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

export function blockCounts(view: ProseView): BlockCounts {
  const text = view.block.text;
  const hit = blockCache.get(text);
  if (hit) return hit;
  const pos = emptyPosCounts();
  const types = new Set<string>();
  let capsWords = 0;
  let wordChars = 0;
  let positive = 0;
  let negative = 0;
  for (const s of view.analysis.sentences) {
    const ws = s.words.map((w) => w.text);
    s.words.forEach(({ token }, i) => {
      const w = ws[i];
      types.add(token);
      // A URL or number is one word; a URL counts as its token's length (`<url>`), not the address's.
      wordChars += token === '<url>' ? token.length : [...w].length;
      if (classifyCaps(w) === 'loud') capsWords++;
      addPos(pos, wordPosCounts(ws, i));
    });
    const p = polarityCounts(ws);
    positive += p.positive;
    negative += p.negative;
  }
  const result: BlockCounts = {
    questionMarks: count(text, /[?？]/gu),
    exclamationMarks: count(text, /[!！]/gu),
    fullStops: count(text, /\.+(?=\s|$)/g),
    commas: count(text, /[,，]/gu),
    capsWords,
    wordChars,
    positive,
    negative,
    pos,
    types: [...types],
    stackTrace: STACK_TRACE_PROSE.test(text),
  };
  blockCache.set(text, result);
  return result;
}

const statsCache = registerCache(
  'features/feature-stats: document stats',
  new RecentObjects<QuestionDocument, FeatureStats>(),
);

export function featureStats(doc: QuestionDocument): FeatureStats {
  const cached = statsCache.get(doc);
  if (cached) return cached;
  const check = createContext(doc);
  const views = check.title ? [check.title, ...check.body] : check.body;

  const prose: FeatureStats['prose'] = {
    words: 0,
    distinctWords: 0,
    questionMarks: 0,
    exclamationMarks: 0,
    fullStops: 0,
    commas: 0,
    capsWords: 0,
    wordChars: 0,
    positive: 0,
    negative: 0,
    pos: emptyPosCounts(),
  };
  const distinct = new Set<string>();
  let stackTrace = false;
  for (const v of views) {
    const c = blockCounts(v);
    prose.words += v.analysis.wordCount;
    prose.questionMarks += c.questionMarks;
    prose.exclamationMarks += c.exclamationMarks;
    prose.fullStops += c.fullStops;
    prose.commas += c.commas;
    prose.capsWords += c.capsWords;
    prose.wordChars += c.wordChars;
    prose.positive += c.positive;
    prose.negative += c.negative;
    addPos(prose.pos, c.pos);
    for (const t of c.types) distinct.add(t);
    stackTrace ||= c.stackTrace;
  }
  prose.distinctWords = distinct.size;

  const body = bodyTotals(check);
  let codeChars = 0;
  for (const b of doc.codeBlocks) {
    codeChars += b.code.length;
    stackTrace ||= STACK_TRACE.test(b.code);
  }
  for (const c of doc.inlineCode) codeChars += c.code.length;

  let urgencyPhrases = 0;
  let politenessPhrases = 0;
  for (const v of views) {
    for (const m of v.analysis.noise) {
      if (isUrgent(m.kind)) urgencyPhrases++;
      else politenessPhrases++;
    }
  }

  const stats: FeatureStats = {
    check,
    signals: check.signals,
    titleWords: check.title?.analysis.wordCount ?? 0,
    bodyWords: body.words,
    bodySentences: body.sentences,
    bodySyllables: body.syllables,
    prose,
    bodyProseChars: body.chars,
    codeChars,
    stackTrace,
    urgencyPhrases,
    politenessPhrases,
  };
  statsCache.set(doc, stats);
  return stats;
}

/** `part / whole`, 0 when the whole is 0 (features must stay finite on empty text). */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** Occurrences per 100 prose words, 0 without words. */
export function per100Words(n: number, stats: FeatureStats): number {
  return share(100 * n, stats.prose.words);
}
