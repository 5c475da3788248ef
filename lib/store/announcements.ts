import type { Item } from '../model';
import type { KommunalradarDb } from './db';

/** Items first seen since `since` that no notification round has considered yet (G02). */
export async function pendingAnnouncements(db: KommunalradarDb, opts: { since: number }): Promise<Item[]> {
  return db.items.where('notifiedAt').equals(0).and((i) => i.firstSeenAt >= opts.since).toArray();
}

/** Marks items as considered by the notifier, so no later round announces them again. */
export async function markNotified(db: KommunalradarDb, ids: string[], at: number): Promise<void> {
  if (ids.length === 0) return;
  await db.items.bulkUpdate(ids.map((key) => ({ key, changes: { notifiedAt: at } })));
}
