// What an error line is, for the features that look for quoted errors (error-message.ts, code-substance.ts).
// Not a feature itself.

/** An error line in any tool's wording. */
export const ERROR_LINE = new RegExp(
  [
    String.raw`\b[A-Z]\w*(?:Error|Exception)\b`,
    String.raw`(?:^|[\s\-:>\]])(?:[Ee]rror|ERROR|[Ff]atal(?: error)?|FATAL|[Pp]anic|PANIC|[Ww]arning|WARNING|[Nn]otice|[Ee]xception|[Uu]ncaught \w+|[Uu]nhandled exception)(?:\[\w+\]|\s+[A-Z]+\d+)?\s*:`,
    String.raw`\bError in .+:`,
    String.raw`\b(?:Traceback|terminate called|[Ss]egmentation fault|core dumped|Exception in thread|errno)\b`,
    // The operating system's and the network's wording: no "error" in it.
    String.raw`\b(?:FAILED|No such file or directory|Permission denied|command not found|not found|exited with code \d+|Connection refused|Access denied|has been blocked|is not defined|undefined reference|not recognized as)\b`,
  ].join('|'),
);

/** A named error type, or a detail: digits, a path or dotted name, quotes, brackets or a call. */
export const SPECIFIC = /\b[A-Z][a-z]\w*(?:Error|Exception)\b|\d|[\w)\]]\.[\w(]|[/\\]\w|["'`‘’“”]|[()[\]{}<>]/;
/** The generic words of an error line, taken out before looking for something specific. */
export const GENERIC = /\b(?:error|exception|fatal|panic|warning|notice)\b\s*:?/gi;

/** An error line with something specific besides the error's own words, or a message of a few words of its own. */
export function isSpecificErrorLine(line: string): boolean {
  if (!ERROR_LINE.test(line)) return false;
  const rest = line.replace(GENERIC, ' ');
  return SPECIFIC.test(rest) || new Set(rest.toLowerCase().match(/\p{L}+/gu) ?? []).size >= 3;
}
