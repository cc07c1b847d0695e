// The questions people type in the E2E tests: a weak one, and a better one about the same problem.

export interface TypedQuestion {
  title: string;
  body: string;
}

/**
 * Starts with "help plz urgent my code dont work". Those 7 words alone are below the gate's minimum
 * (src/core/gate.ts: 8 words) and get no score at all, so the weak question goes on a little to be scored.
 */
export const WEAK: TypedQuestion = {
  title: 'help plz urgent',
  body: 'my code dont work, pls fix it asap!!!',
};

/** Specific title; what was tried; a fenced code block; the exact error; a clear question. */
export const BETTER: TypedQuestion = {
  title: 'Why does JSON.parse throw "Unexpected token u" when reading a config file in Node 20?',
  body: [
    'My app parses a JSON config file at startup. I checked the path and tried the utf8 encoding.',
    '',
    '```js',
    "const raw = fs.readFile('config.json', 'utf8');",
    'const config = JSON.parse(raw);',
    '```',
    '',
    'The error is:',
    '',
    '    SyntaxError: Unexpected token u in JSON at position 0',
    '',
    'How can I make JSON.parse receive the file contents?',
  ].join('\n'),
};

/** A single field holds the whole question: title line, blank line, body. */
export function asOneField(q: TypedQuestion): string {
  return `${q.title}\n\n${q.body}`;
}
