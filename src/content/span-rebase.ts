// A span computed on an earlier text, moved onto the text as it is now: the edit between them is the part that
// differs after the common prefix and suffix. Spans before or after it move with it; a span it touched is dropped.

/** [start, end) in `now`, or null when the edit changed the spanned text. */
export function rebaseSpan(old: string, now: string, start: number, end: number): [number, number] | null {
  if (old === now) return [start, end];
  const max = Math.min(old.length, now.length);
  let prefix = 0;
  while (prefix < max && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  if (end <= prefix) return [start, end];
  if (start >= old.length - suffix) return [start + now.length - old.length, end + now.length - old.length];
  return null;
}
