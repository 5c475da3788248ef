/**
 * The exact shape an item is stored in. Every field is copied by name and coerced, so
 * nothing a parser let through as a number or object reaches IndexedDB as one (C09).
 */
import type { AlsoIn, Item, Place, RegionCode, TagEvidence, TaggedItem } from '../model';
import { toText } from '../normalize/to-text';
import { applyUserTags, toUserTags } from '../tag/user-tags';

type StoreFields = Pick<Item, 'firstSeenAt' | 'sortAt' | 'updatedAt' | 'unread' | 'notifiedAt' | 'starred' | 'userTags' | 'alsoIn'>;

const MAX_EVIDENCE_KEYS = 40;
const MAX_EVIDENCE_WORDS = 4;
const MAX_EVIDENCE_LENGTH = 64;

function evidenceMap(x: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return out;
  for (const [k, v] of Object.entries(x as Record<string, unknown>).slice(0, MAX_EVIDENCE_KEYS)) {
    if (!Array.isArray(v) || k === '__proto__') continue;
    out[toText(k).slice(0, MAX_EVIDENCE_LENGTH)] = v.map(toText).filter((w) => w !== '').slice(0, MAX_EVIDENCE_WORDS).map((w) => w.slice(0, MAX_EVIDENCE_LENGTH));
  }
  return out;
}

/** The evidence of the tags as stored: string lists only, capped; undefined when absent. */
function evidence(x: unknown): TagEvidence | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  return { regions: evidenceMap(o.regions), places: evidenceMap(o.places), themes: evidenceMap(o.themes) };
}

function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.map(toText).filter((s) => s !== '') : [];
}

function places(list: unknown): Place[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is Place => typeof p === 'object' && p !== null)
    .map((p) => ({ name: toText(p.name), ags: toText(p.ags), land: toText(p.land) as Place['land'], ...(p.ambiguous === true ? { ambiguous: true as const } : {}) }));
}

/** More sources than this carrying one article are not recorded (a syndicated wire story). */
export const MAX_ALSO_IN = 20;

/** The other sources of an item as stored: one entry per source, strings and a finite time only. */
function alsoIn(list: unknown, ownSource: string): AlsoIn[] {
  if (!Array.isArray(list)) return [];
  const out = new Map<string, AlsoIn>();
  for (const a of list) {
    if (typeof a !== 'object' || a === null || out.size >= MAX_ALSO_IN) continue;
    const o = a as Record<string, unknown>;
    const sourceId = toText(o.sourceId);
    const id = toText(o.id);
    const link = toText(o.link);
    if (sourceId === '' || sourceId === ownSource || id === '' || out.has(sourceId)) continue;
    const seenAt = typeof o.seenAt === 'number' && Number.isFinite(o.seenAt) ? o.seenAt : 0;
    out.set(sourceId, { sourceId, id, ...(link ? { link } : {}), seenAt });
  }
  return [...out.values()];
}

/**
 * The identity form of a stored link that says which article it is across sources (E08): the
 * link without its fragment (stored links are already normalised, so `#` opens the fragment).
 */
export function articleKey(link: string): string {
  const hash = link.indexOf('#');
  return hash < 0 ? link : link.slice(0, hash);
}

/**
 * Builds the stored record from a tagged item and the store-owned fields. The user's tag
 * corrections (store-owned: they survive every new poll and re-tagging) are laid over the tags.
 */
export function toStoredItem(n: TaggedItem, s: StoreFields): Item {
  const userTags = toUserTags(s.userTags);
  const tags = applyUserTags({ regions: strings(n.regions) as RegionCode[], themes: strings(n.themes), places: places(n.places) }, userTags);
  const ev = evidence(n.evidence);
  const others = alsoIn(s.alsoIn, toText(n.sourceId));
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
    regions: tags.regions,
    places: tags.places,
    themes: tags.themes,
    ...(ev ? { evidence: ev } : {}),
    ...(userTags ? { userTags } : {}),
    tagVersion: toText(n.tagVersion),
    firstSeenAt: s.firstSeenAt,
    sortAt: s.sortAt,
    updatedAt: s.updatedAt,
    unread: s.unread === 0 ? 0 : 1,
    notifiedAt: s.notifiedAt,
    starred: s.starred === 1 ? 1 : 0,
    ...(others.length > 0 ? { alsoIn: others } : {}),
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
  /** [AGS, sortAt] per place key (placeKeys); indexed as *placeSort. Place keys only. */
  placeSort: FacetSortKey[];
  /**
   * The keys through which the copies of an article (E08) reach the item, indexed as *copySort
   * (schema version 3): [articleIndexKey(link), sortAt], so another source's copy of the article
   * finds it, and [alsoInIndexKey(sourceId), sortAt] per other source that carried it, so a
   * source filter lists it under every source. copySortKeys derives them.
   */
  copySort: FacetSortKey[];
  starred: 0 | 1;
}

/** The *copySort value under which an item is found by its article key (E08). */
export function articleIndexKey(key: string): string {
  return `article:${key}`;
}

/** The *copySort value under which an item is found as a copy carried by `sourceId` (E08). */
export function alsoInIndexKey(sourceId: string): string {
  return `source:${sourceId}`;
}

/**
 * The *copySort keys of an item: its article key (when it has a link) and one key per other
 * source. Tolerant of any stored row: the schema upgrade runs it on rows of every age, and a
 * throw there would leave the database unopenable.
 */
export function copySortKeys(i: Pick<Item, 'link' | 'alsoIn' | 'sortAt'>): FacetSortKey[] {
  const others = Array.isArray(i.alsoIn) ? i.alsoIn : [];
  return facetSortKeys([
    ...(typeof i.link === 'string' && i.link !== '' ? [articleIndexKey(articleKey(i.link))] : []),
    ...others.filter((a) => typeof a?.sourceId === 'string' && a.sourceId !== '').map((a) => alsoInIndexKey(a.sourceId)),
  ], i.sortAt);
}

/**
 * The keys a place filter finds an item by: each place's AGS, and for a Gemeinde (8 digits)
 * also its Kreis (the first 5), so "Landkreis Görlitz" (14626) finds items naming Zittau (14626610).
 */
export function placeKeys(places: readonly Pick<Place, 'ags'>[]): string[] {
  const keys = new Set<string>();
  for (const p of places) {
    if (typeof p?.ags !== 'string' || p.ags === '') continue;
    keys.add(p.ags);
    if (p.ags.length === 8) keys.add(p.ags.slice(0, 5));
  }
  return [...keys];
}

/** The [value, sortAt] keys for a facet's values (none when sortAt is not a valid index key). */
export function facetSortKeys(values: readonly string[], sortAt: number): FacetSortKey[] {
  if (!Number.isFinite(sortAt)) return [];
  return [...new Set(values)].map((v) => [v, sortAt]);
}

/** The record to put into IndexedDB for a stored item: the item with its facet sort keys recomputed. */
export function toIndexedItem(i: Item): IndexedItem {
  return {
    ...i,
    regionSort: facetSortKeys(i.regions, i.sortAt),
    themeSort: facetSortKeys(i.themes, i.sortAt),
    placeSort: facetSortKeys(placeKeys(Array.isArray(i.places) ? i.places : []), i.sortAt),
    copySort: copySortKeys(i),
    starred: i.starred === 1 ? 1 : 0,
  };
}
