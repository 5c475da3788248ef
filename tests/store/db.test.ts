import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DB_NAME, openDb } from '../../lib/store/db';
import { getMeta, setMeta } from '../../lib/store/meta';
import { freshDb } from './test-db';

describe('schema', () => {
  it('opens version 3 with the documented tables and indexes', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['items', 'meta', 'sources', 'tombstones']);
    const items = db.table('items').schema;
    expect(items.primKey.name).toBe('id');
    const idx = Object.fromEntries(items.indexes.map((i) => [i.name, i]));
    for (const name of ['sortAt', 'sourceId', 'unread', 'firstSeenAt', 'regions', 'themes', '[sourceId+link]', '[unread+sortAt]', '[starred+sortAt]', 'placeSort', 'copySort']) {
      expect(idx[name], name).toBeDefined();
    }
    expect(idx.regions?.multi).toBe(true);
    expect(idx.themes?.multi).toBe(true);
    expect(idx.placeSort?.multi).toBe(true);
    expect(idx.copySort?.multi).toBe(true);
    expect(db.table('tombstones').schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['sourceId', 'seenAt', '[sourceId+link]']));
    db.close();
  });

  it('is named "kommunalradar" by default', () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.name).toBe(DB_NAME);
    expect(DB_NAME).toBe('kommunalradar');
  });

  it('keeps data across reopening', async () => {
    const factory = new IDBFactory();
    const first = openDb({ name: 'reopen', indexedDB: factory, IDBKeyRange });
    await setMeta(first, 'installedAt', 1_740_992_400_000);
    first.close();
    const second = openDb({ name: 'reopen', indexedDB: factory, IDBKeyRange });
    expect(await getMeta(second, 'installedAt')).toBe(1_740_992_400_000);
  });
});
