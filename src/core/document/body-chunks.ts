// Splits a Markdown body into chunks that CommonMark parses independently: the same document whether
// parsed whole or chunk by chunk. A keystroke changes one chunk, so only that chunk is parsed again.

/**
 * Constructs whose extent this line scanner does not track: link definitions (used anywhere) and HTML
 * blocks (some span blank lines, and fences inside them are not fences). Bodies with them parse whole.
 */
const CROSS_CHUNK = /^ {0,3}(?:\[[^\]\n]+\]:|<)/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
/** A line that may continue the block before a blank line: indented, or a list item. */
const CONTINUES = /^(?:[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/** Start offsets of the chunks of `body` (always begins with 0). */
export function chunkStarts(body: string): number[] {
  const starts = [0];
  if (CROSS_CHUNK.test(body)) return starts;
  let fence: string | null = null;
  let afterBlank = false;
  let offset = 0;
  while (offset < body.length) {
    const newline = body.indexOf('\n', offset);
    const end = newline === -1 ? body.length : newline + 1;
    const line = body.slice(offset, newline === -1 ? body.length : newline).replace(/\r$/, '');
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && BLANK.test(line.slice(fenceMatch[0].length))) fence = null;
    } else if (BLANK.test(line)) {
      afterBlank = true;
    } else {
      if (afterBlank && !CONTINUES.test(line)) starts.push(offset);
      afterBlank = false;
      if (fenceMatch) fence = fenceMatch[1];
    }
    offset = end;
  }
  return starts;
}
