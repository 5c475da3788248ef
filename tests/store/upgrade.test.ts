import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Item } from '../../lib/model';
import { openDb } from '../../lib/store/db';
import { queryItems } from '../../lib/store/queries';
import { pruneItems } from '../../lib/store/retention';
import { DAY, NOW } from './test-db';

/** The layout version 1 shipped with, frozen here: the upgrade must start from exactly this. */
const SHIPPED_V1 = {
  items:
    'id, sortAt, sourceId, unread, firstSeenAt, notifiedAt, tagVersion, *regions, *themes, *regionSort, *themeSort, [sourceId+link], [unread+sortAt], [sourceId+sortAt]',
  sources: 'sourceId',
  tombstones: 'id, sourceId, seenAt, [sourceId+link]',
  meta: 'key',
};

function v1Item(id: string, over: Partial<Item>): Item & { regionSort: [string, number][]; themeSort: [string, number][] } {
  const item: Item = {
    id, sourceId: 'sz', key: id, guid: id, title: `Meldung ${id}`, link: `https://example.org/${id}`, summary: 'Anriss',
    categories: [], publishedAt: NOW, firstSeenAt: NOW, sortAt: NOW, updatedAt: NOW, unread: 1, notifiedAt: NOW,
    regions: ['SN'], places: [], themes: ['breitband'], tagVersion: 'v1', ...over,
  };
  return { ...item, regionSort: item.regions.map((r) => [r, item.sortAt]), themeSort: item.themes.map((t) => [t, item.sortAt]) };
}

describe('upgrade from version 1 to 2', () => {
  it('keeps every item, read state, tombstone, source state and setting, and adds the star and place indexes', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('upgrade', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SHIPPED_V1);
    const zittau = v1Item('zittau', { title: 'Zittau: Glasfaser für das Rathaus', places: [{ name: 'Zittau', ags: '14626610', land: 'SN' }], unread: 0 });
    const kreis = v1Item('kreis', { title: 'Landkreis Görlitz digitalisiert die Zulassung', places: [{ name: 'Görlitz', ags: '14626', land: 'SN' }], sortAt: NOW - DAY });
    const leipzig = v1Item('leipzig', { title: 'Leipzig: Ratsinformationssystem', places: [{ name: 'Leipzig', ags: '14713000', land: 'SN' }], sortAt: NOW - 2 * DAY });
    const plain = v1Item('plain', { regions: ['DE'], sortAt: NOW - 3 * DAY });
    await old.table('items').bulkPut([zittau, kreis, leipzig, plain]);
    await old.table('tombstones').put({ id: 'sz|gone', sourceId: 'sz', link: 'https://example.org/gone', seenAt: NOW });
    await old.table('sources').put({ sourceId: 'sz', lastCheckedAt: NOW, lastSuccessAt: NOW, nextCheckAt: NOW, errorCount: 0, lastError: '', status: 'ok', itemCount: 4, etag: '"x"' });
    await old.table('meta').put({ key: 'settings', value: { retentionDays: 14 } });
    old.close();

    const db = openDb({ name: 'upgrade', indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    const items = await db.items.toArray();
    expect(items.map((i) => i.id).sort()).toEqual(['kreis', 'leipzig', 'plain', 'zittau']);
    for (const i of items) expect(i.starred).toBe(0);
    expect(items.find((i) => i.id === 'zittau')).toMatchObject({ unread: 0, title: 'Zittau: Glasfaser für das Rathaus', notifiedAt: NOW });
    expect(await db.tombstones.count()).toBe(1);
    expect((await db.sources.get('sz'))?.etag).toBe('"x"');
    expect((await db.meta.get('settings'))?.value).toEqual({ retentionDays: 14 });

    // The new indexes answer at once: the Kreis finds itself and its Gemeinde, not Leipzig.
    const goerlitz = await queryItems(db, { places: ['14626'] }, { limit: 10 });
    expect(goerlitz.map((i) => i.id)).toEqual(['zittau', 'kreis']);
    expect((await queryItems(db, { places: ['14713000'] }, { limit: 10 })).map((i) => i.id)).toEqual(['leipzig']);
    expect(await queryItems(db, { starredOnly: true }, { limit: 10 })).toEqual([]);
    db.close();
  });

  it('starred items outlive the retention window; the others go as before', async () => {
    const factory = new IDBFactory();
    const db = openDb({ name: 'keep', indexedDB: factory, IDBKeyRange });
    const { toIndexedItem } = await import('../../lib/store/stored-item');
    const oldRead = (id: string, starred: 0 | 1) => toIndexedItem({ ...v1Item(id, { unread: 0, sortAt: NOW - 90 * DAY, firstSeenAt: NOW - 90 * DAY }), starred });
    await db.items.bulkPut([oldRead('kept', 1), oldRead('dropped', 0)]);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW })).toBe(1);
    expect((await db.items.toArray()).map((i) => i.id)).toEqual(['kept']);
    expect((await queryItems(db, { starredOnly: true }, { limit: 10 })).map((i) => i.id)).toEqual(['kept']);
  });
});
