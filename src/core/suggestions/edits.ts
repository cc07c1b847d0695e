// Text edits on the typed Markdown. Each touches only the range it is about (plus the punctuation and
// one space that would otherwise be left dangling), so the rest of what the person wrote is unchanged.
import type { QuestionInput } from '../../shared/question';

/** Removes `[start, end)` (a phrase) and tidies the punctuation and spaces around it. */
export function removePhrase(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  // "**Urgent**" → remove the emphasis markers with the phrase, not leave "****".
  for (let m = /[*_~]+$/.exec(text.slice(0, a)); m && text.startsWith(m[0], b); m = /[*_~]+$/.exec(text.slice(0, a))) {
    a -= m[0].length;
    b += m[0].length;
  }
  const before = text.slice(0, a);
  const atSentenceStart = /(?:^|[.!?:]|\n)[ \t]*$/.test(before);
  if (atSentenceStart) {
    // "Hi all, I have…" → "I have…": the phrase's own trailing punctuation goes with it.
    b += /^[ \t]*[,!.:;]*[ \t]*/.exec(text.slice(b))![0].length;
    // Nothing left on the line: take the spaces before it too ("…why. Thanks!" → "…why.").
    if (b === text.length || text[b] === '\n' || text[b] === '\r') a -= /[ \t]*$/.exec(before)![0].length;
    const rest = text.slice(b);
    const out = text.slice(0, a) + rest;
    // The next sentence now starts here: capitalise it.
    if (/^\p{Ll}/u.test(rest)) return text.slice(0, a) + rest[0].toUpperCase() + rest.slice(1);
    return out;
  }
  const next = text[b];
  if (text[a - 1] === ' ' && (next === undefined || next === ' ' || next === '\n' || /[.,!?;:)]/.test(next))) a -= 1;
  // "It fails, thanks!" → "It fails!" (no comma left before the sentence end).
  if (/[,;]/.test(text[a - 1] ?? '') && (b === text.length || /[.!?\n]/.test(text[b]))) a -= 1;
  return text.slice(0, a) + text.slice(b);
}

/** Removes several ranges (non-overlapping), last first so earlier offsets stay valid. */
export function removePhrases(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const r of [...ranges].sort((x, y) => y.start - x.start)) out = removePhrase(out, r.start, r.end);
  return out;
}

/** Appends a Markdown block after the body, separated by a blank line; the body itself is kept as is. */
export function appendBlock(body: string, block: string): string {
  const sep = body.length === 0 || body.endsWith('\n\n') ? '' : body.endsWith('\n') ? '\n' : '\n\n';
  return body + sep + block;
}

/** The edit appending `block` to the body (appendBlock); title and body otherwise as typed. */
export const appendToBody =
  (block: string) =>
  (input: QuestionInput): QuestionInput => ({ ...input, body: appendBlock(input.body, block) });

const SPLIT_POINT = /,?\s+(and|but|so)\s+|;\s+|,\s+/g;
const MIN_SIDE_WORDS = 4;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Splits the sentence at `[start, end)` of `text` in two at the conjunction or comma nearest its middle
 * ("A, and B" → "A. B"; "A but B" → "A. But B"). `blocked(i)` marks offsets that must not be split
 * (inside code). Returns null when there is no split point leaving both halves a few words long.
 */
export function splitSentence(
  text: string,
  start: number,
  end: number,
  blocked: (i: number) => boolean = () => false,
): string | null {
  const sentence = text.slice(start, end);
  const mid = sentence.length / 2;
  let best: { index: number; length: number; conj: string | undefined } | null = null;
  for (const m of sentence.matchAll(SPLIT_POINT)) {
    const left = sentence.slice(0, m.index);
    const right = sentence.slice(m.index + m[0].length);
    if (wordCount(left) < MIN_SIDE_WORDS || wordCount(right) < MIN_SIDE_WORDS) continue;
    if (blocked(start + m.index)) continue;
    if (!best || Math.abs(m.index - mid) < Math.abs(best.index - mid))
      best = { index: m.index, length: m[0].length, conj: m[1]?.toLowerCase() };
  }
  if (!best) return null;
  const left = sentence.slice(0, best.index).replace(/[,;\s]+$/, '');
  let right = sentence.slice(best.index + best.length);
  // "and" only joined the halves; "but"/"so" carry meaning and stay.
  if (best.conj === 'but' || best.conj === 'so') right = `${best.conj} ${right}`;
  right = right.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return `${text.slice(0, start)}${left}. ${right}${text.slice(end)}`;
}
