// Lines that look like code but sit in prose (not in a fenced/indented block or inline code) are hard to
// read and get mangled by Markdown. Markdown bodies are scanned line by line, because indentation and line
// ends are lost in the normalised prose; each run of code-like lines gives one finding.
import type { Finding } from '../../shared/finding';
import { blockMemo } from '../nlp/block-memo';
import { fieldFinding, type Check, type CheckContext } from './check';

// One of these makes a line code.
const STRONG: RegExp[] = [
  /[;{]\s*$/, // statement or block end
  /^\s*[}\])]+[;,)]*\s*$/, // closing brackets alone
  /^\s*(?:def|class)\s+\w+.*:\s*$/, // Python definitions
  /^\s*(?:function\b|async\s+function\b|(?:const|let|var)\s+[\w{[]+\s*=|import\s+[\w{*]|from\s+[\w.]+\s+import\b|#include\s*[<"]|#define\s|package\s+[\w.]+;?\s*$|using\s+[\w.]+;|(?:public|private|protected)\s+(?:static\s+)?\w+)/,
  /\bfunction\s*\(|=>\s*[{(]|\)\s*\{|\bconsole\.log\(|\bSystem\.out\.print|\bprintf\s*\(|\bprint\s*\(.*\)\s*$/,
  /^\s*(?:if|for|while|switch|catch|elif|else\s+if)\s*\(.*\)\s*\{?\s*$/,
  /^\s*[\w$.]+(?:\[[^\]]*\])?\s*(?:=|\+=|-=|\*=|\/=|:=)\s*[^\s=].*$/, // assignment `x = …`
  /^\s*[\w$]+(?:\.[\w$]+)*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*;?\s*$/, // a line that is only a call
  /^\s*<\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>/, // an HTML tag
  /^\s*(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW))\b.*\b(?:FROM|VALUES|SET|WHERE|\()/,
  /^\s*(?:Traceback \(most recent call last\)|at [\w.$<>]+\(.*\)\s*$|File ".*", line \d+)/, // stack traces
  /^\s*\$\s+\w[\w.-]*\s/, // shell prompt
];

// Plain prose: ends like a sentence, several ordinary words, no braces or semicolons.
function isProse(line: string): boolean {
  if (/[;{}]/.test(line)) return false;
  const plainWords = line.match(/(?:^|\s)[A-Za-z][a-z']*[,.!?:]?(?=\s|$)/g)?.length ?? 0;
  return /[.!?:]\s*$/.test(line) && plainWords >= 6;
}

export function looksLikeCode(raw: string): boolean {
  const line = raw.replace(/^\s*(?:>\s?)+/, ''); // blockquote markers
  if (line.trim().length === 0 || isProse(line)) return false;
  return STRONG.some((re) => re.test(line));
}

// A line next to a code-like one that continues it: indented, or mostly symbols.
function continuesCode(line: string): boolean {
  if (line.trim().length === 0 || isProse(line)) return false;
  if (/^\s+\S/.test(line)) return true;
  const symbols = line.replace(/[\w\s]/g, '').length;
  return symbols / line.trim().length > 0.2;
}

function overlapsCode(ranges: Array<[number, number]>, start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start < b && a < end) return true;
  return false;
}

interface Line {
  text: string;
  start: number;
  index: number;
}

function markdownLines(body: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of body.split('\n')) {
    out.push({ text: text.replace(/\r$/, ''), start, index: out.length });
    start += text.length + 1;
  }
  return out;
}

// Lines recur from keystroke to keystroke: the test is cached by line text.
const lineLooksLikeCode = blockMemo<boolean>('checks/code-not-formatted: code-like lines', 4096);

const MESSAGE =
  'This looks like code: put it in a code block (``` fences or 4-space indent) so it is formatted as code.';

function runMarkdown(ctx: CheckContext): Finding[] {
  const lines = markdownLines(ctx.doc.body).filter(
    (l) => !overlapsCode(ctx.doc.codeRanges, l.start, l.start + Math.max(1, l.text.length)),
  );
  const strong = lines.map((l) => lineLooksLikeCode(l.text, () => looksLikeCode(l.text)));
  const out: Finding[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!strong[i]) {
      i++;
      continue;
    }
    let first = i;
    let last = i;
    const adjacent = (a: Line, b: Line) => b.index === a.index + 1;
    while (first > 0 && adjacent(lines[first - 1], lines[first]) && continuesCode(lines[first - 1].text)) first--;
    while (
      last + 1 < lines.length &&
      adjacent(lines[last], lines[last + 1]) &&
      (strong[last + 1] || continuesCode(lines[last + 1].text))
    )
      last++;
    const a = lines[first];
    const b = lines[last];
    const start = a.start + (a.text.length - a.text.trimStart().length);
    const end = b.start + b.text.trimEnd().length;
    out.push({
      id: 'code-not-formatted',
      span: { field: 'body', start, end },
      scope: 'span',
      message: MESSAGE,
      severity: 'warning',
      source: 'heuristic',
    });
    i = last + 1;
  }
  return out;
}

export const codeNotFormatted: Check = {
  id: 'code-not-formatted',
  title: 'Code not formatted as code',
  run(ctx) {
    if (ctx.doc.format === 'markdown') return runMarkdown(ctx);
    // HTML has no source lines: any code-like prose block marks the body.
    const hit = ctx.body.some((v) => looksLikeCode(v.block.text));
    return hit ? [fieldFinding(ctx.doc, 'code-not-formatted', 'body', 'warning', MESSAGE)] : [];
  },
};
