/**
 * Writing items: the per-feed upsert with its identity rules (E04, E06, E07, F05–F07),
 * read state, deletion with tombstones, and re-tagging after a gazetteer/rules update.
 */
import type { Item, Tags, TaggedItem } from '../model';
import type { KommunalradarDb } from './db';
import { type ItemFilter, itemMatcher } from './filter';
import { DEFAULT_RETENTION_DAYS } from './retention';
import { ARTICLE_TOMBSTONE_SOURCE, planUpsert, prepareBatch, tombstonesFor, type Tombstone, type UpsertResult } from './upsert-plan';
import { articleIndexKey, articleKey, toIndexedItem, toStoredItem } from './stored-item';
import { editUserTags, toUserTags, type TagEdit } from '../tag/user-tags';

export type { TaggedItem } from '../model';
export type { UpsertResult } from './upsert-plan';

/**
 * Stores one feed's items in a single transaction, so a killed worker leaves either all or
 * none of them (G01). The rules are planUpsert's; this loads what it asks about and writes its plan.
 */
export async function upsertItems(
  db: KommunalradarDb,
  sourceId: string,
  items: TaggedItem[],
  now: number,
  opts: { retentionDays?: number } = {},
): Promise<UpsertResult> {
  const { incoming, identityLinks } = prepareBatch(sourceId, items);
  return db.transaction('rw', db.items, db.tombstones, async () => {
    const ids = incoming.map((i) => i.id);
    const [existing, tombs] = await Promise.all([db.items.bulkGet(ids), db.tombstones.bulkGet(ids)]);
    const newLinks = [...new Set(incoming.filter((i, k) => !existing[k] && !tombs[k] && identityLinks.has(i.link)).map((i) => i.link))];
    const linkKeys = newLinks.map((link) => [sourceId, link]);
    const articles = [...new Set(newLinks.map(articleKey))];
    // One equality or range read per link (not anyOf, which walks a cursor: slow on fake-indexeddb).
    // Other sources' items of the same article are found through *copySort (see IndexedItem).
    const [linkItems, linkTombs, articleItems, articleTombs] = await Promise.all([
      Promise.all(linkKeys.map((k) => db.items.where('[sourceId+link]').equals(k).toArray())).then((l) => l.flat()),
      Promise.all(linkKeys.map((k) => db.tombstones.where('[sourceId+link]').equals(k).toArray())).then((l) => l.flat()),
      Promise.all(articles.map((a) => db.items.where('copySort').between([articleIndexKey(a), -Infinity], [articleIndexKey(a), Infinity], true, true).toArray())).then((l) => l.flat()),
      Promise.all(articles.map((a) => db.tombstones.where('[sourceId+link]').equals([ARTICLE_TOMBSTONE_SOURCE, a]).toArray())).then((l) => l.flat()),
    ]);
    const itemById = new Map<string, Item>();
    ids.forEach((id, k) => existing[k] && itemById.set(id, existing[k]));
    const tombById = new Map<string, Tombstone>();
    ids.forEach((id, k) => tombs[k] && tombById.set(id, tombs[k]));
    const idsByLink = new Map<string, string[]>();
    for (const i of linkItems) idsByLink.set(i.link, [...(idsByLink.get(i.link) ?? []), i.id]);
    const tombByLink = new Map(linkTombs.map((t) => [t.link, t]));
    const itemsByArticle = new Map<string, Item[]>();
    for (const i of new Map(articleItems.map((i) => [i.id, i])).values()) {
      const k = articleKey(i.link);
      itemsByArticle.set(k, [...(itemsByArticle.get(k) ?? []), i]);
    }
    const articleTombByKey = new Map(articleTombs.map((t) => [t.link, t]));

    const plan = planUpsert(
      sourceId,
      items,
      {
        item: (id) => itemById.get(id),
        tombstone: (id) => tombById.get(id),
        itemIdsWithLink: (link) => idsByLink.get(link) ?? [],
        tombstoneWithLink: (link) => tombByLink.get(link),
        itemsWithArticle: (key) => itemsByArticle.get(key) ?? [],
        articleTombstone: (key) => articleTombByKey.get(key),
      },
      now,
      { retentionDays: opts.retentionDays ?? DEFAULT_RETENTION_DAYS },
    );
    if (plan.puts.length > 0) await db.items.bulkPut(plan.puts.map(toIndexedItem));
    if (plan.tombstones.length > 0) await db.tombstones.bulkPut(plan.tombstones);
    return plan.result;
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

/** Keeps (starred) or releases items; returns how many exist. Starred items outlive the retention window. */
export async function starItems(db: KommunalradarDb, ids: string[], starred: boolean): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.items, async () => {
    const rows = (await db.items.bulkGet([...new Set(ids)])).filter((i): i is Item => i !== undefined);
    await db.items.bulkPut(rows.map((i) => toIndexedItem({ ...i, starred: starred ? 1 : 0 })));
    return rows.length;
  });
}

/** Marks every unread item matching `filter` read; returns the ids it changed (to undo with markRead). */
export async function markFilterRead(db: KommunalradarDb, filter: ItemFilter = {}): Promise<string[]> {
  const match = itemMatcher(filter);
  return db.transaction('rw', db.items, async () => {
    const ids = (await db.items.where('unread').equals(1).filter(match).primaryKeys()) as string[];
    await db.items.bulkUpdate(ids.map((key) => ({ key, changes: { unread: 0 as const } })));
    return ids;
  });
}

/** Marks every unread item matching `filter` read; returns how many changed. */
export async function markAllRead(db: KommunalradarDb, filter: ItemFilter = {}): Promise<number> {
  return (await markFilterRead(db, filter)).length;
}

/**
 * Puts hidden items back (undo of deleteItems): the items as they were, their tombstones
 * removed. Each record is rebuilt field by field, so nothing but an item's fields is stored.
 */
export async function restoreItems(db: KommunalradarDb, items: Item[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = items.map((i) => toStoredItem(i, i)).filter((i) => i.id !== '');
  return db.transaction('rw', db.items, db.tombstones, async () => {
    await db.tombstones.bulkDelete(rows.flatMap((i) => tombstonesFor(i, 0, { article: true }).map((t) => t.id)));
    await db.items.bulkPut(rows.map(toIndexedItem));
    return rows.length;
  });
}

/**
 * Deletes items and leaves tombstones so they stay deleted when the feed still carries them
 * (E07), and when another source carries the same article (E08).
 */
export async function deleteItems(db: KommunalradarDb, ids: string[], now: number): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.items, db.tombstones, async () => {
    const found = (await db.items.bulkGet(ids)).filter((i): i is Item => i !== undefined);
    await db.tombstones.bulkPut(found.flatMap((i) => tombstonesFor(i, now, { article: true })));
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
        return toStoredItem({ ...i, regions: t.regions, places: t.places, themes: t.themes, evidence: t.evidence, tagVersion: t.tagVersion }, i);
      });
      await db.items.bulkPut(next.map(toIndexedItem));
      return next.length;
    });
  }
  return done;
}

/**
 * Applies one of the user's tag corrections to an item: the tag is removed or added at once,
 * and the correction is kept on the item so that re-tagging keeps it. Returns the stored item,
 * or undefined when there is no such item.
 */
export async function editItemTags(db: KommunalradarDb, id: string, edit: TagEdit): Promise<Item | undefined> {
  return db.transaction('rw', db.items, async () => {
    const item = await db.items.get(id);
    if (!item) return undefined;
    const userTags = editUserTags(toUserTags(item.userTags), edit);
    const next = toStoredItem(item, { ...item, userTags });
    await db.items.put(toIndexedItem(next));
    return next;
  });
}
