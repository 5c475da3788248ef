/**
 * The exact shape an item is stored in. Every field is copied by name and coerced, so
 * nothing a parser let through as a number or object reaches IndexedDB as one (C09).
 */
import type { Item, Place, RegionCode, TaggedItem } from '../model';
import { toText } from '../normalize/text';

type StoreFields = Pick<Item, 'firstSeenAt' | 'sortAt' | 'updatedAt' | 'unread' | 'notifiedAt'>;

function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.map(toText).filter((s) => s !== '') : [];
}

function places(list: unknown): Place[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is Place => typeof p === 'object' && p !== null)
    .map((p) => ({ name: toText(p.name), ags: toText(p.ags), land: toText(p.land) as Place['land'] }));
}

/** Builds the stored record from a tagged item and the store-owned fields. */
export function toStoredItem(n: TaggedItem, s: StoreFields): Item {
  return {
    id: toText(n.id),
    sourceId: toText(n.sourceId),
    key: toText(n.key),
    guid: toText(n.guid),
    title: toText(n.title),
    link: toText(n.link),
    summary: toText(n.summary),
    categories: strings(n.categories),
    publishedAt: typeof n.publishedAt === 'number' && Number.isFinite(n.publishedAt) ? n.publishedAt : null,
    regions: strings(n.regions) as RegionCode[],
    places: places(n.places),
    themes: strings(n.themes),
    tagVersion: toText(n.tagVersion),
    firstSeenAt: s.firstSeenAt,
    sortAt: s.sortAt,
    updatedAt: s.updatedAt,
    unread: s.unread === 0 ? 0 : 1,
    notifiedAt: s.notifiedAt,
  };
}

const CONTENT_FIELDS = ['key', 'guid', 'title', 'link', 'summary', 'publishedAt', 'sortAt', 'tagVersion'] as const;

/** Whether two stored records carry the same content and tags (store-owned timestamps aside). */
export function sameContent(a: Item, b: Item): boolean {
  return (
    CONTENT_FIELDS.every((f) => a[f] === b[f]) &&
    JSON.stringify([a.categories, a.regions, a.places, a.themes]) ===
      JSON.stringify([b.categories, b.regions, b.places, b.themes])
  );
}

/** An index key ordering one facet value's items by date: [value, sortAt]. */
export type FacetSortKey = [string, number];

/**
 * What IndexedDB holds: the item plus, per facet value, a [value, sortAt] key. The multiEntry
 * indexes on them (*regionSort, *themeSort) list each Land's and theme's items in date order,
 * so "latest 50 in BY" reads 50 index entries however many items BY has. Derived data only:
 * the CLI's file store keeps plain items.
 */
export interface IndexedItem extends Item {
  regionSort: FacetSortKey[];
  themeSort: FacetSortKey[];
}

/** The [value, sortAt] keys for a facet's values (none when sortAt is not a valid index key). */
export function facetSortKeys(values: readonly string[], sortAt: number): FacetSortKey[] {
  if (!Number.isFinite(sortAt)) return [];
  return [...new Set(values)].map((v) => [v, sortAt]);
}

/** The record to put into IndexedDB for a stored item: the item with its facet sort keys recomputed. */
export function toIndexedItem(i: Item): IndexedItem {
  return { ...i, regionSort: facetSortKeys(i.regions, i.sortAt), themeSort: facetSortKeys(i.themes, i.sortAt) };
}
