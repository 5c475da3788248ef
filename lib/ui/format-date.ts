/** Dates as the popup and the options page show them, in German or English. */

export type UiLang = 'de' | 'en';

const MIN = 60_000;
const HOUR = 60 * MIN;

type FormatName = 'dayKey' | 'clock-de' | 'clock-en' | 'day-de' | 'day-en';

const FORMATS: Record<FormatName, [string, Intl.DateTimeFormatOptions]> = {
  dayKey: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  'clock-de': ['de-DE', { hour: '2-digit', minute: '2-digit' }],
  'clock-en': ['en-GB', { hour: '2-digit', minute: '2-digit' }],
  'day-de': ['de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }],
  'day-en': ['en-GB', { day: 'numeric', month: 'short', year: 'numeric' }],
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per format and time zone, made on first use: creating one costs far
 * more than formatting with it (a popup of 100 rows spent most of its first render doing so).
 */
function formatter(name: FormatName, timeZone?: string): Intl.DateTimeFormat {
  const key = `${name}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const [locale, options] = FORMATS[name];
    formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  }
  return f;
}

/** The calendar day of `ts` as YYYY-MM-DD in `timeZone` (the browser's by default). */
export function dayKey(ts: number, timeZone?: string): string {
  return formatter('dayKey', timeZone).format(ts);
}

/** The calendar day before a YYYY-MM-DD key (calendar arithmetic, so DST days do not matter). */
export function previousDay(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
}

function clock(ts: number, lang: UiLang, timeZone?: string): string {
  return formatter(lang === 'de' ? 'clock-de' : 'clock-en', timeZone).format(ts);
}

/** A calendar date: "12.05.2025" in German, "12 May 2025" in English. */
export function formatDay(ts: number, lang: UiLang, timeZone?: string): string {
  return formatter(lang === 'de' ? 'day-de' : 'day-en', timeZone).format(ts);
}

/**
 * An item's date relative to `now`: "gerade eben", "vor 5 Min.", "vor 3 Std." on the same
 * day, "gestern, 14:30", else the date. Times in the future (a feed's clock ahead of ours)
 * count as "just now". `timeZone` defaults to the browser's.
 */
export function formatRelative(ts: number, now: number, lang: UiLang, timeZone?: string): string {
  const diff = now - ts;
  const today = dayKey(now, timeZone);
  if (diff < MIN) return lang === 'de' ? 'gerade eben' : 'just now';
  if (diff < HOUR) {
    const m = Math.floor(diff / MIN);
    return lang === 'de' ? `vor ${m} Min.` : `${m} min ago`;
  }
  if (dayKey(ts, timeZone) === today) {
    const h = Math.floor(diff / HOUR);
    return lang === 'de' ? `vor ${h} Std.` : `${h} h ago`;
  }
  if (dayKey(ts, timeZone) === previousDay(today)) {
    return lang === 'de' ? `gestern, ${clock(ts, lang, timeZone)}` : `yesterday, ${clock(ts, lang, timeZone)}`;
  }
  return formatDay(ts, lang, timeZone);
}

/** Date and time in full, for tooltips and the options page: "19.05.2025, 10:00". */
export function formatDateTime(ts: number, lang: UiLang, timeZone?: string): string {
  return `${formatDay(ts, lang, timeZone)}, ${clock(ts, lang, timeZone)}`;
}

/**
 * The age for a one-line row: as formatRelative without "vor"/"ago" ("30 Min.", "3 Std."),
 * "gestern" without the time; older dates as the day.
 */
export function formatAge(ts: number, now: number, lang: UiLang, timeZone?: string): string {
  const long = formatRelative(ts, now, lang, timeZone);
  if (lang === 'de') return long.startsWith('vor ') ? long.slice(4) : long.startsWith('gestern') ? 'gestern' : long;
  return long.endsWith(' ago') ? long.slice(0, -4) : long.startsWith('yesterday') ? 'yesterday' : long;
}
