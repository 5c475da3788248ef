/** Dates as the popup and the options page show them, in German or English. */

export type UiLang = 'de' | 'en';

const MIN = 60_000;
const HOUR = 60 * MIN;

function dayKey(ts: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ts);
}

/** The calendar day before a YYYY-MM-DD key (calendar arithmetic, so DST days do not matter). */
function previousDay(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
}

function clock(ts: number, lang: UiLang, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(ts);
}

/** A calendar date: "12.05.2025" in German, "12 May 2025" in English. */
export function formatDay(ts: number, lang: UiLang, timeZone?: string): string {
  return lang === 'de'
    ? new Intl.DateTimeFormat('de-DE', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(ts)
    : new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ts);
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
