import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Item } from '../model';
import type { ViewFilter } from '../messages';
import type { KommunalradarDb } from '../store/db';
import { queryItems } from '../store/queries';
import { useLiveQuery } from './use-live-query';

export interface PagedItems {
  items: Item[];
  /** True until the first result for the current filter arrived. */
  loading: boolean;
  hasMore: boolean;
  loadMore(): void;
}

/** The first page: a screenful and some (the popup shows about 15 compact rows, the full page 30). */
export const FIRST_PAGE = 40;

/**
 * The newest items matching `filter`: `firstPage` at first, so the first paint reads only what
 * a screen shows, then `pageSize` more each time `loadMore` is called (the list calls it when
 * the user scrolls near the end). The query walks an index and stops after `limit + 1`
 * matches, so a page costs the same with 50 or 50,000 stored items.
 */
export function usePagedItems(db: KommunalradarDb, filter: ViewFilter, pageSize = 100, firstPage = FIRST_PAGE): PagedItems {
  const key = JSON.stringify(filter);
  const [limit, setLimit] = useState(firstPage);
  useEffect(() => setLimit(firstPage), [key, firstPage]);
  const result = useLiveQuery(
    async () => ({ key, rows: await queryItems(db, filter, { limit: limit + 1 }) }),
    [db, key, limit],
    undefined as { key: string; rows: Item[] } | undefined,
  );
  const loadMore = useCallback(() => setLimit((l) => l + pageSize), [pageSize]);
  const rows = result?.rows ?? [];
  return {
    items: rows.slice(0, limit),
    loading: result === undefined || result.key !== key,
    hasMore: rows.length > limit,
    loadMore,
  };
}
