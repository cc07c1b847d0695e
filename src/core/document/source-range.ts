// Maps ranges of a prose block's normalised text back to the original field, so findings can
// point at exactly what the person typed.
import type { Span } from '../../shared/finding';
import type { ProseBlock, SourcePiece } from './question-document';

/** Index of the first piece whose end (offset + length) is after `pos`, or pieces.length. */
function firstPieceEndingAfter(pieces: SourcePiece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = pieces[mid];
    if (p.offset + p.length > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Maps `[from, to)` of `block.text` to `[start, end)` in the block's original field.
 * Characters with no verbatim source (decoded entities, the space standing for inline code) are
 * skipped: the span starts at the first mapped character at or after `from` and ends after the last
 * mapped character before `to`. Returns null when nothing in the range maps (e.g. HTML documents,
 * which have no positions) or the range is empty/out of bounds.
 */
export function sourceRange(block: ProseBlock, from: number, to: number): Span | null {
  const { pieces } = block;
  if (!(from >= 0) || !(to <= block.text.length) || !(from < to) || pieces.length === 0) return null;
  const first = firstPieceEndingAfter(pieces, from);
  if (first >= pieces.length) return null;
  const a = pieces[first];
  if (a.offset >= to) return null;
  const start = a.start + Math.max(0, from - a.offset);
  // Last piece starting before `to`.
  let last = firstPieceEndingAfter(pieces, to - 1);
  if (last >= pieces.length || pieces[last].offset >= to) last -= 1;
  if (last < first) return null;
  const b = pieces[last];
  const end = b.start + Math.min(b.length, to - b.offset);
  if (end <= start || a.field !== b.field) return null;
  return { field: a.field, start, end };
}
