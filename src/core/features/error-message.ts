// 1 when a real error is quoted: a stack-trace-like line, or a block (code block or paragraph) with an error
// line in any tool's wording (`KeyError: 'x'`, `error TS2532:`, `error[E0507]:`, `panic:`, `Fatal error:`,
// `Error in f(x) :`, `terminate called …`, `Segmentation fault`) and something specific in it: a named error
// type, a path, a number, a quoted value, brackets. "Error: error" is the shape of an error with nothing an
// answerer could use, so it does not count.
import type { Feature } from './feature';

const ERROR_LINE = new RegExp(
  [
    String.raw`\b[A-Z]\w*(?:Error|Exception)\b`,
    String.raw`(?:^|[\s\-:>\]])(?:[Ee]rror|ERROR|[Ff]atal(?: error)?|FATAL|[Pp]anic|[Ww]arning|[Nn]otice|[Ee]xception|[Uu]ncaught \w+|[Uu]nhandled exception)(?:\[\w+\]|\s+[A-Z]+\d+)?\s*:`,
    String.raw`\bError in .+:`,
    String.raw`\b(?:Traceback|terminate called|[Ss]egmentation fault|core dumped|Exception in thread|errno)\b`,
  ].join('|'),
);
// A named error type, or a detail: digits, a path or dotted name, quotes, brackets or a call.
const SPECIFIC = /\b[A-Z][a-z]\w*(?:Error|Exception)\b|\d|[\w)\]]\.[\w(]|[/\\]\w|["'`‘’“”]|[()[\]{}<>]/;
// The generic words of an error line, taken out before looking for something specific.
const GENERIC = /\b(?:error|exception|fatal|panic|warning|notice)\b\s*:?/gi;

/** A block with an error line and, somewhere in it, something specific besides the error's own words. */
export function quotesSpecificError(blocks: Iterable<string>): boolean {
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines.some((line) => ERROR_LINE.test(line)) && SPECIFIC.test(block.replace(GENERIC, ' '))) return true;
  }
  return false;
}

export const errorMessage: Feature = {
  id: 'error-message',
  label: 'Quotes an error message or stack trace',
  family: 'question',
  monotone: 1,
  compute: ({ doc, stats }) => (stats.stackTrace || quotesSpecificError(doc.codeBlocks.map((c) => c.code)) || quotesSpecificError(doc.prose.map((b) => b.text)) ? 1 : 0),
};
