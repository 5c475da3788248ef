/**
 * The identity and upsert rules, once, as a pure plan (E04, E06, E07, F05–F07). The extension's
 * Dexie store and the command line's file store both load what the plan asks about, call
 * planUpsert and apply its result; neither decides anything on its own.
 */
import type { Item, TaggedItem } from '../model';
import { toStoredItem, sameContent } from './stored-item';

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
 * Plans storing one feed's items. New items: firstSeenAt = now, sortAt = min(publishedAt ?? now,
 * now), unread, notifiedAt 0; a new item older than the retention window is stored silenced
 * (notifiedAt = now) and counted stale, not added. Known ids keep firstSeenAt, unread and
 * notifiedAt and take changed content. Tombstoned ids, and a new id whose identity link belongs
 * to a tombstone or another stored item, are skipped; their tombstone's seenAt is refreshed.
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
  const result: UpsertResult = { added: [], updated: 0, unchanged: 0, skipped: rejected, stale: 0, old: 0 };
  const puts: Item[] = [];
  const bumped = new Map<string, Tombstone>();

  for (const n of incoming) {
    if (n.publishedAt !== null && n.publishedAt < staleBefore) result.old++;
    const old = lookup.item(n.id);
    const byLink = !old && identityLinks.has(n.link);
    const tomb = lookup.tombstone(n.id) ?? (byLink ? lookup.tombstoneWithLink(n.link) : undefined);
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
      });
      if (sameContent(old, next)) result.unchanged++;
      else {
        puts.push(next);
        result.updated++;
      }
    } else if (byLink && lookup.itemIdsWithLink(n.link).some((id) => id !== n.id)) {
      result.skipped++;
    } else {
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
  return { result, puts, tombstones: [...bumped.values()] };
}
