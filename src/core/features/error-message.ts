// 1 when a real error is quoted: a stack-trace-like line, or a block (code block or paragraph) with an error
// line in any tool's wording (`KeyError: 'x'`, `error TS2532:`, `error[E0507]:`, `panic:`, `Fatal error:`,
// `Error in f(x) :`, `terminate called …`, `Segmentation fault`) and something specific in it: a named error
// type, a path, a number, a quoted value, brackets. "Error: error" is the shape of an error with nothing an
// answerer could use, so it does not count. A block the sentence before it introduces as what a tool printed
// ("ffmpeg prints:") counts too, whatever the tool's wording.
import type { QuestionDocument } from '../document/question-document';
import { blockMemo } from '../nlp/block-memo';
import { codeLikeShare } from './code-substance';
import type { Feature } from './feature';

const ERROR_LINE = new RegExp(
  [
    String.raw`\b[A-Z]\w*(?:Error|Exception)\b`,
    String.raw`(?:^|[\s\-:>\]])(?:[Ee]rror|ERROR|[Ff]atal(?: error)?|FATAL|[Pp]anic|PANIC|[Ww]arning|WARNING|[Nn]otice|[Ee]xception|[Uu]ncaught \w+|[Uu]nhandled exception)(?:\[\w+\]|\s+[A-Z]+\d+)?\s*:`,
    String.raw`\bError in .+:`,
    String.raw`\b(?:Traceback|terminate called|[Ss]egmentation fault|core dumped|Exception in thread|errno)\b`,
    // The operating system's and the network's wording: no "error" in it.
    String.raw`\b(?:FAILED|No such file or directory|Permission denied|command not found|not found|exited with code \d+|Connection refused|Access denied|has been blocked|is not defined|undefined reference|not recognized as)\b`,
  ].join('|'),
);
// A named error type, or a detail: digits, a path or dotted name, quotes, brackets or a call.
const SPECIFIC = /\b[A-Z][a-z]\w*(?:Error|Exception)\b|\d|[\w)\]]\.[\w(]|[/\\]\w|["'`‘’“”]|[()[\]{}<>]/;
// The generic words of an error line, taken out before looking for something specific.
const GENERIC = /\b(?:error|exception|fatal|panic|warning|notice)\b\s*:?/gi;

/**
 * A block with an error line and, somewhere in it, something specific besides the error's own words; in
 * prose (`wordy`), a message of a few words of its own counts too ("it says panic: assignment to entry in nil map").
 */
export function quotesSpecificError(blocks: Iterable<string>, wordy = false): boolean {
  for (const block of blocks)
    if ((wordy ? wordyMemo : plainMemo)(block, () => blockQuotesError(block, wordy))) return true;
  return false;
}

function blockQuotesError(block: string, wordy: boolean): boolean {
  const lines = block.split('\n');
  if (!lines.some((line) => ERROR_LINE.test(line))) return false;
  const rest = block.replace(GENERIC, ' ');
  return SPECIFIC.test(rest) || (wordy && new Set(rest.toLowerCase().match(/\p{L}+/gu) ?? []).size >= 4);
}

// Per block text: a keystroke re-tests only the edited block.
const plainMemo = blockMemo<boolean>('features/error-message: plain', 1024);
const wordyMemo = blockMemo<boolean>('features/error-message: wordy', 2048);

// The sentence before a code block that says the block is what a tool printed: "it fails with:", "Xcode shows
// this warning:", "ffmpeg prints:", "The console shows:"; or any introduction ("Startup stops with:") of a
// block that is not code itself.
const INTRODUCES = /:\s*$/;
const INTRODUCES_OUTPUT =
  /\b(?:errors?|exceptions?|warnings?|traceback|stack ?trace|prints?|printed|shows?|showed|says|said|outputs?|fails?|failed|complains?|throws?|threw|crash(?:es|ed)?|log(?:s|ged)?|messages?)\b[^.!?]*:\s*$/i;

/** A code block that the prose right before it introduces as a tool's error or output (Markdown positions needed). */
export function introducedAsOutput(doc: QuestionDocument): boolean {
  for (const code of doc.codeBlocks) {
    if (code.start === null || !SPECIFIC.test(code.code.replace(GENERIC, ' '))) continue;
    let before: string | null = null;
    let end = -1;
    for (const b of doc.prose) {
      const last = b.pieces[b.pieces.length - 1];
      if (b.kind === 'title' || !last || last.field !== 'body') continue;
      const blockEnd = last.start + last.length;
      if (blockEnd <= code.start && blockEnd > end) {
        end = blockEnd;
        before = b.text;
      }
    }
    // Introduced as output, or introduced at all ("Startup stops with:") and not code itself.
    if (
      before !== null &&
      (INTRODUCES_OUTPUT.test(before) || (INTRODUCES.test(before) && codeLikeShare([code.code]) < 0.5))
    )
      return true;
  }
  return false;
}

export const errorMessage: Feature = {
  id: 'error-message',
  label: 'Quotes an error message or stack trace',
  absentLabel: 'No error message or stack trace',
  family: 'question',
  monotone: 1,
  compute: ({ doc, stats }) =>
    stats.stackTrace ||
    quotesSpecificError(doc.codeBlocks.map((c) => c.code)) ||
    quotesSpecificError(
      doc.prose.map((b) => b.text),
      true,
    ) ||
    introducedAsOutput(doc)
      ? 1
      : 0,
};
