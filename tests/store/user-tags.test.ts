import { describe, expect, it } from 'vitest';
import { editItemTags, retagItems, upsertItems } from '../../lib/store/items';
import { freshDb, NOW, tagged } from './test-db';

const SRC = 'kommune21';
const ID = `${SRC}|a`;
const item = (tagVersion = 'v1', regions: ('BY' | 'SN' | 'DE')[] = ['SN'], themes = ['soziales-migration']) =>
  tagged(SRC, { guid: 'a', title: 'Dresden: Migration der E-Mail-Systeme abgeschlossen' }, { regions, themes, tagVersion });

describe("the user's tag corrections", () => {
  it('remove a wrong tag and add a missing one at once, and the filters see it', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [item()], NOW);
    await editItemTags(db, ID, { facet: 'themes', value: 'soziales-migration', action: 'remove' });
    const after = await editItemTags(db, ID, { facet: 'themes', value: 'it-infrastruktur', action: 'add' });
    expect(after?.themes).toEqual(['it-infrastruktur']);
    expect(after?.userTags).toEqual({ added: { regions: [], themes: ['it-infrastruktur'] }, removed: { regions: [], themes: ['soziales-migration'] } });
    expect(await db.items.where('themes').equals('it-infrastruktur').primaryKeys()).toEqual([ID]);
    expect(await db.items.where('themes').equals('soziales-migration').count()).toBe(0);
  });

  it('are kept when the feed brings the item again and when it is re-tagged', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [item()], NOW);
    await editItemTags(db, ID, { facet: 'regions', value: 'BY', action: 'add' });
    await editItemTags(db, ID, { facet: 'themes', value: 'soziales-migration', action: 'remove' });
    // The feed sends the item again with the tagger's tags.
    await upsertItems(db, SRC, [item('v1', ['SN'], ['soziales-migration', 'daten'])], NOW + 1000);
    expect(await db.items.get(ID)).toMatchObject({ regions: ['SN', 'BY'], themes: ['daten'] });
    // A new tagger version re-tags it.
    await retagItems(db, () => ({ regions: ['DE'], places: [], themes: ['soziales-migration', 'ki'], tagVersion: 'v2' }), 'v2');
    expect(await db.items.get(ID)).toMatchObject({ regions: ['DE', 'BY'], themes: ['ki'], tagVersion: 'v2' });
  });

  it('undo each other: adding back a removed tag shows it again, as the user’s', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [item()], NOW);
    await editItemTags(db, ID, { facet: 'regions', value: 'SN', action: 'remove' });
    expect((await db.items.get(ID))?.regions).toEqual([]);
    const back = await editItemTags(db, ID, { facet: 'regions', value: 'SN', action: 'add' });
    expect(back?.regions).toEqual(['SN']);
    expect(back?.userTags).toEqual({ added: { regions: ['SN'], themes: [] }, removed: { regions: [], themes: [] } });
  });

  it('answer undefined for an unknown item', async () => {
    expect(await editItemTags(freshDb(), 'nope', { facet: 'regions', value: 'BY', action: 'add' })).toBeUndefined();
  });
});

describe('evidence', () => {
  it('is stored with the item, as plain capped string lists', async () => {
    const db = freshDb();
    const evil = { regions: { SN: ['Dresden', 42, { x: 1 }, 'a'.repeat(500)] }, places: {}, themes: { 'it-infrastruktur': ['Migration'] } };
    await upsertItems(db, SRC, [{ ...item(), evidence: evil as never }], NOW);
    const stored = await db.items.get(ID);
    const sn = stored?.evidence?.regions.SN ?? [];
    expect(sn[0]).toBe('Dresden');
    expect(sn.length).toBeLessThanOrEqual(4);
    for (const w of sn) expect(typeof w === 'string' && w.length <= 64).toBe(true);
    expect(stored?.evidence?.themes['it-infrastruktur']).toEqual(['Migration']);
  });
});
