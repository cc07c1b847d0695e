// The one contract every heuristic check implements, plus the context they share (document + cached NLP).
import type { FieldName, Finding, Severity, Span } from '../../shared/finding';
import type { ProseBlock, QuestionDocument } from '../document/question-document';
import { sourceRange } from '../document/source-range';
import { registerCache } from '../cache-registry';
import { analyseBlock } from '../nlp/block-analysis';
import { RecentObjects } from '../util/lru';
import { tagSentence, type SentenceTags } from '../nlp/tagger';
import type { ProseView } from './prose-view';
import { computeSignals, type QuestionSignals } from './signals';

export interface Check {
  /** Stable kebab-case id, also the `id` of its findings. */
  id: string;
  /** Short name a user understands (used as the score contribution label). */
  title: string;
  run(ctx: CheckContext): Finding[];
}

export interface CheckContext {
  doc: QuestionDocument;
  /** The title block, or null when the title is empty. */
  title: ProseView | null;
  /** Body prose blocks in order (code excluded). */
  body: ProseView[];
  /** Question-level signals shared with the gate and the scorer. */
  signals: QuestionSignals;
  /** compromise tags of one sentence (cached per sentence text). */
  tags(sentenceText: string): SentenceTags;
}

export function blockField(block: ProseBlock): FieldName {
  if (block.kind === 'title') return 'title';
  return block.pieces[0]?.field ?? 'body';
}

const contextCache = registerCache('checks/check: check contexts', new RecentObjects<QuestionDocument, CheckContext>());

export function createContext(doc: QuestionDocument): CheckContext {
  const cached = contextCache.get(doc);
  if (cached) return cached;
  let title: ProseView | null = null;
  const body: ProseView[] = [];
  for (const block of doc.prose) {
    const view: ProseView = { block, field: blockField(block), analysis: analyseBlock(block.text) };
    if (view.field === 'title') title ??= view;
    else body.push(view);
  }
  const ctx: CheckContext = { doc, title, body, signals: computeSignals(doc, title, body), tags: tagSentence };
  contextCache.set(doc, ctx);
  return ctx;
}

/** Span of a whole field (for `scope: 'field'` findings). */
export function fieldSpan(doc: QuestionDocument, field: FieldName): Span {
  return { field, start: 0, end: doc[field].length };
}

/** A heuristic finding about a whole field. */
export function fieldFinding(
  doc: QuestionDocument,
  id: string,
  field: FieldName,
  severity: Severity,
  message: string,
): Finding {
  return { id, span: fieldSpan(doc, field), scope: 'field', message, severity, source: 'heuristic' };
}

/**
 * A heuristic finding pointing at `[from, to)` of a prose block. When the block has no source positions
 * (HTML documents) it falls back to a field finding, so the check still counts towards the score.
 */
export function spanFinding(
  ctx: CheckContext,
  view: ProseView,
  from: number,
  to: number,
  id: string,
  severity: Severity,
  message: string,
): Finding {
  const span = sourceRange(view.block, from, to);
  if (span) return { id, span, scope: 'span', message, severity, source: 'heuristic' };
  return fieldFinding(ctx.doc, id, view.field, severity, message);
}

/** All prose views, title first. */
export function allProse(ctx: CheckContext): ProseView[] {
  return ctx.title ? [ctx.title, ...ctx.body] : ctx.body;
}

/** Totals over the body's prose blocks (from their cached analyses): readability and the features share them. */
export function bodyTotals(ctx: CheckContext): { words: number; sentences: number; syllables: number; chars: number } {
  const totals = { words: 0, sentences: 0, syllables: 0, chars: 0 };
  for (const v of ctx.body) {
    totals.words += v.analysis.wordCount;
    totals.sentences += v.analysis.sentences.length;
    totals.syllables += v.analysis.syllableCount;
    totals.chars += v.block.text.length;
  }
  return totals;
}
