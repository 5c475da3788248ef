import type { Item } from '../model';
import type { Settings } from '../settings';

export type Watch = Settings['watch'];

/** Whether the user watches anything at all. */
export function hasWatch(w: Watch): boolean {
  return w.regions.length + w.themes.length + w.keywords.filter((k) => k.trim()).length > 0;
}

/** Lower-case and fold umlauts so "Buergerbuero" finds "Bürgerbüro". */
export function foldText(s: string): string {
  return s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

/**
 * Whether an item matches the watch rules: any of the regions AND any of the themes AND any of the
 * keywords, each facet ignored when empty. An empty watch matches everything.
 */
export function matchesWatch(item: Pick<Item, 'regions' | 'themes' | 'title' | 'summary'>, w: Watch): boolean {
  if (w.regions.length && !item.regions.some((r) => w.regions.includes(r))) return false;
  if (w.themes.length && !item.themes.some((t) => w.themes.includes(t))) return false;
  const keywords = w.keywords.map((k) => foldText(k.trim())).filter(Boolean);
  if (keywords.length) {
    const text = foldText(`${item.title} ${item.summary}`);
    if (!keywords.some((k) => text.includes(k))) return false;
  }
  return true;
}
