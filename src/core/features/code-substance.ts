// Share of code-block lines that look like code or its output (brackets, operators, a call, a path, an
// identifier, a prompt, an error line, an upper-case keyword as in SQL, a line ending in `;`, `:` or `{`, a block
// keyword) rather than plain words: "foo bar baz" or lorem ipsum in a fence
// is not a code sample. 0 without code blocks.
import { blockMemo } from '../nlp/block-memo';
import type { Feature } from './feature';

const CODE_LIKE =
  /[(){}[\];=<>$@\\|&^~`]|::|[\w)\]]\.[\w(]|\w(?:->|::|\+\+|--)|\b[a-z]+[A-Z]\w*|\b\w+_\w+|^\s*(?:#|\/\/|--|\/\*|\*|>|%)|\d+\s*[-+*/]\s*\d+|^\s*\d+[\s,.]+\d|^\s*[A-Z]{3,}(?:\s|$)|[;:{]\s*$|^\s*(?:end|fi|done|esac|else|then|do|begin)\s*$/;

// Per block text: [non-empty lines, code-like lines] (a keystroke in prose leaves every code block's count as is).
const lineCounts = blockMemo<readonly [number, number]>('features/code-substance: line counts', 512);

export function codeLikeShare(blocks: readonly string[]): number {
  let lines = 0;
  let codeLike = 0;
  for (const code of blocks) {
    const [n, c] = lineCounts(code, () => {
      let n = 0;
      let c = 0;
      for (const line of code.split('\n')) {
        if (line.trim() === '') continue;
        n++;
        if (CODE_LIKE.test(line)) c++;
      }
      return [n, c] as const;
    });
    lines += n;
    codeLike += c;
  }
  return lines > 0 ? codeLike / lines : 0;
}

export const codeSubstance: Feature = {
  id: 'code-substance',
  label: 'Code that looks like real code',
  absentLabel: 'No code that looks like real code',
  family: 'question',
  monotone: 1,
  compute: ({ doc }) => codeLikeShare(doc.codeBlocks.map((c) => c.code)),
};
