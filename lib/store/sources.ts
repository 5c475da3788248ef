/** Per-source poll state (validators, schedule, error count), kept between polls. */
import type { SourceState } from '../model';
import type { KommunalradarDb } from './db';

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
 * come back from a source that is no longer polled). Returns the number of items deleted.
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
    return db.items.where('sourceId').equals(id).delete();
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
