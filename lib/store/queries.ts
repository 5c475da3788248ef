/**
 * Reading items for the UI, the badge and the feed generator. Each query starts from an
 * index (sortAt, [unread+sortAt], firstSeenAt, *regions, *themes, sourceId), so pages stay
 * cheap with 100,000 items; wrap calls in `liveQuery` to follow the background's writes.
 */
import { LAND_CODES, type Item, type RegionCode } from '../model';
import type { KommunalradarDb } from './db';
import { type ItemFilter, isEmptyFilter, itemMatcher } from './filter';
import { DAY_MS } from './retention';

export type { ItemFilter } from './filter';

/** A page: at most `limit` items strictly after the cursor (the last item of the previous page). */
export interface PageRequest {
  limit: number;
  before?: { sortAt: number; id: string };
}

/** Below this many candidates from the facet indexes, fetching them is cheaper than walking sortAt. */
const DIRECT_FETCH_MAX = 5000;
const REGION_CODES: RegionCode[] = [...LAND_CODES, 'DE'];

function hasList(list: unknown[] | undefined): boolean {
  return Array.isArray(list) && list.length > 0;
}

/**
 * Primary keys of items whose `index` holds any of `values`. One key-range read per value
 * rather than `anyOf`: a range read is a single getAllKeys, while anyOf walks a cursor
 * (thousands of times slower in fake-indexeddb, which the CLI and tests run on).
 */
async function keysWithAny(db: KommunalradarDb, index: 'sourceId' | 'regions' | 'themes', values: string[]): Promise<Set<string>> {
  const lists = await Promise.all([...new Set(values)].map((v) => db.items.where(index).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

/** Ids allowed by the facet indexes (sources ∩ regions ∩ themes), or null when none restricts. */
async function candidateIds(db: KommunalradarDb, filter: ItemFilter): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  const narrow = (next: Set<string>) => {
    ids = ids === null ? next : new Set([...ids].filter((id) => next.has(id)));
  };
  if (hasList(filter.sourceIds)) narrow(await keysWithAny(db, 'sourceId', filter.sourceIds!));
  if (hasList(filter.regions)) narrow(await keysWithAny(db, 'regions', filter.regions!));
  if (hasList(filter.themes)) narrow(await keysWithAny(db, 'themes', filter.themes!));
  return ids;
}

/** Newest first; equal sortAt by id descending (the order IndexedDB walks an index backwards). */
export function compareNewest(a: Pick<Item, 'sortAt' | 'id'>, b: Pick<Item, 'sortAt' | 'id'>): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function beforeCursor(cursor: PageRequest['before']): (i: Item) => boolean {
  if (!cursor) return () => true;
  return (i) => compareNewest(i, cursor) > 0;
}

/**
 * Items matching `filter`, newest first (sortAt desc, then id desc), `page.limit` at a time;
 * pass the last item's { sortAt, id } as `before` for the next page.
 */
export async function queryItems(db: KommunalradarDb, filter: ItemFilter, page: PageRequest): Promise<Item[]> {
  const limit = Math.max(0, Math.floor(page.limit));
  const lo = filter.since ?? -Infinity;
  const hi = page.before?.sortAt ?? Infinity;
  if (limit === 0 || hi < lo) return [];
  const match = itemMatcher(filter);
  const after = beforeCursor(page.before);
  return db.transaction('r', db.items, async () => {
    const ids = await candidateIds(db, filter);
    if (ids !== null && ids.size <= DIRECT_FETCH_MAX) {
      const rows = await db.items.bulkGet([...ids]);
      return rows
        .filter((i): i is Item => i !== undefined && match(i) && after(i))
        .sort(compareNewest)
        .slice(0, limit);
    }
    const range = filter.unreadOnly
      ? db.items.where('[unread+sortAt]').between([1, lo], [1, hi], true, true)
      : db.items.where('sortAt').between(lo, hi, true, true);
    return range
      .reverse()
      .filter((i) => (ids === null || ids.has(i.id)) && match(i) && after(i))
      .limit(limit)
      .toArray();
  });
}

/**
 * Items first seen after `since` whose sortAt lies within the retention window (F07: old
 * items found late are not new), optionally narrowed by `match` (e.g. notification rules).
 */
export async function countNew(
  db: KommunalradarDb,
  opts: { since: number; now: number; retentionDays: number; match?: (i: Item) => boolean },
): Promise<number> {
  const cutoff = opts.now - opts.retentionDays * DAY_MS;
  const match = opts.match;
  return db.items
    .where('firstSeenAt')
    .above(opts.since)
    .filter((i) => i.sortAt >= cutoff && (!match || match(i)))
    .count();
}

/** Unread items, optionally narrowed by `match`. */
export async function countUnread(db: KommunalradarDb, match?: (i: Item) => boolean): Promise<number> {
  const unread = db.items.where('unread').equals(1);
  return match ? unread.filter(match).count() : unread.count();
}

export interface FacetCounts {
  regions: Record<string, number>;
  themes: Record<string, number>;
}

async function scanCounts(db: KommunalradarDb, filter: ItemFilter, counts: FacetCounts, which: 'regions' | 'themes' | 'both') {
  const match = itemMatcher(filter);
  const ids = await candidateIds(db, filter);
  const add = (rec: Record<string, number>, keys: string[]) => {
    for (const k of new Set(keys)) rec[k] = (rec[k] ?? 0) + 1;
  };
  const visit = (i: Item) => {
    if (!match(i)) return;
    if (which !== 'themes') add(counts.regions, i.regions);
    if (which !== 'regions') add(counts.themes, i.themes);
  };
  if (ids !== null && ids.size <= DIRECT_FETCH_MAX) {
    for (const i of await db.items.bulkGet([...ids])) if (i) visit(i);
  } else {
    await db.items.each((i) => (ids === null || ids.has(i.id)) && visit(i));
  }
}

/**
 * Counts per region and theme for the filter chips. Each facet is counted under the filter
 * without its own selection (choosing BY still shows how many items HE would have); with
 * nothing else selected the counts come from the multiEntry indexes alone. Zero counts are left out.
 */
export async function countByFacet(db: KommunalradarDb, filter: ItemFilter): Promise<FacetCounts> {
  const counts: FacetCounts = { regions: {}, themes: {} };
  const forRegions: ItemFilter = { ...filter, regions: undefined };
  const forThemes: ItemFilter = { ...filter, themes: undefined };
  return db.transaction('r', db.items, async () => {
    if (isEmptyFilter(forRegions)) {
      for (const code of REGION_CODES) {
        const n = await db.items.where('regions').equals(code).count();
        if (n > 0) counts.regions[code] = n;
      }
    }
    if (isEmptyFilter(forThemes)) {
      const themes = (await db.items.orderBy('themes').uniqueKeys()) as string[];
      for (const theme of themes) counts.themes[theme] = await db.items.where('themes').equals(theme).count();
    }
    const scanRegions = !isEmptyFilter(forRegions);
    const scanThemes = !isEmptyFilter(forThemes);
    if (scanRegions && scanThemes && !hasList(filter.regions) && !hasList(filter.themes)) {
      await scanCounts(db, filter, counts, 'both');
    } else {
      if (scanRegions) await scanCounts(db, forRegions, counts, 'regions');
      if (scanThemes) await scanCounts(db, forThemes, counts, 'themes');
    }
    return counts;
  });
}
