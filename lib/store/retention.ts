/** How long items and tombstones are kept. */
import type { KommunalradarDb, Tombstone } from './db';
import { tombstonesFor } from './upsert-plan';

export { DAY_MS } from './upsert-plan';
import { DAY_MS } from './upsert-plan';
/** Default retention window for items, in days. */
export const DEFAULT_RETENTION_DAYS = 30;
/** Tombstones not seen in any feed for this long are forgotten. */
export const TOMBSTONE_TTL_DAYS = 90;

/**
 * Drops items whose sortAt is older than the retention window, except unread items first
 * seen within it (a user never loses unread news younger than the window) and starred items
 * (kept until the user releases them). Dropped items
 * leave tombstones so the next poll does not bring them back; tombstones not seen for
 * 90 days are removed. Returns the number of items dropped.
 */
export async function pruneItems(
  db: KommunalradarDb,
  opts: { retentionDays: number; now: number },
): Promise<number> {
  const cutoff = opts.now - opts.retentionDays * DAY_MS;
  return db.transaction('rw', db.items, db.tombstones, async () => {
    const victims = await db.items
      .where('sortAt')
      .below(cutoff)
      .filter((i) => i.starred !== 1 && (i.unread === 0 || i.firstSeenAt < cutoff))
      .toArray();
    const tombs: Tombstone[] = victims.flatMap((i) => tombstonesFor(i, opts.now, { article: false }));
    await db.tombstones.bulkPut(tombs);
    await db.items.bulkDelete(victims.map((i) => i.id));
    await db.tombstones.where('seenAt').below(opts.now - TOMBSTONE_TTL_DAYS * DAY_MS).delete();
    return victims.length;
  });
}
