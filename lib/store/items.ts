/**
 * Writing items: the per-feed upsert with its identity rules (E04, E06, E07, F05–F07),
 * read state, deletion with tombstones, and re-tagging after a gazetteer/rules update.
 */
import type { Item, NormalizedItem, Tags } from '../model';
import type { KommunalradarDb, Tombstone } from './db';
import { type ItemFilter, itemMatcher } from './filter';
import { DAY_MS, DEFAULT_RETENTION_DAYS } from './retention';
import { toIndexedItem, toStoredItem, sameContent } from './stored-item';

/** What the refresh loop hands over: a normalised item with its tags. */
export type TaggedItem = NormalizedItem & Tags & { tagVersion: string };

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
}

/** Links carried by more than one item of the batch identify nothing (e.g. every item links the news page). */
function sharedLinks(items: TaggedItem[]): Set<string> {
  const idsByLink = new Map<string, Set<string>>();
  for (const i of items) {
    if (i.link === '') continue;
    let ids = idsByLink.get(i.link);
    if (!ids) idsByLink.set(i.link, (ids = new Set()));
    ids.add(i.id);
  }
  return new Set([...idsByLink].filter(([, ids]) => ids.size > 1).map(([link]) => link));
}

/**
 * Stores one feed's items in a single transaction, so a killed worker leaves either all or
 * none of them (G01). New items: firstSeenAt = now, sortAt = min(publishedAt ?? now, now),
 * unread, notifiedAt 0. Known ids keep firstSeenAt/unread/notifiedAt and get changed fields.
 * Tombstoned ids and a new id whose (sourceId, link) belongs to another item or a tombstone
 * are skipped; a link shared by several items of the batch is not used for that check.
 */
export async function upsertItems(
  db: KommunalradarDb,
  sourceId: string,
  items: TaggedItem[],
  now: number,
  opts: { retentionDays?: number } = {},
): Promise<UpsertResult> {
  const staleBefore = now - (opts.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
  const result: UpsertResult = { added: [], updated: 0, unchanged: 0, skipped: 0, stale: 0 };
  const byId = new Map<string, TaggedItem>();
  for (const i of items) {
    if (i.sourceId !== sourceId || typeof i.id !== 'string' || i.id === '' || byId.has(i.id)) result.skipped++;
    else byId.set(i.id, i);
  }
  const incoming = [...byId.values()];
  const shared = sharedLinks(incoming);

  return db.transaction('rw', db.items, db.tombstones, async () => {
    const ids = incoming.map((i) => i.id);
    const [existing, tombs] = await Promise.all([db.items.bulkGet(ids), db.tombstones.bulkGet(ids)]);
    const linkKeys = [
      ...new Set(incoming.filter((i, k) => !existing[k] && !tombs[k] && i.link !== '' && !shared.has(i.link)).map((i) => i.link)),
    ].map((link) => [sourceId, link]);
    // One equality read per link (not anyOf, which walks a cursor: slow on fake-indexeddb).
    const [linkItems, linkTombs] = await Promise.all([
      Promise.all(linkKeys.map((k) => db.items.where('[sourceId+link]').equals(k).toArray())).then((l) => l.flat()),
      Promise.all(linkKeys.map((k) => db.tombstones.where('[sourceId+link]').equals(k).toArray())).then((l) => l.flat()),
    ]);
    const idsByLink = new Map<string, string[]>();
    for (const i of linkItems) idsByLink.set(i.link, [...(idsByLink.get(i.link) ?? []), i.id]);
    const tombByLink = new Map(linkTombs.map((t) => [t.link, t]));

    const puts: Item[] = [];
    const bumped = new Map<string, Tombstone>();
    incoming.forEach((n, k) => {
      const old = existing[k];
      const tomb = tombs[k] ?? (old ? undefined : tombByLink.get(n.link));
      if (tomb) {
        bumped.set(tomb.id, { ...tomb, seenAt: Math.max(tomb.seenAt, now) });
        result.skipped++;
      } else if (old) {
        const firstSeenAt = old.firstSeenAt;
        const next = toStoredItem(n, {
          firstSeenAt,
          sortAt: Math.min(n.publishedAt ?? firstSeenAt, firstSeenAt),
          updatedAt: now,
          unread: old.unread,
          notifiedAt: old.notifiedAt,
        });
        if (sameContent(old, next)) result.unchanged++;
        else {
          puts.push(next);
          result.updated++;
        }
      } else if (n.link !== '' && (idsByLink.get(n.link) ?? []).some((id) => id !== n.id)) {
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
    });
    if (puts.length > 0) await db.items.bulkPut(puts.map(toIndexedItem));
    if (bumped.size > 0) await db.tombstones.bulkPut([...bumped.values()]);
    return result;
  });
}

/** One stored item by id; undefined when there is none. */
export async function getItem(db: KommunalradarDb, id: string): Promise<Item | undefined> {
  return db.items.get(id);
}

/** Sets the read state of the given items; returns how many exist. */
export async function markRead(db: KommunalradarDb, ids: string[], read: boolean): Promise<number> {
  if (ids.length === 0) return 0;
  const unread = read ? 0 : 1;
  return db.items.bulkUpdate([...new Set(ids)].map((key) => ({ key, changes: { unread } })));
}

/** Marks every unread item matching `filter` read; returns how many changed. */
export async function markAllRead(db: KommunalradarDb, filter: ItemFilter = {}): Promise<number> {
  const match = itemMatcher(filter);
  return db.items.where('unread').equals(1).filter(match).modify({ unread: 0 });
}

/** Deletes items and leaves tombstones so they stay deleted when the feed still carries them (E07). */
export async function deleteItems(db: KommunalradarDb, ids: string[], now: number): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.items, db.tombstones, async () => {
    const found = (await db.items.bulkGet(ids)).filter((i): i is Item => i !== undefined);
    await db.tombstones.bulkPut(found.map((i) => ({ id: i.id, sourceId: i.sourceId, link: i.link, seenAt: now })));
    await db.items.bulkDelete(found.map((i) => i.id));
    return found.length;
  });
}

const RETAG_BATCH = 500;

/**
 * Re-tags every item whose tagVersion differs from `version`, in batches of 500 each in
 * its own transaction (a long sweep must not hold one transaction open). Returns the count.
 */
export async function retagItems(
  db: KommunalradarDb,
  tagger: (i: Item) => Tags & { tagVersion: string },
  version: string,
): Promise<number> {
  const ids = await db.items.where('tagVersion').notEqual(version).primaryKeys();
  let done = 0;
  for (let start = 0; start < ids.length; start += RETAG_BATCH) {
    const batch = ids.slice(start, start + RETAG_BATCH);
    done += await db.transaction('rw', db.items, async () => {
      const rows = (await db.items.bulkGet(batch)).filter((i): i is Item => i !== undefined && i.tagVersion !== version);
      const next = rows.map((i) => {
        const t = tagger(i);
        return toStoredItem({ ...i, regions: t.regions, places: t.places, themes: t.themes, tagVersion: t.tagVersion }, i);
      });
      await db.items.bulkPut(next.map(toIndexedItem));
      return next.length;
    });
  }
  return done;
}
