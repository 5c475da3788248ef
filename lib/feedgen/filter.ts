/** Which stored items a generated feed carries. */
import type { Item } from '../model';
import { compareNewest, itemMatcher, type ItemFilter } from '../store/filter';

/**
 * Narrows a feed. Every given criterion must hold; within one list any entry suffices.
 * An absent or empty list does not narrow. Keywords match title or summary ignoring case and
 * umlaut spelling. The matching is the store's (store/filter.ts).
 */
export interface FeedFilter extends Pick<ItemFilter, 'regions' | 'themes' | 'keywords' | 'sourceIds' | 'since'> {
  /** How many items at most (default 100; Infinity for all). */
  limit?: number;
}

export const DEFAULT_FEED_LIMIT = 100;

export { compareNewest };

/** The items that pass `filter`, newest first (compareNewest), at most `limit`. Does not modify `items`. */
export function filterItems(items: Item[], filter: FeedFilter): Item[] {
  const limit =
    filter.limit === undefined || Number.isNaN(filter.limit)
      ? DEFAULT_FEED_LIMIT
      : Math.max(0, Math.floor(filter.limit));
  const { limit: _limit, ...criteria } = filter;
  return items.filter(itemMatcher(criteria)).sort(compareNewest).slice(0, limit);
}
