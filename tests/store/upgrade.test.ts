import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Item } from '../../lib/model';
import { openDb, SCHEMA_VERSION } from '../../lib/store/db';
import { starItems, upsertItems } from '../../lib/store/items';
import { getMeta } from '../../lib/store/meta';
import { countItems, queryItems } from '../../lib/store/queries';
import { pruneItems } from '../../lib/store/retention';
import { countRecentItems } from '../../lib/store/source-health';
import { DAY, NOW, tagged } from './test-db';

/** The layout version 1 shipped with, frozen here: the upgrade must start from exactly this. */
const SHIPPED_V1 = {
  items:
    'id, sortAt, sourceId, unread, firstSeenAt, notifiedAt, tagVersion, *regions, *themes, *regionSort, *themeSort, [sourceId+link], [unread+sortAt], [sourceId+sortAt]',
  sources: 'sourceId',
  tombstones: 'id, sourceId, seenAt, [sourceId+link]',
  meta: 'key',
};

/** The layout version 2 shipped with, frozen likewise. */
const SHIPPED_V2 = {
  ...SHIPPED_V1,
  items: `${SHIPPED_V1.items}, [starred+sortAt], *placeSort`,
};

type Row = Item & { regionSort: [string, number][]; themeSort: [string, number][]; placeSort?: [string, number][]; starred?: 0 | 1 };

/**
 * An item as version 2 stored it, frozen here: *placeSort held the place keys (each AGS, and
 * the Kreis of a Gemeinde) and, piggybacked, `article:<link without fragment>` and one
 * `source:<id>` per source in alsoIn.
 */
function v1Item(id: string, over: Partial<Item>): Item & { regionSort: [string, number][]; themeSort: [string, number][] } {
  const item: Item = {
    id, sourceId: 'sz', key: id, guid: id, title: `Meldung ${id}`, link: `https://example.org/${id}`, summary: 'Anriss',
    categories: [], publishedAt: NOW, firstSeenAt: NOW, sortAt: NOW, updatedAt: NOW, unread: 1, notifiedAt: NOW,
    regions: ['SN'], places: [], themes: ['breitband'], tagVersion: 'v1', ...over,
  };
  return { ...item, regionSort: item.regions.map((r) => [r, item.sortAt]), themeSort: item.themes.map((t) => [t, item.sortAt]) };
}

function v2Row(id: string, over: Partial<Item>): Row {
  const item = v1Item(id, over);
  const keys = new Set<string>();
  for (const p of item.places) {
    keys.add(p.ags);
    if (p.ags.length === 8) keys.add(p.ags.slice(0, 5));
  }
  if (item.link !== '') keys.add(`article:${item.link.split('#')[0]}`);
  for (const a of item.alsoIn ?? []) keys.add(`source:${a.sourceId}`);
  return { ...item, placeSort: [...keys].map((k) => [k, item.sortAt]), starred: item.starred === 1 ? 1 : 0 };
}

/** Every page of `filter`, `limit` at a time, following the cursor as the popup does. */
async function allPages(db: ReturnType<typeof openDb>, filter: Parameters<typeof queryItems>[1], limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let before: { sortAt: number; id: string } | undefined;
  for (;;) {
    const page = await queryItems(db, filter, { limit, ...(before ? { before } : {}) });
    if (page.length === 0) return pages;
    pages.push(page.map((i) => i.id));
    const last = page.at(-1)!;
    before = { sortAt: last.sortAt, id: last.id };
  }
}

/** Newest first, as the popup lists: sortAt descending, then id descending. */
const newestFirst = (rows: Item[]) => [...rows].sort((a, b) => b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((i) => i.id);

describe('upgrade from version 2 to 3', () => {
  const LINK = 'https://www.egovernment.de/ozg-booster-bayern';
  const H = 3_600_000;

  /** A version-2 database as the extension left it: places, a shared article, starred and read items, tombstones, sources, settings. */
  async function v2Database(factory: IDBFactory) {
    const old = new Dexie('v2', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2);
    const row = (key: string, sourceId: string, over: Partial<Item> = {}) => v2Row(`${sourceId}|${key}`, { sourceId, ...over });
    const rows: Row[] = [
      // The article two sources carried: the first source's item, read and starred, naming Zittau.
      row('eg-4711', 'egovernment', {
        title: 'OZG-Booster: Zittau bündelt Onlinedienste', link: LINK, sortAt: NOW - H, unread: 0, starred: 1,
        places: [{ name: 'Zittau', ags: '14626610', land: 'SN' }],
        alsoIn: [{ sourceId: 'behoerden-spiegel', id: 'behoerden-spiegel|bs-99', link: `${LINK}#kommentare`, seenAt: NOW }],
      }),
      row('eg-kreis', 'egovernment', { title: 'Landkreis Görlitz digitalisiert die Zulassung', sortAt: NOW - DAY, places: [{ name: 'Görlitz', ags: '14626', land: 'SN' }] }),
      row('bs-own', 'behoerden-spiegel', { title: 'Sachsen startet Bürgerkonto', sortAt: NOW - 2 * DAY }),
      row('leipzig', 'sz', { title: 'Leipzig: Ratsinformationssystem', sortAt: NOW - 3 * DAY, starred: 1, unread: 0, places: [{ name: 'Leipzig', ags: '14713000', land: 'SN' }] }),
    ];
    // Enough plain items for several pages, two of them at the same time (the id breaks the tie).
    for (let k = 0; k < 9; k++) rows.push(row(`sz-${k}`, 'sz', { sortAt: NOW - (4 + Math.min(k, 7)) * DAY }));
    await old.table('items').bulkPut(rows);
    await old.table('tombstones').bulkPut([
      { id: 'sz|weg', sourceId: 'sz', link: 'https://example.org/weg', seenAt: NOW },
      { id: '*|https://example.org/geloescht', sourceId: '*', link: 'https://example.org/geloescht', seenAt: NOW },
    ]);
    await old.table('sources').bulkPut([
      { sourceId: 'egovernment', lastCheckedAt: NOW, lastSuccessAt: NOW, nextCheckAt: NOW, errorCount: 0, lastError: '', status: 'ok', itemCount: 2, etag: '"e"' },
      { sourceId: 'behoerden-spiegel', lastCheckedAt: NOW, lastSuccessAt: NOW, nextCheckAt: NOW, errorCount: 0, lastError: '', status: 'ok', itemCount: 2 },
    ]);
    await old.table('meta').bulkPut([
      { key: 'settings', value: { retentionDays: 60, badgeMode: 'unread' } },
      { key: 'tagVersion', value: 'v1' },
      // Written by the worker of version 2 once it had re-indexed; nothing reads it any more.
      { key: 'itemIndexVersion', value: 2 },
    ]);
    old.close();
    return rows;
  }

  it('keeps every row and moves the article and source keys out of the place index', async () => {
    const factory = new IDBFactory();
    const before = await v2Database(factory);
    const db = openDb({ name: 'v2', indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(3);
    const index = db.table('items').schema.idxByName;
    expect(index.copySort?.multi).toBe(true);
    expect(index.placeSort?.multi).toBe(true);

    const after = (await db.items.toArray()) as (Row & { copySort: [string, number][] })[];
    expect(after).toHaveLength(before.length);
    for (const row of after) {
      const { placeSort, copySort, ...rest } = row;
      const { placeSort: _old, ...was } = before.find((b) => b.id === row.id)!;
      expect(rest, row.id).toEqual(was);
      for (const [key] of placeSort!) expect(key, row.id).toMatch(/^\d+$/);
      expect(copySort, row.id).toContainEqual([`article:${row.link}`, row.sortAt]);
    }
    const shared = after.find((r) => r.id === 'egovernment|eg-4711')!;
    expect(shared.placeSort).toEqual([['14626610', NOW - H], ['14626', NOW - H]]);
    expect(shared.copySort).toEqual([[`article:${LINK}`, NOW - H], ['source:behoerden-spiegel', NOW - H]]);
    expect(shared).toMatchObject({ unread: 0, starred: 1 });
    expect(await db.tombstones.count()).toBe(2);
    expect((await db.sources.get('egovernment'))?.etag).toBe('"e"');
    expect(await db.sources.count()).toBe(2);
    expect(await getMeta(db, 'settings')).toEqual({ retentionDays: 60, badgeMode: 'unread' });
    expect(await getMeta(db, 'tagVersion')).toBe('v1');
    expect(await db.meta.count()).toBe(3);
    db.close();
  });

  it('place filter, source filter, "Gemerkt", paging and the next copy of an article work on the upgraded data', async () => {
    const factory = new IDBFactory();
    const rows = await v2Database(factory);
    const db = openDb({ name: 'v2', indexedDB: factory, IDBKeyRange });
    const ids = async (filter: Parameters<typeof queryItems>[1]) => (await queryItems(db, filter, { limit: 50 })).map((i) => i.id);

    // The Kreis lists its own item and its Gemeinde's; the old article and source keys match no place.
    expect(await ids({ places: ['14626'] })).toEqual(['egovernment|eg-4711', 'egovernment|eg-kreis']);
    expect(await ids({ places: ['14713000'] })).toEqual(['sz|leipzig']);
    expect(await ids({ places: ['source:behoerden-spiegel'] })).toEqual([]);
    expect(await ids({ places: [`article:${LINK}`] })).toEqual([]);
    expect(await countItems(db, { places: ['14626'] })).toBe(2);

    // A source lists its own items and the one it also carried; the health column counts both.
    expect(await ids({ sourceIds: ['behoerden-spiegel'] })).toEqual(['egovernment|eg-4711', 'behoerden-spiegel|bs-own']);
    expect(await countItems(db, { sourceIds: ['behoerden-spiegel'] })).toBe(2);
    expect(await countItems(db, { sourceIds: ['behoerden-spiegel'], places: ['14626'] })).toBe(1);
    expect(await countRecentItems(db, ['egovernment', 'behoerden-spiegel', 'sz'], NOW - 30 * DAY)).toEqual({ egovernment: 2, 'behoerden-spiegel': 2, sz: 10 });

    expect(await ids({ starredOnly: true })).toEqual(['egovernment|eg-4711', 'sz|leipzig']);
    expect(await ids({ unreadOnly: true, sourceIds: ['behoerden-spiegel'] })).toEqual(['behoerden-spiegel|bs-own']);

    // Newest first, 4 at a time, every item once.
    const pages = await allPages(db, {}, 4);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 1]);
    expect(pages.flat()).toEqual(newestFirst(rows));
    expect((await allPages(db, { sourceIds: ['behoerden-spiegel'] }, 1)).flat()).toEqual(['egovernment|eg-4711', 'behoerden-spiegel|bs-own']);

    // A third source's copy of the article finds the stored item: recorded there, not stored again.
    const copy = tagged('kommune21', { guid: 'k21-1', title: 'Zittau bündelt Onlinedienste', link: `${LINK}#top`, publishedAt: NOW - H }, { regions: ['SN'] });
    const r = await upsertItems(db, 'kommune21', [copy], NOW + H);
    expect(r).toMatchObject({ added: [], merged: 1 });
    expect((await db.items.get('egovernment|eg-4711'))?.alsoIn?.map((a) => a.sourceId)).toEqual(['behoerden-spiegel', 'kommune21']);
    expect(await ids({ sourceIds: ['kommune21'] })).toEqual(['egovernment|eg-4711']);
    expect(await db.items.count()).toBe(rows.length);
    // The deleted article stays away from every source; a new article is stored.
    const gone = tagged('kommune21', { guid: 'k21-2', title: 'Gelöscht', link: 'https://example.org/geloescht', publishedAt: NOW });
    const fresh = tagged('kommune21', { guid: 'k21-3', title: 'Neu: Glasfaser in Bautzen', link: 'https://www.kommune21.de/bautzen', publishedAt: NOW });
    expect((await upsertItems(db, 'kommune21', [gone, fresh], NOW + 2 * H)).added.map((i) => i.id)).toEqual(['kommune21|k21-3']);

    // Starring still moves an item into "Gemerkt" and keeps its copies' keys.
    await starItems(db, ['behoerden-spiegel|bs-own'], true);
    expect(await ids({ starredOnly: true })).toEqual(['egovernment|eg-4711', 'behoerden-spiegel|bs-own', 'sz|leipzig']);
    expect(await ids({ sourceIds: ['kommune21'] })).toEqual(['kommune21|k21-3', 'egovernment|eg-4711']);
    db.close();
  });

  it('a row with damaged place or source lists does not stop the upgrade', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('damaged', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SHIPPED_V1);
    old.version(2).stores(SHIPPED_V2);
    const good = v2Row('good', { places: [{ name: 'Zittau', ags: '14626610', land: 'SN' }] });
    const odd = { ...v1Item('odd', { sortAt: NOW - DAY }), places: [null, { name: 'X' }], alsoIn: ['kaputt', { sourceId: 7 }, { sourceId: 'k21', id: 'k21|1', seenAt: NOW }], placeSort: [], starred: 0 };
    await old.table('items').bulkPut([good, odd]);
    old.close();

    const db = openDb({ name: 'damaged', indexedDB: factory, IDBKeyRange });
    expect(((await db.items.get('odd')) as unknown as { copySort: unknown }).copySort).toEqual([['article:https://example.org/odd', NOW - DAY], ['source:k21', NOW - DAY]]);
    expect((await queryItems(db, {}, { limit: 10 })).map((i) => i.id)).toEqual(['good', 'odd']);
    expect((await queryItems(db, { sourceIds: ['k21'] }, { limit: 10 })).map((i) => i.id)).toEqual(['odd']);
    expect((await queryItems(db, { places: ['14626'] }, { limit: 10 })).map((i) => i.id)).toEqual(['good']);
    db.close();
  });
});

describe('upgrade from version 1 straight to 3', () => {
  it('keeps every item, read state, tombstone, source state and setting, and adds the star, place and copy indexes', async () => {
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
    expect(db.verno).toBe(3);
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
    expect((await queryItems(db, { sourceIds: ['sz'] }, { limit: 10 })).map((i) => i.id)).toEqual(['zittau', 'kreis', 'leipzig', 'plain']);
    const pages = await allPages(db, {}, 3);
    expect(pages.map((p) => p.length)).toEqual([3, 1]);
    expect(pages.flat()).toEqual(newestFirst(items));

    // Another source's copy of a version-1 item finds it; the source filter then lists it there too.
    const copy = tagged('kommune21', { guid: 'k21-1', title: 'Glasfaser für das Rathaus in Zittau', link: zittau.link, publishedAt: NOW }, { regions: ['SN'] });
    expect(await upsertItems(db, 'kommune21', [copy], NOW + DAY)).toMatchObject({ added: [], merged: 1 });
    expect((await queryItems(db, { sourceIds: ['kommune21'] }, { limit: 10 })).map((i) => i.id)).toEqual(['zittau']);
    await starItems(db, ['leipzig'], true);
    expect((await queryItems(db, { starredOnly: true }, { limit: 10 })).map((i) => i.id)).toEqual(['leipzig']);
    expect((await db.items.get('zittau'))).toMatchObject({ unread: 0 });
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
