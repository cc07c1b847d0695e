// Splits a Markdown body into chunks that CommonMark parses independently: the same document whether
// parsed whole or chunk by chunk. A keystroke changes one chunk, so only that chunk is parsed again.

/**
 * What this line scanner does not track: link definitions (used anywhere; also inside list items and
 * quotes, with labels over several lines: any "]:" counts), HTML blocks (some span blank lines, and fences
 * inside them are not fences; also after list or quote markers) and a carriage return alone (a line break
 * to CommonMark, not to this scanner). Bodies with them parse whole.
 */
const CROSS_CHUNK = /^ {0,3}(?:(?:[-+*]|\d{1,9}[.)]|>)[ \t]*)*<|\]:|\r(?!\n)/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
/** A line that may continue the block before a blank line: indented, or a list item. */
const CONTINUES = /^(?:[ \t]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/**
 * A fence opening at the margin, as CommonMark reads it (no backtick in a backtick fence's info string):
 * certainly not inside a list item or quote, whose lines are indented or marked.
 */
function marginFence(line: string): string | null {
  const m = /^(`{3,}|~{3,})(.*)$/.exec(line);
  if (!m || (m[1][0] === '`' && m[2].includes('`'))) return null;
  return m[1];
}

/**
 * Any other line where a fence may open: indented, after list or quote markers ("2. ```js", "    ```" under
 * an item), or not a fence at all ("```a`b"). A fence inside a container closes with it, which this scanner
 * does not track, so no chunk starts after such a line (the rest parses as one chunk; over-matching only
 * makes chunks larger).
 */
const MAYBE_FENCE = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)]|>)[ \t]*)*(?:`{3,}|~{3,})/;

/** Start offsets of the chunks of `body` (always begins with 0). */
export function chunkStarts(body: string): number[] {
  if (CROSS_CHUNK.test(body)) return [0];
  return scan(body, 0, false, [0]);
}

/** Chunks an earlier body was split into, for `chunkStartsAfter`. */
export interface Chunked {
  body: string;
  starts: readonly number[];
}

/**
 * `chunkStarts(body)` from an earlier body's chunks (the one of `earlier` sharing the most): the scanner's
 * state at a chunk start is always the same (outside any fence, after a blank line), and the starts before
 * it depend only on the text before it. So the chunks ending before the first changed character are kept
 * and the scan resumes at the next start. `kept` chunks of `from` are unchanged (their text and the start
 * after them); `resumed` is where the scan resumed (0: the whole body was scanned).
 */
export function chunkStartsAfter<C extends Chunked>(
  body: string,
  earlier: readonly C[],
): { starts: number[]; resumed: number; from: C | null; kept: number } {
  let from: C | null = null;
  let best = 0;
  for (const before of earlier) {
    // The last earlier start whose whole prefix is unchanged (starts grow, so the test is monotone). Text
    // before starts[lo] is known to be equal, so a step compares only from there: at most about twice the
    // common prefix in all, instead of up to the whole common prefix at every step.
    let lo = 0;
    let hi = before.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const known = before.starts[lo];
      const at = before.starts[mid];
      // Slices compared, not startsWith: far faster on long bodies (docs/performance.md).
      if (at <= body.length && body.slice(known, at) === before.body.slice(known, at)) lo = mid;
      else hi = mid - 1;
    }
    if (lo > best) {
      best = lo;
      from = before;
    }
  }
  if (!from) return { starts: chunkStarts(body), resumed: 0, from: null, kept: 0 };
  const resumed = from.starts[best];
  // The earlier body had no line that spans chunks (it was chunked), and its lines before `resumed` are unchanged.
  if (CROSS_CHUNK.test(body.slice(resumed))) return { starts: [0], resumed: 0, from: null, kept: 0 };
  const starts = scan(body, resumed, true, from.starts.slice(0, best));
  return { starts, resumed, from, kept: starts[best] === resumed ? best : best - 1 };
}

/** The line scan from `offset` (a line start), with the state before it, appending to `starts`. */
function scan(body: string, offset: number, afterBlank: boolean, starts: number[]): number[] {
  let fence: string | null = null;
  while (offset < body.length) {
    const newline = body.indexOf('\n', offset);
    const end = newline === -1 ? body.length : newline + 1;
    const line = body.slice(offset, newline === -1 ? body.length : newline).replace(/\r$/, '');
    if (fence !== null) {
      const closing = FENCE.exec(line);
      if (
        closing &&
        closing[1][0] === fence[0] &&
        closing[1].length >= fence.length &&
        BLANK.test(line.slice(closing[0].length))
      )
        fence = null;
    } else if (BLANK.test(line)) {
      afterBlank = true;
    } else {
      if (afterBlank && !CONTINUES.test(line)) starts.push(offset);
      afterBlank = false;
      const opening = marginFence(line);
      if (opening) fence = opening;
      else if (MAYBE_FENCE.test(line)) return starts;
    }
    offset = end;
  }
  return starts;
}
