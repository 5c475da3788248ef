/**
 * Reading items for the UI, the badge and the feed generator. Each page walks a date-ordered
 * index (sortAt, [unread+sortAt], [sourceId+sortAt], [starred+sortAt], *regionSort, *themeSort,
 * *placeSort, and *copySort for the items a source also carried) newest first and stops when
 * the page is full, so a page costs the same with 1,000 or 100,000 items; counts read index
 * keys rather than items where they can. Wrap calls in `liveQuery` to follow the
 * background's writes.
 */
import { LAND_CODES, type Item, type RegionCode } from '../model';
import type { KommunalradarDb } from './db';
import { compareNewest, type ItemFilter, isEmptyFilter, itemMatcher } from './filter';
import { DAY_MS } from './retention';
import { alsoInIndexKey } from './stored-item';

export type { ItemFilter } from './filter';

/** A page: at most `limit` items strictly after the cursor (the last item of the previous page). */
export interface PageRequest {
  limit: number;
  before?: { sortAt: number; id: string };
}

/** Counting under a search: below this many candidates from the facet indexes, fetch them by key rather than scan every item. */
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
async function keysWithAny(db: KommunalradarDb, index: 'sourceId' | 'regions' | 'themes' | 'placeSort' | 'copySort', values: string[]): Promise<Set<string>> {
  const lists = await Promise.all(
    [...new Set(values)].map((v) =>
      index === 'placeSort' || index === 'copySort'
        ? db.items.where(index).between([v, -Infinity], [v, Infinity], true, true).primaryKeys()
        : db.items.where(index).equals(v).primaryKeys(),
    ),
  );
  return new Set(lists.flat());
}

/** Ids of starred items, from the [starred+sortAt] index. */
async function starredKeys(db: KommunalradarDb): Promise<Set<string>> {
  return new Set(await db.items.where('[starred+sortAt]').between([1, -Infinity], [1, Infinity], true, true).primaryKeys());
}

/** Ids allowed by the facet indexes (sources ∩ regions ∩ themes), or null when none restricts. */
async function candidateIds(db: KommunalradarDb, filter: ItemFilter): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  const narrow = (next: Set<string>) => {
    ids = ids === null ? next : new Set([...ids].filter((id) => next.has(id)));
  };
  if (filter.starredOnly) narrow(await starredKeys(db));
  if (hasList(filter.sourceIds)) {
    // A source's own items, and the items of other sources it also carried (E08).
    const [own, carried] = await Promise.all([
      keysWithAny(db, 'sourceId', filter.sourceIds!),
      keysWithAny(db, 'copySort', filter.sourceIds!.map(alsoInIndexKey)),
    ]);
    narrow(new Set([...own, ...carried]));
  }
  if (hasList(filter.places)) narrow(await keysWithAny(db, 'placeSort', filter.places!));
  if (hasList(filter.regions)) narrow(await keysWithAny(db, 'regions', filter.regions!));
  if (hasList(filter.themes)) narrow(await keysWithAny(db, 'themes', filter.themes!));
  return ids;
}

export { compareNewest } from './filter';

function beforeCursor(cursor: PageRequest['before']): (i: Item) => boolean {
  if (!cursor) return () => true;
  return (i) => compareNewest(i, cursor) > 0;
}

/** An index whose keys are [facet value, sortAt]: it lists one value's items newest first when walked backwards. */
type DatedIndex = 'regionSort' | 'themeSort' | 'placeSort' | 'copySort' | '[sourceId+sortAt]' | '[starred+sortAt]';

/**
 * The date-ordered index walks of the facet a query is driven by, or null when no facet
 * restricts. Sources first (usually the narrowest; kept items and places before them), then
 * Länder, then themes (the broadest); the other facets are checked on each row the walk visits.
 * A source is walked twice: its own items, and the items of other sources it also carried (E08).
 */
function drivingFacet(filter: ItemFilter): { index: DatedIndex; value: string | number }[] | null {
  const each = (index: DatedIndex, values: (string | number)[]) => [...new Set(values)].map((value) => ({ index, value }));
  if (filter.starredOnly) return each('[starred+sortAt]', [1]);
  if (hasList(filter.places)) return each('placeSort', filter.places!);
  if (hasList(filter.sourceIds)) {
    const ids = [...new Set(filter.sourceIds)];
    return [...each('[sourceId+sortAt]', ids), ...each('copySort', ids.map(alsoInIndexKey))];
  }
  if (hasList(filter.regions)) return each('regionSort', filter.regions!);
  if (hasList(filter.themes)) return each('themeSort', filter.themes!);
  return null;
}

/**
 * Items matching `filter`, newest first (sortAt desc, then id desc), `page.limit` at a time;
 * pass the last item's { sortAt, id } as `before` for the next page.
 *
 * Plan: with a facet, walk that facet's [value, sortAt] index backwards from the cursor, once
 * per selected value, keeping rows that match the rest of the filter, until `limit` are found;
 * merge the walks (an item in two values appears once). Without a facet, walk [unread+sortAt]
 * (unread only) or sortAt the same way. A page thus reads about `limit` rows when most rows
 * match, whatever the number of stored items. (scripts/bench/in-page.ts mirrors this plan.)
 */
export async function queryItems(db: KommunalradarDb, filter: ItemFilter, page: PageRequest): Promise<Item[]> {
  const limit = Math.max(0, Math.floor(page.limit));
  const lo = filter.since ?? -Infinity;
  const hi = page.before?.sortAt ?? Infinity;
  if (limit === 0 || hi < lo) return [];
  const match = itemMatcher(filter);
  const after = beforeCursor(page.before);
  const keep = (i: Item) => match(i) && after(i);
  return db.transaction('r', db.items, async () => {
    const facet = drivingFacet(filter);
    if (facet === null) {
      const range = filter.unreadOnly
        ? db.items.where('[unread+sortAt]').between([1, lo], [1, hi], true, true)
        : db.items.where('sortAt').between(lo, hi, true, true);
      // Nothing to check on the first page of everything: let the walk skip the filter callback.
      const walk = isEmptyFilter(filter) && !page.before ? range.reverse() : range.reverse().filter(keep);
      return walk.limit(limit).toArray();
    }
    const walks = await Promise.all(
      facet.map(({ index, value: v }) =>
        db.items.where(index).between([v, lo], [v, hi], true, true).reverse().filter(keep).limit(limit).toArray(),
      ),
    );
    if (walks.length === 1) return walks[0]!;
    const byId = new Map(walks.flat().map((i) => [i.id, i]));
    return [...byId.values()].sort(compareNewest).slice(0, limit);
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

/**
 * How many items match `filter` (the hit count under the search box). Without a search the
 * indexes answer from keys alone; with one, the candidates the indexes leave are read and tested.
 */
export async function countItems(db: KommunalradarDb, filter: ItemFilter): Promise<number> {
  return db.transaction('r', db.items, async () => {
    if ((filter.search ?? '').trim() === '') {
      const ids = await indexedCandidates(db, filter);
      return ids === null ? db.items.count() : ids.size;
    }
    const match = itemMatcher(filter);
    const ids = await indexedCandidates(db, { ...filter, search: undefined });
    if (ids !== null && ids.size <= DIRECT_FETCH_MAX) {
      return (await db.items.bulkGet([...ids])).filter((i) => i !== undefined && match(i)).length;
    }
    let n = 0;
    await db.items.each((i) => {
      if ((ids === null || ids.has(i.id)) && match(i)) n++;
    });
    return n;
  });
}

export interface FacetCounts {
  regions: Record<string, number>;
  themes: Record<string, number>;
}

/**
 * Ids of items matching every part of `filter` an index answers (facets, unread, since); null
 * when none of them restricts. Reads index keys only, never items.
 */
async function indexedCandidates(db: KommunalradarDb, filter: ItemFilter): Promise<Set<string> | null> {
  const sets: Set<string>[] = [];
  const facets = await candidateIds(db, filter);
  if (facets !== null) sets.push(facets);
  if (filter.unreadOnly) sets.push(new Set(await db.items.where('[unread+sortAt]').between([1, -Infinity], [1, Infinity], true, true).primaryKeys()));
  if (filter.since !== undefined) sets.push(new Set(await db.items.where('sortAt').aboveOrEqual(filter.since).primaryKeys()));
  if (sets.length === 0) return null;
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

/** Counts per value of one facet among `ids`, from the facet's index keys (no items read). */
async function countKeys(db: KommunalradarDb, facet: 'regions' | 'themes', ids: Set<string>, into: Record<string, number>) {
  const values = facet === 'regions' ? REGION_CODES : ((await db.items.orderBy('themes').uniqueKeys()) as string[]);
  const keys = await Promise.all(values.map((v) => db.items.where(facet).equals(v).primaryKeys()));
  values.forEach((v, k) => {
    let n = 0;
    for (const id of keys[k]!) if (ids.has(id)) n++;
    if (n > 0) into[v] = n;
  });
}

async function scanCounts(db: KommunalradarDb, filter: ItemFilter, counts: FacetCounts, which: 'regions' | 'themes' | 'both') {
  if ((filter.search ?? '').trim() === '') {
    // Everything but the search is answered by indexes: count from keys, far cheaper than items.
    const ids = (await indexedCandidates(db, filter)) ?? new Set<string>();
    if (which !== 'themes') await countKeys(db, 'regions', ids, counts.regions);
    if (which !== 'regions') await countKeys(db, 'themes', ids, counts.themes);
    return;
  }
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
    // All counts of a facet are requested at once: one round trip's wait rather than one per value.
    if (isEmptyFilter(forRegions)) {
      const n = await Promise.all(REGION_CODES.map((code) => db.items.where('regions').equals(code).count()));
      REGION_CODES.forEach((code, k) => n[k]! > 0 && (counts.regions[code] = n[k]!));
    }
    if (isEmptyFilter(forThemes)) {
      const themes = (await db.items.orderBy('themes').uniqueKeys()) as string[];
      const n = await Promise.all(themes.map((theme) => db.items.where('themes').equals(theme).count()));
      themes.forEach((theme, k) => (counts.themes[theme] = n[k]!));
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
