/**
 * The full page's list grouped by day: a heading row ("Heute", "Gestern", then the date)
 * before the first item of each day, as flat rows for the virtual list.
 */
import type { Item } from '../model';
import { dayKey, formatDay, previousDay, type UiLang } from './format-date';

export type ListRow =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'item'; key: string; item: Item; index: number };

/** The heading of the day `ts` falls on, seen from `now`. */
export function dayLabel(ts: number, now: number, lang: UiLang, timeZone?: string): string {
  const day = dayKey(ts, timeZone);
  const today = dayKey(now, timeZone);
  if (day === today) return lang === 'de' ? 'Heute' : 'Today';
  if (day === previousDay(today)) return lang === 'de' ? 'Gestern' : 'Yesterday';
  return formatDay(ts, lang, timeZone);
}

/** Rows for `items` (newest first): a day row whenever the day changes; `index` is the item's position in `items`. */
export function groupByDay(items: readonly Item[], now: number, lang: UiLang, timeZone?: string): ListRow[] {
  const rows: ListRow[] = [];
  let last = '';
  items.forEach((item, index) => {
    const day = dayKey(item.sortAt, timeZone);
    if (day !== last) {
      rows.push({ kind: 'day', key: `day-${day}`, label: dayLabel(item.sortAt, now, lang, timeZone) });
      last = day;
    }
    rows.push({ kind: 'item', key: item.id, item, index });
  });
  return rows;
}
