// Small field parsers shared by the readers. Plain string operations: no regexes, no guessing.
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

/**
 * A question id as a decimal integer string. Accepts pandas float spelling (`4356273.0`) because
 * klandersen wrote ids through a float column; rejects empty, negative, fractional or non-numeric.
 */
export function parseQuestionId(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? String(raw) : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
}

/** Optional user id: same rules as an id, but absent/`nan` gives undefined instead of an error. */
export function parseOptionalUserId(raw: unknown): string | undefined {
  return parseQuestionId(raw) ?? undefined;
}

/** Integer score or null. */
export function parseScore(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : null;
}

/** Tags in dump form `<a><b>` or new-dump form `|a|b|`; a plain array passes through. */
export function parseTags(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === 'string' && t !== '');
  if (typeof raw !== 'string') return [];
  const text = raw.trim();
  if (text === '') return [];
  if (text.startsWith('|')) return text.split('|').filter((t) => t !== '');
  if (text.startsWith('<') && text.endsWith('>'))
    return text
      .slice(1, -1)
      .split('><')
      .filter((t) => t !== '');
  return text.split(' ').filter((t) => t !== '');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoFromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | undefined {
  const parts = [y, mo, d, h, mi, s];
  if (!parts.every(Number.isInteger)) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 1990 || y > 2100) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** `2014-01-21T20:26:05.383` or `2008-08-29 21:27:23` (MySQL/pandas) -> ISO `YYYY-MM-DDTHH:MM:SS`. */
export function parseDumpDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const sep = text.includes('T') ? 'T' : ' ';
  const [date = '', time = '00:00:00'] = text.split(sep);
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return isoFromParts(y, mo, d, h ?? 0, mi ?? 0, Math.floor(s ?? 0));
}

/** Excel's US form `M/D/YYYY H:MM` (ramananthan) -> ISO. */
export function parseUsDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const [date = '', time = '0:00'] = raw.trim().split(' ');
  const [mo, d, y] = date.split('/').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return isoFromParts(y, mo, d, h ?? 0, mi ?? 0, s ?? 0);
}

/** Unix seconds (Stack Exchange API) -> ISO in UTC. */
export function parseUnixSeconds(raw: unknown): string | undefined {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
  return new Date(raw * 1000).toISOString().slice(0, 19);
}

/** Era = the year of creation when known, else the set's documented range. */
export function eraOf(createdAt: string | undefined, fallback: string): string {
  return createdAt ? createdAt.slice(0, 4) : fallback;
}

/**
 * The Stack Exchange API HTML-escapes titles (`doesn&#39;t`); dumps and CSVs do not. Decoded with the
 * HTML parser the document layer uses, so every entity form is handled.
 */
export function decodeHtmlText(text: string): string {
  if (!text.includes('&')) return text;
  const collect = (node: Nodes): string =>
    node.type === 'text'
      ? node.value
      : 'children' in node
        ? node.children.map((c) => collect(c as Nodes)).join('')
        : '';
  return collect(fromHtml(text, { fragment: true }));
}

/**
 * klandersen's raw bodies keep the dump's XML newline escape `&#xA;` inside the HTML. In HTML it
 * means the same newline, so it is turned into one: every HTML body then has real line breaks.
 */
export function decodeDumpNewlines(html: string): string {
  return html.split('&#xA;').join('\n').split('&#xD;').join('\r');
}

/** A field is empty when it has no non-white-space character. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
