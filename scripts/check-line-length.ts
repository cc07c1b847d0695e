// No line over 120 characters, except URLs and data: a line may run long only by what it holds in string,
// template or regex literals (question texts, model-card prose, patterns), or when it holds a URL. The formatter
// (Biome) wraps code; this catches what it cannot: comments, and code it leaves long.
//   npx tsx scripts/check-line-length.ts   (exit code 1 and one line per offence)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAX_LINE = 120;
const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;
// Generated or vendored: the topic lexicon is data derived by a script, fixture pages bundle editors' demos.
const EXCLUDED = [/^tests\/fixtures\//, /^models\//, /^src\/core\/document\/topic-terms-data\.ts$/];
const URL = /\b(?:https?|ftp):\/\//;

/**
 * For each character of `text`, whether it lies inside a string, template (with its `${…}` parts) or regex
 * literal (1) or not (0).
 * A lexer good enough for this repository's TypeScript: a `/` starts a regex after an operator, a bracket or a
 * keyword-like word, else it divides.
 */
export function literalMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  // Template nesting: each entry is the brace depth at which a `${` was opened.
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  let last = ''; // last significant character outside literals and comments
  let templateStart = -1; // where the outermost template literal began
  const readQuoted = (quote: string) => {
    mask[i++] = 1;
    while (i < text.length && text[i] !== quote && text[i] !== '\n') {
      if (text[i] === '\\') mask[i++] = 1;
      mask[i++] = 1;
    }
    if (i < text.length) mask[i++] = 1;
  };
  const readTemplate = () => {
    // From just after a backtick or a closing `}` of `${…}`, up to the closing backtick or the next `${`.
    while (i < text.length) {
      if (text[i] === '\\') {
        mask[i++] = 1;
        mask[i++] = 1;
      } else if (text[i] === '`') {
        mask[i++] = 1;
        return;
      } else if (text[i] === '$' && text[i + 1] === '{') {
        templates.push(depth++);
        i += 2;
        return;
      } else mask[i++] = 1;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      readQuoted(c);
      last = 'a';
    } else if (c === '`') {
      if (templates.length === 0) templateStart = i;
      mask[i++] = 1;
      readTemplate();
      if (templates.length === 0) mask.fill(1, templateStart, i);
      last = 'a';
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth--;
      i++;
      readTemplate();
      if (templates.length === 0) mask.fill(1, templateStart, i);
      last = 'a';
    } else if (c === '/' && (last === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(last))) {
      // A regex literal: up to the unescaped `/` outside a class, then its flags.
      let inClass = false;
      mask[i++] = 1;
      while (i < text.length && text[i] !== '\n') {
        const r = text[i];
        mask[i++] = 1;
        if (r === '\\') mask[i++] = 1;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      while (i < text.length && /[a-z]/.test(text[i])) mask[i++] = 1;
      last = 'a';
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (!/\s/.test(c)) last = /[\w$)\]]/.test(c) ? 'a' : c;
      // `return /x/` and `typeof /x/`: a word that is a keyword lets a regex follow.
      if (/[\w$]/.test(c)) {
        let j = i;
        while (j < text.length && /[\w$]/.test(text[j])) j++;
        if (/^(?:return|typeof|case|in|of|void|yield|await)$/.test(text.slice(i, j))) last = '(';
        i = j;
        continue;
      }
      i++;
    }
  }
  return mask;
}

/** Lines over the limit even without their literals' characters, and holding no URL, as [line number, length]. */
export function longLines(text: string, max = MAX_LINE): Array<[number, number]> {
  const mask = literalMask(text);
  const out: Array<[number, number]> = [];
  let start = 0;
  text.split('\n').forEach((line, n) => {
    if (line.length > max && !URL.test(line)) {
      let literal = 0;
      for (let k = start; k < start + line.length; k++) literal += mask[k];
      if (line.length - literal > max) out.push([n + 1, line.length]);
    }
    start += line.length + 1;
  });
  return out;
}

function main(): void {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => SOURCE.test(f) && !EXCLUDED.some((x) => x.test(f)));
  let offences = 0;
  for (const file of files) {
    for (const [line, length] of longLines(readFileSync(file, 'utf8'))) {
      console.log(`${file}:${line}: ${length} characters (at most ${MAX_LINE}, outside literals and URLs)`);
      offences++;
    }
  }
  if (offences > 0) {
    console.log(`${offences} lines over ${MAX_LINE} characters.`);
    process.exit(1);
  }
  console.log(`No line over ${MAX_LINE} characters outside literals and URLs (${files.length} files).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
