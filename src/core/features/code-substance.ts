// Code-block lines that look like code or its output (log1p of their count): brackets, operators, a call, a path,
// an identifier, a prompt, an upper-case keyword as in SQL, a line ending in `;`, `:` or `{`, a block keyword, or a
// tool's error line with something specific in it. "foo bar baz" or lorem ipsum in a fence counts nothing. A count,
// not a share (q-2026.12-1 used the share): adding real code or its output can then only raise it and deleting
// it only lower it (issue 13, direction), where a share fell when an error block joined the code.
import { blockMemo } from '../nlp/block-memo';
import { isSpecificErrorLine } from './error-lines';
import type { Feature } from './feature';

const CODE_LIKE =
  /[(){}[\];=<>$@\\|&^~`]|::|[\w)\]]\.[\w(]|\w(?:->|::|\+\+|--)|\b[a-z]+[A-Z]\w*|\b\w+_\w+|^\s*(?:#|\/\/|--|\/\*|\*|>|%)|\d+\s*[-+*/]\s*\d+|^\s*\d+[\s,.]+\d|^\s*[A-Z]{3,}(?:\s|$)|[;:{]\s*$|^\s*(?:end|fi|done|esac|else|then|do|begin)\s*$/;

// Per block text: [non-empty lines, code-like lines, error lines that are not code-like otherwise] (a keystroke in
// prose leaves every code block's count as is).
const lineCounts = blockMemo<readonly [number, number, number]>('features/code-substance: line counts', 512);

function counts(blocks: readonly string[]): [lines: number, code: number, errors: number] {
  let lines = 0;
  let code = 0;
  let errors = 0;
  for (const block of blocks) {
    const [n, c, e] = lineCounts(block, () => {
      let n = 0;
      let c = 0;
      let e = 0;
      for (const line of block.split('\n')) {
        if (line.trim() === '') continue;
        n++;
        if (CODE_LIKE.test(line)) c++;
        else if (isSpecificErrorLine(line)) e++;
      }
      return [n, c, e] as const;
    });
    lines += n;
    code += c;
    errors += e;
  }
  return [lines, code, errors];
}

/** Lines of the blocks that look like code, and with `output` (the default) a tool's specific error lines. */
export function codeLikeLines(blocks: readonly string[], output = true): number {
  const [, code, errors] = counts(blocks);
  return output ? code + errors : code;
}

/** Share of the blocks' non-empty lines that look like code (error output not counted); 0 without blocks. */
export function codeLikeShare(blocks: readonly string[]): number {
  const [lines, code] = counts(blocks);
  return lines > 0 ? code / lines : 0;
}

export const codeSubstance: Feature = {
  id: 'code-substance',
  label: 'Code that looks like real code (lines, log scale)',
  absentLabel: 'No code that looks like real code',
  family: 'question',
  monotone: 1,
  compute: ({ doc }) => Math.log1p(codeLikeLines(doc.codeBlocks.map((c) => c.code))),
};
