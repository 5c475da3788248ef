/** Per-source poll state (validators, schedule, error count), kept between polls. */
import type { Item, SourceState } from '../model';
import type { KommunalradarDb } from './db';
import { alsoInIndexKey, toIndexedItem, toStoredItem } from './stored-item';

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
 * The item as the copy another source carried (E08): `item` handed over to its first other
 * source, with that source's id and link; read state, notification, kept state and first
 * sighting stay. Undefined when no other source carried it. That source's next poll brings its
 * own title and teaser (an update in place, E06).
 */
export function handOver(item: Item): Item | undefined {
  const [next, ...rest] = item.alsoIn ?? [];
  if (!next || !next.id.startsWith(`${next.sourceId}|`)) return undefined;
  const copy = { ...item, id: next.id, sourceId: next.sourceId, key: next.id.slice(next.sourceId.length + 1), link: next.link ?? item.link };
  return toStoredItem(copy, { ...item, alsoIn: rest });
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
    const kept = own.map(handOver).filter((i): i is Item => i !== undefined);
    const key = alsoInIndexKey(id);
    const carried = await db.items.where('placeSort').between([key, -Infinity], [key, Infinity], true, true).toArray();
    const trimmed = carried
      .filter((i) => i.sourceId !== id)
      .map((i) => toStoredItem(i, { ...i, alsoIn: (i.alsoIn ?? []).filter((a) => a.sourceId !== id) }));
    await db.items.bulkDelete(own.map((i) => i.id));
    await db.items.bulkPut([...kept, ...trimmed].map(toIndexedItem));
    return own.length - kept.length;
  });
}
