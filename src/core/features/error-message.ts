// 1 when a real error is quoted: a stack-trace-like line, or a block (code block or paragraph) with an error
// line in any tool's wording (`KeyError: 'x'`, `error TS2532:`, `error[E0507]:`, `panic:`, `Fatal error:`,
// `Error in f(x) :`, `terminate called …`, `Segmentation fault`) and something specific in it: a named error
// type, a path, a number, a quoted value, brackets. "Error: error" is the shape of an error with nothing an
// answerer could use, so it does not count. A block the sentence before it introduces as what a tool printed
// ("ffmpeg prints:") counts too, whatever the tool's wording.
import type { QuestionDocument } from '../document/question-document';
import { blockMemo } from '../nlp/block-memo';
import { codeLikeShare } from './code-substance';
import { ERROR_LINE, GENERIC, SPECIFIC } from './error-lines';
import type { Feature } from './feature';

/**
 * A block with an error line and, somewhere in it, something specific besides the error's own words; in prose
 * (`wordy`), the line's message after the error's marker must hold it, or be a few words of its own after a colon.
 */
export function quotesSpecificError(blocks: Iterable<string>, wordy = false): boolean {
  for (const block of blocks)
    if ((wordy ? wordyMemo : plainMemo)(block, () => blockQuotesError(block, wordy))) return true;
  return false;
}

function blockQuotesError(block: string, wordy: boolean): boolean {
  const lines = block.split('\n');
  if (!lines.some((line) => ERROR_LINE.test(line))) return false;
  if (!wordy) return SPECIFIC.test(block.replace(GENERIC, ' '));
  // In prose the message is what follows the error's marker on its line: "it says panic: assignment to entry in
  // nil map" quotes one; "My program throws an exception:" and a title "Traceback when running the script" do not.
  return lines.some((line) => {
    const m = ERROR_LINE.exec(line);
    if (!m) return false;
    const after = line.slice(m.index + m[0].length);
    if (SPECIFIC.test(`${m[0]}${after}`.replace(GENERIC, ' '))) return true;
    return /:\s*$/.test(m[0]) && new Set(after.toLowerCase().match(/\p{L}+/gu) ?? []).size >= 3;
  });
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
