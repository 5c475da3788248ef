/**
 * The identity and upsert rules, once, as a pure plan (E04, E06–E08, F05–F07). The extension's
 * Dexie store and the command line's file store both load what the plan asks about, call
 * planUpsert and apply its result; neither decides anything on its own.
 */
import type { AlsoIn, Item, TaggedItem } from '../model';
import { articleKey, MAX_ALSO_IN, toStoredItem, sameContent } from './stored-item';

export const DAY_MS = 86_400_000;

/** A deleted or pruned item that must not come back (E07), matched by id or by (sourceId, link) (E04). */
export interface Tombstone {
  id: string;
  sourceId: string;
  /** The item's stored link, '' when it had none. */
  link: string;
  /** Last time the item was deleted or still seen in its feed; tombstones unseen for 90 days go. */
  seenAt: number;
}

/**
 * The source of article tombstones: a deleted item also leaves `{ id: '*|' + articleKey, sourceId:
 * '*', link: articleKey }`, so that no other source brings the article back (E08).
 */
export const ARTICLE_TOMBSTONE_SOURCE = '*';

/** The tombstone that keeps a deleted article away from every source (E08); undefined without a link. */
export function articleTombstone(link: string, seenAt: number): Tombstone | undefined {
  const key = articleKey(link);
  return key === '' ? undefined : { id: `${ARTICLE_TOMBSTONE_SOURCE}|${key}`, sourceId: ARTICLE_TOMBSTONE_SOURCE, link: key, seenAt };
}

/**
 * The tombstones a deleted or pruned item leaves: its own, one per other source that carried it
 * (E08: that source's copy stays away too) and, when `article` is set (the user deleted it), the
 * article's, which keeps every other source's copy away as well.
 */
export function tombstonesFor(item: Pick<Item, 'id' | 'sourceId' | 'link' | 'alsoIn'>, seenAt: number, opts: { article: boolean }): Tombstone[] {
  const tombs: Tombstone[] = [{ id: item.id, sourceId: item.sourceId, link: item.link, seenAt }];
  for (const a of item.alsoIn ?? []) tombs.push({ id: a.id, sourceId: a.sourceId, link: a.link ?? item.link, seenAt });
  const article = opts.article ? articleTombstone(item.link, seenAt) : undefined;
  if (article) tombs.push(article);
  return tombs;
}

/** A tombstone's seenAt is refreshed at most once a day, so a quiet poll writes nothing. */
export const TOMBSTONE_SEEN_RESOLUTION_MS = DAY_MS;

export interface UpsertResult {
  /** Newly stored items to announce (not the stale ones). */
  added: Item[];
  /** Existing items whose content or tags changed (E06). */
  updated: number;
  unchanged: number;
  /** Tombstoned (E07), the same article under a new guid (E04), repeated, without id, or for another source. */
  skipped: number;
  /** Copies of an article another source brought first: recorded on that item (alsoIn), not stored (E08). */
  merged: number;
  /** Newly stored but older than the retention window: not new, never announced (F07). */
  stale: number;
  /**
   * Items of the batch dated before the retention window, whatever became of them (stored
   * silenced, kept until the next prune, or already tombstoned): what a feed carries but the
   * published feeds leave out.
   */
  old: number;
}

/** What the store knows, for the ids and links of one batch. */
export interface UpsertLookup {
  item(id: string): Item | undefined;
  tombstone(id: string): Tombstone | undefined;
  /** Ids of stored items of this source carrying `link` (asked only for links in `identityLinks`). */
  itemIdsWithLink(link: string): readonly string[];
  /** A tombstone of this source carrying `link` (asked only for links in `identityLinks`). */
  tombstoneWithLink(link: string): Tombstone | undefined;
  /**
   * Stored items of any source whose link has this article key (articleKey), and the article's
   * tombstone (ARTICLE_TOMBSTONE_SOURCE); asked only for new items with an identity link (E08).
   */
  itemsWithArticle(key: string): readonly Item[];
  articleTombstone(key: string): Tombstone | undefined;
}

export interface UpsertPlan {
  result: UpsertResult;
  /** Items to write (new ones and changed ones). */
  puts: Item[];
  /** Tombstones whose seenAt is to be refreshed. */
  tombstones: Tombstone[];
}

export interface UpsertBatch {
  /** The items that take part: this source's, with an id, the first of each id. */
  incoming: TaggedItem[];
  /** How many were left out for that. */
  rejected: number;
  /** Links that identify an item: non-empty and carried by one item of the batch only. */
  identityLinks: Set<string>;
}

/**
 * Sorts out one feed's batch: items of another source, without id or repeating an id are left
 * out; a link several items carry (every item links the news page) identifies none of them.
 */
export function prepareBatch(sourceId: string, items: readonly TaggedItem[]): UpsertBatch {
  const byId = new Map<string, TaggedItem>();
  let rejected = 0;
  for (const i of items) {
    if (i.sourceId !== sourceId || typeof i.id !== 'string' || i.id === '' || byId.has(i.id)) rejected++;
    else byId.set(i.id, i);
  }
  const incoming = [...byId.values()];
  const count = new Map<string, number>();
  for (const i of incoming) if (i.link !== '') count.set(i.link, (count.get(i.link) ?? 0) + 1);
  const identityLinks = new Set([...count].filter(([, n]) => n === 1).map(([link]) => link));
  return { incoming, rejected, identityLinks };
}

/**
 * The item of another source that a new item of `sourceId` is a copy of (E08): among the items
 * whose link has the same article key, those of sources with exactly one such item (a link many
 * items of a source share names a page, not an article), the first seen.
 */
function firstCopy(sourceId: string, found: readonly Item[]): Item | undefined {
  const perSource = new Map<string, Item[]>();
  for (const i of found) {
    if (i.sourceId === sourceId || i.link === '') continue;
    perSource.set(i.sourceId, [...(perSource.get(i.sourceId) ?? []), i]);
  }
  let first: Item | undefined;
  for (const list of perSource.values()) {
    const i = list.length === 1 ? list[0]! : undefined;
    if (i && (!first || i.firstSeenAt < first.firstSeenAt || (i.firstSeenAt === first.firstSeenAt && i.id < first.id))) first = i;
  }
  return first;
}

/**
 * `host` with `copy` recorded among its other sources; undefined when that changes nothing. A
 * source is recorded once, under the id it first carried the copy with: a guid regenerated on
 * every poll (E04) writes nothing, and a tombstone still finds the copy by its link.
 */
function withCopy(host: Item, copy: TaggedItem, now: number): Item | undefined {
  const others = host.alsoIn ?? [];
  const prev = others.find((a) => a.sourceId === copy.sourceId);
  const entry: AlsoIn = {
    sourceId: copy.sourceId,
    id: prev?.id ?? copy.id,
    ...(copy.link !== host.link ? { link: copy.link } : {}),
    seenAt: prev?.seenAt ?? now,
  };
  if (prev && prev.link === entry.link) return undefined;
  if (!prev && others.length >= MAX_ALSO_IN) return undefined;
  return { ...host, alsoIn: prev ? others.map((a) => (a === prev ? entry : a)) : [...others, entry] };
}

/**
 * Plans storing one feed's items. New items: firstSeenAt = now, sortAt = min(publishedAt ?? now,
 * now), unread, notifiedAt 0; a new item older than the retention window is stored silenced
 * (notifiedAt = now) and counted stale, not added. Known ids keep firstSeenAt, unread and
 * notifiedAt and take changed content. Tombstoned ids, and a new id whose identity link belongs
 * to a tombstone or another stored item, are skipped; their tombstone's seenAt is refreshed.
 * A new item whose article (same link without fragment) another source brought first is a copy
 * (E08): that item records this source in `alsoIn` and keeps its content, read state and
 * notification; the copy is neither stored nor announced. A deleted article's tombstone keeps
 * every source's copy away.
 */
export function planUpsert(
  sourceId: string,
  items: readonly TaggedItem[],
  lookup: UpsertLookup,
  now: number,
  opts: { retentionDays: number },
): UpsertPlan {
  const { incoming, rejected, identityLinks } = prepareBatch(sourceId, items);
  const staleBefore = now - opts.retentionDays * DAY_MS;
  const result: UpsertResult = { added: [], updated: 0, unchanged: 0, skipped: rejected, merged: 0, stale: 0, old: 0 };
  const puts: Item[] = [];
  /** Other sources' items that record a copy of this batch, by id (several copies may reach one). */
  const hosts = new Map<string, Item>();
  const bumped = new Map<string, Tombstone>();

  for (const n of incoming) {
    if (n.publishedAt !== null && n.publishedAt < staleBefore) result.old++;
    const old = lookup.item(n.id);
    const byLink = !old && identityLinks.has(n.link);
    const tomb =
      lookup.tombstone(n.id) ??
      (byLink ? lookup.tombstoneWithLink(n.link) ?? lookup.articleTombstone(articleKey(n.link)) : undefined);
    if (tomb) {
      if (now - tomb.seenAt >= TOMBSTONE_SEEN_RESOLUTION_MS) bumped.set(tomb.id, { ...tomb, seenAt: now });
      result.skipped++;
    } else if (old) {
      const next = toStoredItem(n, {
        firstSeenAt: old.firstSeenAt,
        sortAt: Math.min(n.publishedAt ?? old.firstSeenAt, old.firstSeenAt),
        updatedAt: now,
        unread: old.unread,
        notifiedAt: old.notifiedAt,
        starred: old.starred,
        userTags: old.userTags,
        alsoIn: old.alsoIn,
      });
      if (sameContent(old, next)) result.unchanged++;
      else {
        puts.push(next);
        result.updated++;
      }
    } else if (byLink && lookup.itemIdsWithLink(n.link).some((id) => id !== n.id)) {
      result.skipped++;
    } else {
      // The other source's item this one is a copy of (E08), when there is one.
      const first = byLink ? firstCopy(sourceId, lookup.itemsWithArticle(articleKey(n.link))) : undefined;
      if (first) {
        const next = withCopy(hosts.get(first.id) ?? first, n, now);
        if (next) hosts.set(first.id, next);
        result.merged++;
        continue;
      }
      const stale = n.publishedAt !== null && n.publishedAt < staleBefore;
      const item = toStoredItem(n, {
        firstSeenAt: now,
        sortAt: Math.min(n.publishedAt ?? now, now),
        updatedAt: now,
        unread: 1,
        notifiedAt: stale ? now : 0,
      });
      puts.push(item);
      if (stale) result.stale++;
      else result.added.push(item);
    }
  }
  puts.push(...hosts.values());
  return { result, puts, tombstones: [...bumped.values()] };
}

/**
 * The item as the copy another source carried (E08): `item` handed over to `to` (by default its
 * first other source), with that source's id and link; read state, notification, kept state and
 * first sighting stay, the remaining sources stay recorded. Undefined when that source did not
 * carry it. That source's next poll brings its own title and teaser (an update in place, E06).
 */
export function handOver(item: Item, to?: string): Item | undefined {
  const others = item.alsoIn ?? [];
  const next = to === undefined ? others[0] : others.find((a) => a.sourceId === to);
  if (!next || !next.id.startsWith(`${next.sourceId}|`)) return undefined;
  const copy = { ...item, id: next.id, sourceId: next.sourceId, key: next.id.slice(next.sourceId.length + 1), link: next.link ?? item.link };
  return toStoredItem(copy, { ...item, alsoIn: others.filter((a) => a !== next) });
}
