/**
 * Feed dates → epoch milliseconds.
 *
 * Written by hand on purpose: `new Date()` reads `05.03.2025` as 3 May, drops `Mo, 03 Mär 2025`
 * and returns Invalid Date for `CEST`, and no date library handles the German forms municipal
 * CMSs emit. A time without a zone is Europe/Berlin wall time (the feeds are German), computed
 * from the EU DST rule here so that the result never depends on the machine's TZ or on Intl.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Month names and abbreviations, English and German, lower case, without a trailing dot. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, jän: 1, jänner: 1,
  feb: 2, february: 2, februar: 2,
  mar: 3, march: 3, mär: 3, mrz: 3, märz: 3, maerz: 3,
  apr: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dez: 12, dezember: 12,
};

/** Zone names in offset minutes. MET/MEZ = CET, MEST/MESZ = CEST (German abbreviations). */
const ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  cet: 60, met: 60, mez: 60, cest: 120, mest: 120, mesz: 120,
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** `03.03.2025`, `3.3.25, 10:00 Uhr`, `Mo., 03.03.2025 - 10:00` */
const GERMAN_NUMERIC =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s*(?:(?:,|-|–|um)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?(?:\s+(\p{L}{1,5}|[+-]\d{2}:?\d{2}))?$/iu;
/** RFC 822/1123 and German textual: `Mon, 03 Mar 2025 10:00:00 +0100`, `Montag, 3. März 2025 - 10:00` */
const TEXTUAL =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4}|\d{2})(?:\s*(?:(?:,|-|–|um)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?)?(?:\s+(\p{L}{1,5}|[+-]\d{2}:?\d{2}))?$/iu;

/**
 * Parse a feed date: RFC 822/1123 (named and numeric zones, two-digit years, any weekday),
 * RFC 3339/ISO 8601, and the German forms (`03.03.2025 10:00`, `3. März 2025`,
 * `Mo, 03 Mär 2025 10:00:00 +0100`, `[05.03.2025]`). A date without a time is midnight in
 * Berlin. Returns null for anything unparseable or implausible (year outside 1900–2200).
 */
export function parseDate(s: string): number | null {
  let t = s.trim();
  // Capped before anything else looks at it: a date with a long comment is still short.
  if (t.length > DATE_INPUT_MAX) return null;
  const fast = rfc822Fast(t);
  if (fast !== undefined) return fast;
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1).trim();
  // RFC 822 allows a trailing comment: `… +0100 (CET)`.
  if (t.endsWith(')')) t = stripTrailingComment(t);
  if (t === '' || t.length > 80) return null;
  let m = ISO.exec(t);
  if (m) {
    return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), num(m[5]), num(m[6]), m[7]);
  }
  m = GERMAN_NUMERIC.exec(t);
  if (m) {
    return build(year(m[3]!), +m[2]!, +m[1]!, num(m[4]), num(m[5]), num(m[6]), m[7]);
  }
  m = TEXTUAL.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) return null;
    return build(year(m[3]!), month, +m[1]!, num(m[4]), num(m[5]), num(m[6]), m[7]);
  }
  return null;
}

/** The longest trimmed input looked at: 80 characters of date plus a zone comment. */
const DATE_INPUT_MAX = 160;

/** `… +0100 (CET)` → `… +0100`: the last parenthesised part, when nothing follows it. */
function stripTrailingComment(t: string): string {
  const open = t.lastIndexOf('(');
  if (open === -1 || t.indexOf(')', open) !== t.length - 1) return t;
  return t.slice(0, open).trimEnd();
}

/**
 * The form nearly every feed uses, `Mon, 03 Mar 2025 10:00:00 +0100` (or `GMT`), read by
 * position instead of by the general patterns, which cost more than the rest of an item's
 * date handling. Returns undefined for anything else, including near misses, so that those
 * take the general path; what it does read, TEXTUAL reads the same way.
 */
function rfc822Fast(t: string): number | null | undefined {
  const n = t.length;
  if (n !== 29 && n !== 31) return undefined;
  if (t.charCodeAt(3) !== 44 || t.charCodeAt(4) !== 32 || t.charCodeAt(7) !== 32 || t.charCodeAt(11) !== 32) return undefined;
  if (t.charCodeAt(16) !== 32 || t.charCodeAt(19) !== 58 || t.charCodeAt(22) !== 58 || t.charCodeAt(25) !== 32) return undefined;
  if (!asciiLetters(t, 0, 3) || !asciiLetters(t, 8, 11)) return undefined;
  const day = digits(t, 5, 7);
  const y = digits(t, 12, 16);
  const h = digits(t, 17, 19);
  const mi = digits(t, 20, 22);
  const sec = digits(t, 23, 25);
  if (day < 0 || y < 0 || h < 0 || mi < 0 || sec < 0) return undefined;
  // The zone: `GMT`, or a sign and four digits.
  let offset: number | undefined = 0;
  if (n === 29) {
    if (!t.endsWith('GMT')) return undefined;
  } else {
    const sign = t.charCodeAt(26);
    const hh = digits(t, 27, 29);
    const mm = digits(t, 29, 31);
    if ((sign !== 43 && sign !== 45) || hh < 0 || mm < 0) return undefined;
    // As zoneOffset reads it: an impossible offset is no offset (Berlin time).
    offset = hh > 14 || mm > 59 ? undefined : (sign === 45 ? -1 : 1) * (hh * 60 + mm);
  }
  const month = SHORT_MONTHS.get(((t.charCodeAt(8) | 32) << 16) | ((t.charCodeAt(9) | 32) << 8) | (t.charCodeAt(10) | 32));
  if (month === undefined) return undefined;
  return buildAt(y, month, day, h, mi, sec, offset);
}

/** The three-letter ASCII names of MONTHS, keyed by their lower-case character codes. */
const SHORT_MONTHS: ReadonlyMap<number, number> = new Map(
  Object.entries(MONTHS)
    .filter(([name]) => /^[a-z]{3}$/.test(name))
    .map(([name, month]) => [(name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2), month]),
);

function asciiLetters(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The decimal value of t[from, to) when it is all ASCII digits, else -1. */
function digits(t: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function num(v: string | undefined): number {
  return v === undefined ? 0 : +v;
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx; we stretch that to 69 (70–99 are 19xx). */
function year(v: string): number {
  const y = +v;
  if (v.length > 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function build(
  y: number, mo: number, d: number, h: number, mi: number, sec: number, zone: string | undefined,
): number | null {
  return buildAt(y, mo, d, h, mi, sec, zone === undefined ? undefined : zoneOffset(zone));
}

/** The instant of a date and time at `offset` minutes east of UTC; undefined: Berlin time. */
function buildAt(
  y: number, mo: number, d: number, h: number, mi: number, sec: number, offset: number | undefined,
): number | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h > 24 || mi > 59 || sec > 60 || (h === 24 && (mi > 0 || sec > 0))) return null;
  // A leap second is folded into the minute's last second.
  const wall = Date.UTC(y, mo - 1, d, h, mi, Math.min(sec, 59));
  if (offset === undefined) return berlinToUtc(wall);
  return wall - offset * 60_000;
}

/** Offset in minutes for a zone token; undefined for unknown names (treated as Berlin time). */
function zoneOffset(zone: string): number | undefined {
  const c = zone.charCodeAt(0);
  if (c === 43 || c === 45) {
    // `+0100`, `+01:00`, `+01`: two digits of hours, then (after an optional colon) minutes.
    const m = zone.charCodeAt(3) === 58 ? 4 : 3;
    const hh = +zone.slice(1, 3);
    const mm = zone.length > m ? +zone.slice(m, m + 2) : 0;
    if (hh > 14 || mm > 59) return undefined;
    return (c === 45 ? -1 : 1) * (hh * 60 + mm);
  }
  return ZONES[zone.toLowerCase()];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, mo: number): number {
  if (mo !== 2) return MONTH_DAYS[mo - 1]!;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** UTC instant of 01:00 UTC on the last Sunday of a month: when EU clocks change. */
function lastSundayAt1(y: number, mo: number): number {
  const last = Date.UTC(y, mo - 1, daysInMonth(y, mo));
  // 1 January 1970 was a Thursday (4); the remainder is negative before it.
  const dow = ((Math.floor(last / DAY) + 4) % 7 + 7) % 7;
  return last - dow * DAY + HOUR;
}

/** Whether Central European Summer Time is in force at a UTC instant (EU rule). */
export function isBerlinSummerTime(utc: number): boolean {
  const y = new Date(utc).getUTCFullYear();
  return utc >= lastSundayAt1(y, 3) && utc < lastSundayAt1(y, 10);
}

/**
 * Wall-clock milliseconds in Berlin (as if UTC) → UTC instant. In the autumn hour that occurs
 * twice the first (summer-time) reading wins; a time in the spring gap is read as winter time.
 */
export function berlinToUtc(wall: number): number {
  const summer = wall - 2 * HOUR;
  return isBerlinSummerTime(summer) ? summer : wall - HOUR;
}
