// What the model reads of a question: the document without its unfilled template parts. A sentence with a
// placeholder ("I tried … but … happened.") and a code block of placeholders say nothing about the question,
// so they must not earn what the words around them would (issue 13: a template left as it is never raises
// the score). The model sees how many there were through the placeholders feature only. The checks and the
// explainer's spans still read the document as typed.
import { registerCache, WeakCache } from '../cache-registry';
import { sentences } from '../nlp/text-stats';
import { hasProsePlaceholder, isPlaceholderCode, prosePlaceholders, replaceProsePlaceholders } from './placeholders';
import type { ProseBlock, QuestionDocument } from './question-document';

const MARKER = 'placeholdermarker';
const views = registerCache('document/model-view: model views', new WeakCache<QuestionDocument, QuestionDocument>());
/** How many placeholders each masked view stood for (read by the placeholders feature). */
const maskedCounts = registerCache(
  'document/model-view: placeholder counts',
  new WeakCache<QuestionDocument, number>(),
);

/** Placeholders in a document as typed: in prose, and placeholder-only code blocks. */
export function placeholderCount(doc: QuestionDocument): number {
  const masked = maskedCounts.get(doc);
  if (masked !== undefined) return masked;
  let n = 0;
  for (const b of doc.prose) if (hasProsePlaceholder(b.text)) n += prosePlaceholders(b.text);
  for (const c of doc.codeBlocks) if (isPlaceholderCode(c.code)) n++;
  return n;
}

function maskBlock(block: ProseBlock): ProseBlock | null {
  if (!hasProsePlaceholder(block.text)) return block;
  // An ellipsis would end a sentence: a marker word keeps "I tried … but … happened." one sentence, all masked.
  const marked = replaceProsePlaceholders(block.text, MARKER);
  const kept = sentences(marked)
    .filter((s) => !s.text.includes(MARKER))
    .map((s) => s.text);
  // Positions are for pointing at text; the model's view is never pointed at.
  return kept.length ? { kind: block.kind, text: kept.join(' '), pieces: [] } : null;
}

/** The document the model reads (the same object when nothing is masked, which is the usual case). */
export function modelView(doc: QuestionDocument): QuestionDocument {
  let view = views.get(doc);
  if (view) return view;
  const prose = doc.prose.map(maskBlock);
  const codeBlocks = doc.codeBlocks.filter((c) => !isPlaceholderCode(c.code));
  const changed = prose.some((b, i) => b !== doc.prose[i]) || codeBlocks.length !== doc.codeBlocks.length;
  if (!changed) view = doc;
  else {
    view = {
      ...doc,
      title: prose[0] === null && doc.prose[0]?.kind === 'title' ? '' : doc.title,
      prose: prose.filter((b): b is ProseBlock => b !== null),
      codeBlocks,
    };
    maskedCounts.set(view, placeholderCount(doc));
  }
  views.set(doc, view);
  return view;
}
