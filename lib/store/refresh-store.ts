import type { RefreshStore } from '../refresh';
import type { KommunalradarDb } from './db';
import { upsertItems } from './items';

/**
 * The refresh's view of the Dexie store: a source's items and its new state are committed in
 * one transaction, so a worker stopped mid-refresh leaves each source either done or untouched (G01).
 */
export function createDexieRefreshStore(db: KommunalradarDb, opts: { retentionDays: number }): RefreshStore {
  return {
    getSourceState: (id) => db.sources.get(id),
    async commitSource(state, items, now) {
      return db.transaction('rw', db.items, db.tombstones, db.sources, async () => {
        const r = items ? await upsertItems(db, state.sourceId, items, now, opts) : undefined;
        await db.sources.put(state);
        return { added: r?.added ?? [], old: r?.old ?? 0, merged: r?.merged ?? 0 };
      });
    },
    async putSourceStates(states) {
      await db.sources.bulkPut(states);
    },
  };
}
