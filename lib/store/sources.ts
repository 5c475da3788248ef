/** Per-source poll state (validators, schedule, error count), kept between polls. */
import type { Item, SourceState } from '../model';
import type { KommunalradarDb } from './db';
import { alsoInIndexKey, toIndexedItem, toStoredItem } from './stored-item';
import { handOver } from './upsert-plan';

/** The state of one source, or undefined when it was never polled. */
export async function getSourceState(db: KommunalradarDb, id: string): Promise<SourceState | undefined> {
  return db.sources.get(id);
}

/** Every stored source state. */
export async function getAllSourceStates(db: KommunalradarDb): Promise<SourceState[]> {
  return db.sources.toArray();
}

/** Stores (replaces) a source's state. */
export async function putSourceState(db: KommunalradarDb, state: SourceState): Promise<void> {
  await db.sources.put(state);
}

/**
 * Forgets a source's state; with `deleteItems` also its items and tombstones (nothing can
 * come back from a source that is no longer polled) and its place in other items' `alsoIn`;
 * an item another source also carried stays, as that source's (handOver). Returns the number
 * of items deleted.
 */
export async function removeSource(
  db: KommunalradarDb,
  id: string,
  opts: { deleteItems: boolean },
): Promise<number> {
  return db.transaction('rw', db.sources, db.items, db.tombstones, async () => {
    await db.sources.delete(id);
    if (!opts.deleteItems) return 0;
    await db.tombstones.where('sourceId').equals(id).delete();
    const own = await db.items.where('sourceId').equals(id).toArray();
    const offered = own.map((i) => handOver(i)).filter((i): i is Item => i !== undefined);
    // A copy stored as an item of its own before (from before E08) is not overwritten.
    const taken = await db.items.bulkGet(offered.map((i) => i.id));
    const kept = offered.filter((_, k) => taken[k] === undefined);
    const key = alsoInIndexKey(id);
    const carried = await db.items.where('copySort').between([key, -Infinity], [key, Infinity], true, true).toArray();
    const trimmed = carried
      .filter((i) => i.sourceId !== id)
      .map((i) => toStoredItem(i, { ...i, alsoIn: (i.alsoIn ?? []).filter((a) => a.sourceId !== id) }));
    await db.items.bulkDelete(own.map((i) => i.id));
    await db.items.bulkPut([...kept, ...trimmed].map(toIndexedItem));
    return own.length - kept.length;
  });
}

/**
 * Forgets what the last poll knew about a listing page's version (validators and text hash),
 * so that the next poll reads the page again: after its rule changed, the same page gives other items.
 */
export async function forgetPageVersion(db: KommunalradarDb, id: string): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const state = await db.sources.get(id);
    if (!state) return;
    const { etag: _e, lastModified: _m, contentHash: _h, ...rest } = state;
    await db.sources.put(rest);
  });
}
