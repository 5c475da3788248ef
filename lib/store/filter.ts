/**
 * The item filter the UI, the badge, the watch rules and the feed generator share, as a plain
 * predicate, and the one newest-first order.
 * Index selection lives in queries.ts; this module only decides whether one item matches.
 */
import type { Item, RegionCode } from '../model';
import { foldForms } from '../normalize/fold';

/**
 * What to show. Empty or missing lists do not restrict. regions/themes/sourceIds match
 * any of the given values; `search` matches title and summary case-insensitively and
 * umlaut-aware, every whitespace-separated term must occur; `since` is a lower bound on sortAt.
 */
export interface ItemFilter {
  regions?: RegionCode[];
  themes?: string[];
  sourceIds?: string[];
  unreadOnly?: boolean;
  search?: string;
  /** Any of these phrases in title or summary (watch rules, published feeds); folded like `search`. */
  keywords?: string[];
  since?: number;
}

/** The text an item is searched in. */
type Searchable = Pick<Item, 'title' | 'summary'>;

/**
 * A predicate over title and summary, or null when no term is given. Terms are compared in both
 * folded forms (normalize/fold.ts); `every` needs all terms, otherwise any one suffices.
 */
function textMatcher(terms: readonly string[], every: boolean): ((i: Searchable) => boolean) | null {
  const wanted = terms.map((t) => t.trim()).filter((t) => t !== '').map(foldForms);
  if (wanted.length === 0) return null;
  return (i) => {
    const [spelt, bare] = foldForms(`${i.title}\n${i.summary}`);
    const hit = ([s, b]: [string, string]) => spelt.includes(s) || bare.includes(b);
    return every ? wanted.every(hit) : wanted.some(hit);
  };
}

/** A predicate for `search` (every whitespace-separated term must occur), or null when it is blank. */
export function searchMatcher(search: string | undefined): ((i: Searchable) => boolean) | null {
  return textMatcher((search ?? '').split(/\s+/), true);
}

function nonEmpty<T>(list: T[] | undefined): list is T[] {
  return Array.isArray(list) && list.length > 0;
}

/** Whether the filter restricts anything at all. */
export function isEmptyFilter(filter: ItemFilter): boolean {
  return (
    !nonEmpty(filter.regions) &&
    !nonEmpty(filter.themes) &&
    !nonEmpty(filter.sourceIds) &&
    !filter.unreadOnly &&
    (filter.search ?? '').trim() === '' &&
    !(filter.keywords ?? []).some((k) => k.trim() !== '') &&
    filter.since === undefined
  );
}

/** The fields a matcher reads; sourceId, sortAt and unread only when the filter asks about them. */
export type Matchable = Pick<Item, 'regions' | 'themes' | 'title' | 'summary'> & Partial<Pick<Item, 'sourceId' | 'sortAt' | 'unread'>>;

/** Builds the predicate for `filter`: the one item matcher of the store, the feeds and the watch rules. */
export function itemMatcher(filter: ItemFilter): (i: Matchable) => boolean {
  const regions = nonEmpty(filter.regions) ? new Set<string>(filter.regions) : null;
  const themes = nonEmpty(filter.themes) ? new Set(filter.themes) : null;
  const sources = nonEmpty(filter.sourceIds) ? new Set(filter.sourceIds) : null;
  const search = searchMatcher(filter.search);
  const keywords = textMatcher(filter.keywords ?? [], false);
  const since = filter.since;
  return (i) =>
    (!filter.unreadOnly || i.unread === 1) &&
    (since === undefined || (i.sortAt ?? -Infinity) >= since) &&
    (!sources || sources.has(i.sourceId ?? '')) &&
    (!regions || i.regions.some((r) => regions.has(r))) &&
    (!themes || i.themes.some((t) => themes.has(t))) &&
    (!search || search(i)) &&
    (!keywords || keywords(i));
}

/** Newest first; equal sortAt by id descending (the order IndexedDB walks an index backwards). */
export function compareNewest(a: Pick<Item, 'sortAt' | 'id'>, b: Pick<Item, 'sortAt' | 'id'>): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
