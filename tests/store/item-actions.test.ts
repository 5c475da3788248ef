import { describe, expect, it } from 'vitest';
import { deleteItems, markFilterRead, markRead, restoreItems, starItems, upsertItems } from '../../lib/store/items';
import { queryItems } from '../../lib/store/queries';
import { freshDb, NOW, tagged } from './test-db';

async function seeded() {
  const db = freshDb();
  await upsertItems(db, 'k21', [
    tagged('k21', { guid: 'a', title: 'Dresden: Glasfaser', link: 'https://k21.example/a', publishedAt: NOW - 3000 }, { regions: ['SN'] }),
    tagged('k21', { guid: 'b', title: 'München: KI im Bürgerbüro', link: 'https://k21.example/b', publishedAt: NOW - 2000 }, { regions: ['BY'] }),
    tagged('k21', { guid: 'c', title: 'Leipzig: Ratsinformationssystem', link: 'https://k21.example/c', publishedAt: NOW - 1000 }, { regions: ['SN'] }),
  ], NOW);
  return db;
}

describe('item actions in the store', () => {
  it('Merken lists the item under "Gemerkt", and a later poll keeps the star', async () => {
    const db = await seeded();
    expect(await starItems(db, ['k21|b'], true)).toBe(1);
    expect((await queryItems(db, { starredOnly: true }, { limit: 10 })).map((i) => i.title)).toEqual(['München: KI im Bürgerbüro']);
    await upsertItems(db, 'k21', [tagged('k21', { guid: 'b', title: 'München: KI im Bürgerbüro (aktualisiert)', link: 'https://k21.example/b', publishedAt: NOW - 2000 }, { regions: ['BY'] })], NOW + 1000);
    expect((await db.items.get('k21|b'))?.starred).toBe(1);
    await starItems(db, ['k21|b'], false);
    expect(await queryItems(db, { starredOnly: true }, { limit: 10 })).toEqual([]);
  });

  it('"Alle als gelesen markieren" marks only the filter, gives the ids, and marking them unread undoes it', async () => {
    const db = await seeded();
    const ids = await markFilterRead(db, { regions: ['SN'] });
    expect(ids.sort()).toEqual(['k21|a', 'k21|c']);
    expect((await db.items.get('k21|b'))?.unread).toBe(1);
    await markRead(db, ids, false);
    expect((await db.items.toArray()).every((i) => i.unread === 1)).toBe(true);
  });

  it('hiding leaves a tombstone; restoring brings the item back as it was', async () => {
    const db = await seeded();
    await starItems(db, ['k21|a'], true);
    const before = (await db.items.get('k21|a'))!;
    await deleteItems(db, ['k21|a'], NOW);
    expect(await db.items.get('k21|a')).toBeUndefined();
    await restoreItems(db, [before]);
    expect(await db.items.get('k21|a')).toEqual(before);
    expect(await db.tombstones.get('k21|a')).toBeUndefined();
  });
});
