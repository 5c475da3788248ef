import { describe, expect, it } from 'vitest';
import { deleteItems, markAllRead, markRead, retagItems, upsertItems } from '../../lib/store/items';
import type { Item } from '../../lib/model';
import { DAY, freshDb, NOW, tagged } from './test-db';

const SRC = 'stadt-leipzig';
const H = 3_600_000;

function ratsinfo(over: Partial<Parameters<typeof tagged>[1]> = {}) {
  return tagged(SRC, {
    guid: 'ri-2025-017',
    title: 'Stadtrat beschließt Digitalstrategie 2030',
    link: 'https://www.leipzig.de/news/digitalstrategie',
    summary: 'Der Leipziger Stadtrat hat die Digitalstrategie mit großer Mehrheit beschlossen.',
    publishedAt: NOW - 2 * H,
    ...over,
  }, { regions: ['SN'], themes: ['kooperation-strategie'] });
}

describe('upsertItems', () => {
  it('stores new items unread, not yet notified, first seen now', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [ratsinfo()], NOW);
    expect(r).toMatchObject({ updated: 0, unchanged: 0, skipped: 0, stale: 0 });
    expect(r.added).toHaveLength(1);
    const stored = await db.items.get(`${SRC}|ri-2025-017`);
    expect(stored).toMatchObject({ unread: 1, notifiedAt: 0, firstSeenAt: NOW, sortAt: NOW - 2 * H, regions: ['SN'], tagVersion: 'v1' });
  });

  it('a second poll with the same items changes nothing', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [ratsinfo()], NOW);
    const r = await upsertItems(db, SRC, [ratsinfo()], NOW + H);
    expect(r).toEqual({ added: [], updated: 0, unchanged: 1, skipped: 0, merged: 0, stale: 0, old: 0 });
    expect((await db.items.get(`${SRC}|ri-2025-017`))?.updatedAt).toBe(NOW);
  });

  it('E06 same guid with an edited title is updated in place, read state kept, not new', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [ratsinfo()], NOW);
    await markRead(db, [`${SRC}|ri-2025-017`], true);
    await db.items.update(`${SRC}|ri-2025-017`, { notifiedAt: NOW + 1 });
    const r = await upsertItems(db, SRC, [ratsinfo({ title: 'Stadtrat beschließt Digitalstrategie 2030 (korrigiert)' })], NOW + 3 * H);
    expect(r.added).toEqual([]);
    expect(r.updated).toBe(1);
    const all = await db.items.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      title: 'Stadtrat beschließt Digitalstrategie 2030 (korrigiert)',
      unread: 0,
      notifiedAt: NOW + 1,
      firstSeenAt: NOW,
      updatedAt: NOW + 3 * H,
    });
  });

  it('E04 a guid regenerated on every poll with a stable link is not stored or announced again', async () => {
    const db = freshDb();
    const poll = (stamp: number) =>
      tagged(SRC, { guid: `leipzig-${stamp}`, title: 'Wahlhelfer gesucht', link: 'https://www.leipzig.de/wahlhelfer?utm_campaign=' + stamp, publishedAt: null });
    const first = await upsertItems(db, SRC, [poll(1)], NOW);
    const second = await upsertItems(db, SRC, [poll(2)], NOW + H);
    const third = await upsertItems(db, SRC, [poll(3)], NOW + 2 * H);
    expect(first.added).toHaveLength(1);
    expect(second.added).toEqual([]);
    expect(third.added).toEqual([]);
    expect(second.skipped + third.skipped).toBe(2);
    expect(await db.items.count()).toBe(1);
  });

  it('E04 a link every item of a feed shares (the news page) does not merge different guids', async () => {
    const db = freshDb();
    const item = (guid: string, title: string) => tagged(SRC, { guid, title, link: 'https://www.gemeinde-sinn.de/aktuelles' });
    await upsertItems(db, SRC, [item('a', 'Bauhof geschlossen'), item('b', 'Neue Kita-Plätze')], NOW);
    const r = await upsertItems(db, SRC, [item('a', 'Bauhof geschlossen'), item('b', 'Neue Kita-Plätze'), item('c', 'Glasfaser kommt')], NOW + H);
    expect(r.added.map((i) => i.title)).toEqual(['Glasfaser kommt']);
    expect(await db.items.count()).toBe(3);
  });

  it('E08 the same link in another source is the same item, which records the other source', async () => {
    const db = freshDb();
    await upsertItems(db, 'a', [tagged('a', { guid: '1', link: 'https://www.bund.de/ozg' })], NOW);
    const r = await upsertItems(db, 'b', [tagged('b', { guid: '2', link: 'https://www.bund.de/ozg' })], NOW + H);
    expect(r).toMatchObject({ added: [], merged: 1 });
    expect((await db.items.toArray()).map((i) => [i.id, i.alsoIn])).toEqual([['a|1', [{ sourceId: 'b', id: 'b|2', seenAt: NOW + H }]]]);
  });

  it('E03 the same guid in another source with another link stays a different item', async () => {
    const db = freshDb();
    await upsertItems(db, 'a', [tagged('a', { guid: '1', link: 'https://www.bund.de/ozg' })], NOW);
    const r = await upsertItems(db, 'b', [tagged('b', { guid: '1', link: 'https://www.land.de/ozg' })], NOW);
    expect(r.added).toHaveLength(1);
  });

  it('E07 a deleted item that appears in the feed again stays deleted', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [ratsinfo()], NOW);
    expect(await deleteItems(db, [`${SRC}|ri-2025-017`], NOW + H)).toBe(1);
    const r = await upsertItems(db, SRC, [ratsinfo()], NOW + 2 * H);
    expect(r).toMatchObject({ added: [], skipped: 1 });
    expect(await db.items.count()).toBe(0);
    // its tombstone is refreshed while the feed still carries it, at most once a day
    expect((await db.tombstones.get(`${SRC}|ri-2025-017`))?.seenAt).toBe(NOW + H);
    await upsertItems(db, SRC, [ratsinfo()], NOW + H + DAY);
    expect((await db.tombstones.get(`${SRC}|ri-2025-017`))?.seenAt).toBe(NOW + H + DAY);
  });

  it('E07 a deleted item that returns under a regenerated guid stays deleted (tombstone by link)', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [ratsinfo()], NOW);
    await deleteItems(db, [`${SRC}|ri-2025-017`], NOW + H);
    const r = await upsertItems(db, SRC, [ratsinfo({ guid: 'ri-2025-017-neu' })], NOW + 2 * H);
    expect(r.added).toEqual([]);
    expect(await db.items.count()).toBe(0);
  });

  it('E07 an item that leaves the feed and returns is neither new nor re-announced', async () => {
    const db = freshDb();
    const other = tagged(SRC, { guid: 'x', title: 'Anderes Thema' });
    await upsertItems(db, SRC, [ratsinfo(), other], NOW);
    await db.items.update(`${SRC}|ri-2025-017`, { notifiedAt: NOW });
    await upsertItems(db, SRC, [other], NOW + H);
    const r = await upsertItems(db, SRC, [ratsinfo(), other], NOW + 2 * H);
    expect(r.added).toEqual([]);
    expect((await db.items.get(`${SRC}|ri-2025-017`))?.notifiedAt).toBe(NOW);
  });

  it('F05 an item without date sorts by firstSeenAt, stable across polls', async () => {
    const db = freshDb();
    const undated = tagged(SRC, { guid: 'ohne-datum', title: 'Amtsblatt Nr. 12', publishedAt: null });
    await upsertItems(db, SRC, [undated], NOW);
    await upsertItems(db, SRC, [undated], NOW + DAY);
    await upsertItems(db, SRC, [undated], NOW + 2 * DAY);
    expect(await db.items.get(`${SRC}|ohne-datum`)).toMatchObject({ firstSeenAt: NOW, sortAt: NOW, publishedAt: null });
  });

  it.each([
    ['now + 2 days', NOW + 2 * DAY],
    ['the year 2103', Date.UTC(2103, 0, 1)],
  ])('F06 a future date (%s) is stored but sorts at firstSeenAt', async (_name, publishedAt) => {
    const db = freshDb();
    await upsertItems(db, SRC, [ratsinfo({ publishedAt })], NOW);
    const stored = await db.items.get(`${SRC}|ri-2025-017`);
    expect(stored?.publishedAt).toBe(publishedAt);
    expect(stored?.sortAt).toBe(NOW);
    // a later, ordinary item sorts above it
    await upsertItems(db, SRC, [tagged(SRC, { guid: 'spaeter', publishedAt: NOW + H })], NOW + H);
    const top = await db.items.orderBy('sortAt').reverse().first();
    expect(top?.guid).toBe('spaeter');
  });

  it('F07 a newly seen item dated 1970 is stored but not new and never announced', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [ratsinfo({ publishedAt: 0 })], NOW, { retentionDays: 30 });
    expect(r.added).toEqual([]);
    expect(r.stale).toBe(1);
    const stored = await db.items.get(`${SRC}|ri-2025-017`);
    expect(stored).toMatchObject({ publishedAt: 0, sortAt: 0, notifiedAt: NOW, firstSeenAt: NOW });
  });

  it('F07 an item just inside the retention window is new', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [ratsinfo({ publishedAt: NOW - 29 * DAY })], NOW, { retentionDays: 30 });
    expect(r.added).toHaveLength(1);
  });

  it('items of another source and repeated ids in one batch are skipped', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [ratsinfo(), ratsinfo(), tagged('fremd', { guid: 'z' })], NOW);
    expect(r.added).toHaveLength(1);
    expect(r.skipped).toBe(2);
  });

  it('E02 of two items with the same id in one batch the first is stored (the normaliser passes both)', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [ratsinfo(), ratsinfo({ title: 'Kopie' })], NOW);
    expect(r).toMatchObject({ skipped: 1 });
    expect((await db.items.toArray()).map((i) => i.title)).toEqual(['Stadtrat beschließt Digitalstrategie 2030']);
  });

  it('G01 a batch that fails midway stores nothing (one transaction)', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [tagged(SRC, { guid: 'alt', title: 'Schon da' })], NOW);
    // the write of the second item fails, as a full disk or a killed worker would
    db.items.hook('creating', (_key, obj) => {
      if (obj.guid === 'kaputt') throw new Error('Platte voll');
    });
    await expect(upsertItems(db, SRC, [ratsinfo(), tagged(SRC, { guid: 'kaputt' })], NOW + H)).rejects.toThrow('Platte voll');
    expect((await db.items.toArray()).map((i) => i.guid)).toEqual(['alt']);
  });

  it('an item without id is skipped, never stored under an empty key', async () => {
    const db = freshDb();
    const r = await upsertItems(db, SRC, [{ ...ratsinfo(), id: undefined as unknown as string }], NOW);
    expect(r.skipped).toBe(1);
    expect(await db.items.count()).toBe(0);
  });

  it('C09 every stored text field is a string, whatever the parser let through', async () => {
    const db = freshDb();
    const odd = tagged(SRC, {
      guid: 123 as unknown as string,
      title: { type: 'img', props: { src: 'x' } } as unknown as string,
      summary: 2024 as unknown as string,
      link: 0 as unknown as string,
      categories: [1, 'Verwaltung'] as unknown as string[],
    });
    const zero = tagged(SRC, { guid: '0123', title: '2024' });
    const sloppy = { ...zero, id: `${SRC}|sloppy`, key: 'sloppy', regions: ['BY', 5] as unknown as Item['regions'], tagVersion: 7 as unknown as string };
    await upsertItems(db, SRC, [odd, zero, sloppy], NOW);
    const rows = await db.items.toArray();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      for (const f of ['id', 'sourceId', 'key', 'guid', 'title', 'link', 'summary', 'tagVersion'] as const) {
        expect(typeof row[f], `${row.id}.${f}`).toBe('string');
      }
      for (const list of [row.categories, row.regions, row.themes]) expect(list.every((v) => typeof v === 'string')).toBe(true);
      for (const p of row.places) expect([p.name, p.ags, p.land].every((v) => typeof v === 'string')).toBe(true);
      expect(row.publishedAt === null || typeof row.publishedAt === 'number').toBe(true);
    }
    expect(rows.find((r) => r.key === '0123')?.title).toBe('2024');
    expect(rows.find((r) => r.key === '123')?.guid).toBe('123');
  });
});

describe('read state, deletion and re-tagging', () => {
  async function seeded() {
    const db = freshDb();
    const items = [
      tagged(SRC, { guid: 'a', title: 'Bürgeramt Leipzig: Termine online', publishedAt: NOW - H }, { regions: ['SN'], themes: ['buergerservice'] }),
      tagged(SRC, { guid: 'b', title: 'Glasfaser für Grimma', publishedAt: NOW - 2 * H }, { regions: ['SN'], themes: ['breitband'] }),
      tagged(SRC, { guid: 'c', title: 'Bundesweite Umfrage zur E-Akte', publishedAt: NOW - 3 * H }, { regions: ['DE'], themes: ['verwaltungsmodernisierung'] }),
    ];
    await upsertItems(db, SRC, items, NOW);
    return db;
  }

  it('markRead sets and clears the read flag', async () => {
    const db = await seeded();
    expect(await markRead(db, [`${SRC}|a`, `${SRC}|fehlt`], true)).toBe(1);
    expect((await db.items.get(`${SRC}|a`))?.unread).toBe(0);
    await markRead(db, [`${SRC}|a`], false);
    expect((await db.items.get(`${SRC}|a`))?.unread).toBe(1);
  });

  it('markAllRead marks only what the filter matches', async () => {
    const db = await seeded();
    expect(await markAllRead(db, { regions: ['SN'] })).toBe(2);
    expect((await db.items.get(`${SRC}|c`))?.unread).toBe(1);
    expect(await markAllRead(db, {})).toBe(1);
    expect(await db.items.where('unread').equals(1).count()).toBe(0);
  });

  it('deleteItems removes items and writes tombstones with source and link', async () => {
    const db = await seeded();
    expect(await deleteItems(db, [`${SRC}|a`, `${SRC}|fehlt`], NOW + H)).toBe(1);
    expect(await db.items.count()).toBe(2);
    expect(await db.tombstones.get(`${SRC}|a`)).toEqual({ id: `${SRC}|a`, sourceId: SRC, link: '', seenAt: NOW + H });
  });

  it('retagItems re-tags only items with another tagVersion and keeps their state', async () => {
    const db = await seeded();
    await markRead(db, [`${SRC}|a`], true);
    await db.items.update(`${SRC}|c`, { tagVersion: 'v2' });
    const seen: string[] = [];
    const n = await retagItems(
      db,
      (i) => {
        seen.push(i.guid);
        return { regions: ['SN'], places: [{ name: 'Leipzig', ags: '14713000', land: 'SN' }], themes: ['ki'], tagVersion: 'v2' };
      },
      'v2',
    );
    expect(n).toBe(2);
    expect(seen.sort()).toEqual(['a', 'b']);
    expect(await db.items.get(`${SRC}|a`)).toMatchObject({ unread: 0, themes: ['ki'], tagVersion: 'v2', firstSeenAt: NOW });
    expect((await db.items.get(`${SRC}|c`))?.themes).toEqual(['verwaltungsmodernisierung']);
    expect(await retagItems(db, () => { throw new Error('should not run'); }, 'v2')).toBe(0);
  });

  it('retagItems works through more items than one batch', async () => {
    const db = freshDb();
    const many = Array.from({ length: 1234 }, (_, i) => tagged(SRC, { guid: `m${i}`, title: `Meldung ${i}` }));
    await upsertItems(db, SRC, many, NOW);
    expect(await retagItems(db, () => ({ regions: ['DE'], places: [], themes: [], tagVersion: 'v9' }), 'v9')).toBe(1234);
    expect(await db.items.where('tagVersion').equals('v9').count()).toBe(1234);
  });
});
