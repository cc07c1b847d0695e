// Question-level signals (is a question asked, is there code, is there a sign of what was tried), computed once
// per document with regexes over prose. Shared by the checks, the gate and the scorer.
import type { QuestionDocument } from '../document/question-document';
import { blockMemo } from '../nlp/block-memo';
import type { ProseView } from './prose-view';

export interface QuestionSignals {
  /** Words of prose in the title and in the body (code excluded). */
  titleWords: number;
  bodyWords: number;
  /** A '?' or an interrogative sentence in the title or body prose. */
  questionAsked: boolean;
  hasCodeBlock: boolean;
  hasInlineCode: boolean;
  /** An error or failure is mentioned ("fails", "error", "crashes"). */
  mentionsError: boolean;
  /** An error message is quoted (in prose or in a code block). */
  quotesErrorMessage: boolean;
  /** "I tried …", code, an error message: some sign the asker attempted something. */
  showsAttempt: boolean;
  /** Any hint that this is a question or a problem report at all (for the gate). */
  problemSignal: boolean;
}

// '?' ending a word (not a URL query like `?a=1`). Includes the full-width question mark.
export const QUESTION_MARK = /[?？](?![\w=&%])/u;

// A sentence opening like a question: wh-words, auxiliary inversions, and indirect questions.
export const INTERROGATIVE_START =
  /^(?:(?:so|but|and|also|now|then|ok|okay|well)[,\s]+)?(?:how|what|why|when|where|which|who|whom|whose|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had|isn't|aren't|doesn't|don't|didn't|can't|couldn't|shouldn't|won't|wouldn't)\b/i;
const INDIRECT_QUESTION =
  /\b(?:i (?:wonder|want to know|would like to know|'d like to know|need to know)|is (?:there|it possible)|any (?:idea|ideas|suggestions?|way)\b|what am i doing wrong|how (?:can|do|should|would) (?:i|we|you|one))\b/i;

const ATTEMPT =
  /\b(?:i|we)(?:'ve|’ve| have| had|'d)?\s+(?:already\s+|also\s+)?(?:tried|attempted|tested|checked|searched|looked|read|followed|debugged|used|changed|added|removed|installed|updated|googled)\b|\b(?:tried|attempted|attempts?|so far|my attempt|here is what|here's what|this is what i|i get|i got|i'm getting|i am getting|it (?:returns|prints|outputs|throws|gives|shows)|the output is|expected output|expected result|instead of)\b/i;

const ERROR_MENTION =
  /\b(?:error|errors|exception|traceback|stack ?trace|segfault|segmentation fault|errno|fatal|undefined is not|is not defined|null ?pointer|cannot find|can't find|not found|failed|fails|crash(?:es|ed|ing)?)\b/i;
const ERROR_IN_CODE = /\b(?:Error|Exception|Traceback|FATAL|Fatal|errno|failed|Warning:)\b/;
// A quoted error message in prose: `TypeError`, `NullPointerException`, "error: …", a traceback.
const ERROR_MESSAGE =
  /\b(?:[A-Z]\w*(?:Error|Exception)\b|(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Ww]arning):\s|Traceback\b|errno\b)/;

const PROBLEM =
  /\b(?:how|why|what|which|problem|issue|bug|fails?|failing|broken|crash\w*|doesn'?t|does not|won'?t|not working|trying|tried|try|want|wants|need|needs|looking for|expected|instead|unable|can'?t|cannot|should|wrong|help|error|exception|possible|way to)\b/i;

/** What one prose block says (all that computeSignals reads of it), memoised by its text. */
interface BlockSignals {
  questionAsked: boolean;
  attempt: boolean;
  errorMention: boolean;
  errorMessage: boolean;
  problem: boolean;
}

// A keystroke changes one block: the others' regex results are reused (the error-message pattern alone
// costs tens of microseconds over a long question).
const blockSignalsMemo = blockMemo<BlockSignals>('checks/signals: block signals', 2048);

function blockSignals(v: ProseView): BlockSignals {
  const text = v.block.text;
  return blockSignalsMemo(text, () => ({
    questionAsked:
      QUESTION_MARK.test(text) ||
      INDIRECT_QUESTION.test(text) ||
      v.analysis.sentences.some((s) => INTERROGATIVE_START.test(s.text)),
    attempt: ATTEMPT.test(text),
    errorMention: ERROR_MENTION.test(text),
    errorMessage: ERROR_MESSAGE.test(text),
    problem: PROBLEM.test(text),
  }));
}

export function computeSignals(doc: QuestionDocument, title: ProseView | null, body: ProseView[]): QuestionSignals {
  const titleWords = title?.analysis.wordCount ?? 0;
  let bodyWords = 0;
  for (const v of body) bodyWords += v.analysis.wordCount;
  const views = title ? [title, ...body] : body;

  let questionAsked = false;
  let attempt = false;
  let errorMention = false;
  let errorMessage = false;
  let problem = false;
  for (const v of views) {
    const b = blockSignals(v);
    questionAsked ||= b.questionAsked;
    attempt ||= b.attempt;
    errorMention ||= b.errorMention;
    errorMessage ||= b.errorMessage;
    problem ||= b.problem;
  }
  const hasCodeBlock = doc.codeBlocks.length > 0;
  const hasInlineCode = doc.inlineCode.length > 0;
  const errorInCode = doc.codeBlocks.some((b) => ERROR_IN_CODE.test(b.code));
  const quotesErrorMessage = errorMessage || errorInCode;
  const mentionsError = errorMention || quotesErrorMessage;
  return {
    titleWords,
    bodyWords,
    questionAsked,
    hasCodeBlock,
    hasInlineCode,
    mentionsError,
    quotesErrorMessage,
    showsAttempt: attempt || hasCodeBlock || quotesErrorMessage,
    problemSignal: questionAsked || attempt || mentionsError || problem,
  };
}
