/**
 * German dates inside page text: `24.03.2025`, `25.3.2025`, `Mi., 19.03.2025 - 10:15`,
 * `3. März 2025`, `[27.03.2025]`, ISO `2025-03-24`. A hand-written scan with no regular
 * expression, linear in the text; a day without a time is midnight of that day in Berlin.
 */
import { berlinToUtc, parseDate } from '../parse/dates';

export interface FoundDate {
  /** Where the date (with a weekday before it, if any) starts and ends in the text. */
  start: number;
  end: number;
  /** Epoch milliseconds. */
  at: number;
}

/** Text scanned for a date; an item's date sits near its start. */
const SCAN_CAP = 2000;

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jän: 1, jänner: 1, feb: 2, februar: 2, february: 2,
  mär: 3, märz: 3, mrz: 3, maerz: 3, mar: 3, march: 3, apr: 4, april: 4, mai: 5, may: 5,
  jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11, dez: 12, dezember: 12, dec: 12, december: 12,
};

const WEEKDAYS = new Set([
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
  'samstag', 'sonnabend', 'sonntag', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** The first date in `text` (looked for in its first 2,000 characters), or null. */
export function findDate(text: string, from = 0): FoundDate | null {
  const t = text.length > SCAN_CAP ? text.slice(0, SCAN_CAP) : text;
  for (let i = from; i < t.length; i++) {
    if (!isDigit(t.charCodeAt(i)) || (i > 0 && isDigit(t.charCodeAt(i - 1)))) continue;
    const found = dateAt(t, i);
    if (found) return found;
  }
  return null;
}

/**
 * A date that opens the text (after `[`, `(` or a weekday), and the text after it without
 * the separator that follows (`]`, `–`, `-`, `:`, `|`). Null when the text does not start with a date
 * or nothing follows it.
 */
export function leadingDate(text: string): { at: number; rest: string } | null {
  let i = 0;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text[i] === '[' || text[i] === '(')) i++;
  const found = findDate(text.slice(0, 120), 0);
  if (!found || found.start > i) return null;
  let j = found.end;
  while (j < text.length && (isSpace(text.charCodeAt(j)) || ']):|–—-·,/'.includes(text[j]!))) j++;
  const rest = text.slice(j);
  return rest === '' ? null : { at: found.at, rest };
}

/**
 * A date value as a rule reads it: `datetime`/`content` attributes (ISO) or text.
 * `format` 'iso' reads only ISO 8601, 'de' only German forms, 'auto' both.
 */
export function readDate(value: string, format: 'auto' | 'de' | 'iso' = 'auto'): number | null {
  const v = value.trim().slice(0, 200);
  if (v === '') return null;
  if (format !== 'de' && isDigit(v.charCodeAt(0)) && v[4] === '-') {
    const iso = parseDate(v);
    if (iso !== null) return iso;
  }
  if (format === 'iso') return null;
  return findDate(v)?.at ?? monthYear(v) ?? (format === 'auto' ? parseDate(v) : null);
}

/** "Dezember 2025", "Nov. 2025" as the whole value: the first of that month, midnight in Berlin. */
function monthYear(v: string): number | null {
  let i = 0;
  while (i < v.length && i < 12 && isLetter(v[i]!)) i++;
  const month = MONTHS[v.slice(0, i).toLowerCase()];
  if (month === undefined) return null;
  if (v[i] === '.') i++;
  if (!isSpace(v.charCodeAt(i))) return null;
  while (i < v.length && isSpace(v.charCodeAt(i))) i++;
  const y0 = i;
  while (i < v.length && isDigit(v.charCodeAt(i)) && i - y0 < 5) i++;
  if (i - y0 !== 4 || i !== v.length) return null;
  return wallToUtc(+v.slice(y0, i), month, 1, 0, 0);
}

function dateAt(t: string, i: number): FoundDate | null {
  let j = i;
  while (j < t.length && isDigit(t.charCodeAt(j)) && j - i < 5) j++;
  const first = t.slice(i, j);
  if (first.length === 4 && t[j] === '-') return isoAt(t, i);
  if (first.length > 2 || t[j] !== '.') return null;
  const day = +first;
  j++;
  // Numeric: D.M.YYYY or D.M.YY
  if (isDigit(t.charCodeAt(j))) {
    const m0 = j;
    while (j < t.length && isDigit(t.charCodeAt(j)) && j - m0 < 3) j++;
    if (j - m0 > 2 || t[j] !== '.') return null;
    const month = +t.slice(m0, j);
    j++;
    const y0 = j;
    while (j < t.length && isDigit(t.charCodeAt(j)) && j - y0 < 5) j++;
    const yLen = j - y0;
    if (yLen !== 2 && yLen !== 4) return null;
    const year = yLen === 2 ? 2000 + +t.slice(y0, j) : +t.slice(y0, j);
    return withTime(t, i, j, year, month, day);
  }
  // Textual: D. Monat YYYY
  while (j < t.length && isSpace(t.charCodeAt(j))) j++;
  const w0 = j;
  while (j < t.length && j - w0 < 12 && isLetter(t[j]!)) j++;
  const month = MONTHS[t.slice(w0, j).toLowerCase()];
  if (month === undefined) return null;
  if (t[j] === '.') j++;
  if (!isSpace(t.charCodeAt(j))) return null;
  while (j < t.length && isSpace(t.charCodeAt(j))) j++;
  const y0 = j;
  while (j < t.length && isDigit(t.charCodeAt(j)) && j - y0 < 5) j++;
  if (j - y0 !== 4) return null;
  return withTime(t, i, j, +t.slice(y0, j), month, day);
}

/** Adds an optional time (`, 10:15`, ` - 10:15 Uhr`, ` um 9:30`) and a weekday before the date. */
function withTime(t: string, start: number, end: number, y: number, mo: number, d: number): FoundDate | null {
  if (isDigit(t.charCodeAt(end))) return null;
  let h = 0;
  let mi = 0;
  let j = end;
  while (j < t.length && (isSpace(t.charCodeAt(j)) || t[j] === ',' || t[j] === '-' || t[j] === '–' || t[j] === '|') && j - end < 6) j++;
  if (t.slice(j, j + 3) === 'um ') j += 3;
  const h0 = j;
  while (j < t.length && isDigit(t.charCodeAt(j)) && j - h0 < 3) j++;
  if (j - h0 >= 1 && j - h0 <= 2 && t[j] === ':' && isDigit(t.charCodeAt(j + 1)) && isDigit(t.charCodeAt(j + 2))) {
    h = +t.slice(h0, j);
    mi = +t.slice(j + 1, j + 3);
    end = j + 3;
    if (t.slice(end, end + 4) === ' Uhr') end += 4;
  }
  const at = wallToUtc(y, mo, d, h, mi);
  if (at === null) return null;
  return { start: weekdayStart(t, start), end, at };
}

function isoAt(t: string, i: number): FoundDate | null {
  let j = i;
  while (j < t.length && j - i < 40 && !isSpace(t.charCodeAt(j)) && t[j] !== '<' && t[j] !== ']' && t[j] !== ')') j++;
  let token = t.slice(i, j);
  while (token.length > 10 && !isDigit(token.charCodeAt(token.length - 1)) && token[token.length - 1] !== 'Z') token = token.slice(0, -1);
  const at = parseDate(token.length > 10 ? token : token.slice(0, 10));
  if (at === null) return null;
  return { start: i, end: i + token.length, at };
}

/** Extends the start over a weekday before the date: `Mi., `, `Mittwoch, `. */
function weekdayStart(t: string, start: number): number {
  let k = start;
  while (k > 0 && isSpace(t.charCodeAt(k - 1))) k--;
  if (k > 0 && t[k - 1] === ',') k--;
  if (k > 0 && t[k - 1] === '.') k--;
  const w1 = k;
  while (k > 0 && w1 - k < 12 && isLetter(t[k - 1]!)) k--;
  if (k > 0 && isLetter(t[k - 1]!)) return start;
  return w1 > k && WEEKDAYS.has(t.slice(k, w1).toLowerCase()) ? k : start;
}

function wallToUtc(y: number, mo: number, d: number, h: number, mi: number): number | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return berlinToUtc(Date.UTC(y, mo - 1, d, h, mi));
}
