import type { Item } from '../model';
import type { Settings } from '../settings';
import { itemMatcher } from '../store/filter';

export type Watch = Settings['watch'];

/** Whether the user watches anything at all. */
export function hasWatch(w: Watch): boolean {
  return w.regions.length + w.themes.length + w.keywords.filter((k) => k.trim()).length > 0;
}

/**
 * The watch rules as a predicate: any of the regions AND any of the themes AND any of the
 * keywords (folded: "Buergerbuero" finds "Bürgerbüro"), each facet ignored when empty. An empty
 * watch matches everything. The matching is the store's (store/filter.ts).
 */
export function watchMatcher(w: Watch): (item: Pick<Item, 'regions' | 'themes' | 'title' | 'summary'>) => boolean {
  return itemMatcher({ regions: w.regions, themes: w.themes, keywords: w.keywords });
}

/** Whether an item matches the watch rules (see watchMatcher). */
export function matchesWatch(item: Pick<Item, 'regions' | 'themes' | 'title' | 'summary'>, w: Watch): boolean {
  return watchMatcher(w)(item);
}
