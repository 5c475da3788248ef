/** Places the user adds to or removes from an item: kept across polls and re-tagging, found by the place filter. */
import { describe, expect, it } from 'vitest';
import { editItemTags, retagItems, upsertItems } from '../../lib/store/items';
import { queryItems } from '../../lib/store/queries';
import type { Place } from '../../lib/model';
import { applyUserTags, editUserTags, toUserTags, validTagValue } from '../../lib/tag/user-tags';
import { freshDb, NOW, tagged } from './test-db';

const SRC = 'lausitz';
const ID = `${SRC}|a`;
const DRESDEN: Place = { name: 'Dresden', ags: '14612000', land: 'SN' };
const item = (places: Place[] = [DRESDEN], tagVersion = 'v1') =>
  ({ ...tagged(SRC, { guid: 'a', title: 'Dresden und Zittau: Glasfaser für die Schulen' }, { regions: ['SN'], themes: ['breitband'], tagVersion }), places });

describe('places in the user\'s corrections (pure)', () => {
  it('a place added brings its Land (unless the user removed it); a place removed stays away', () => {
    let u = editUserTags(undefined, { facet: 'places', value: '14626', action: 'add', name: 'Landkreis Görlitz' });
    u = editUserTags(u, { facet: 'places', value: '14612000', action: 'remove' });
    expect(u).toEqual({ added: { regions: [], themes: [], places: [{ name: 'Landkreis Görlitz', ags: '14626', land: 'SN' }] }, removed: { regions: [], themes: [], places: ['14612000'] } });
    expect(applyUserTags({ regions: ['DE'], themes: [], places: [DRESDEN] }, u)).toEqual({ regions: ['DE', 'SN'], themes: [], places: [{ name: 'Landkreis Görlitz', ags: '14626', land: 'SN' }] });
    const noSn = editUserTags(u, { facet: 'regions', value: 'SN', action: 'remove' });
    expect(applyUserTags({ regions: ['DE'], themes: [], places: [] }, noSn).regions).toEqual(['DE']);
    // Removing the place again takes back the addition.
    expect(editUserTags(editUserTags(undefined, { facet: 'places', value: '14626', action: 'add', name: 'x' }), { facet: 'places', value: '14626', action: 'remove' }))
      .toEqual({ added: { regions: [], themes: [] }, removed: { regions: [], themes: [], places: ['14626'] } });
  });

  it('takes only AGS of a known Land, derives the Land from the AGS and keeps the name as one line of text', () => {
    expect(['14626610', '09162', '14626'].map((v) => validTagValue('places', v))).toEqual([true, true, true]);
    expect(['1462600', '99162000', '1462600x', 'BY', '', '146260000'].map((v) => validTagValue('places', v))).toEqual([false, false, false, false, false, false]);
    const stored = toUserTags({ added: { places: [{ ags: '09162000', name: 'München\u202E\n  (Stadt)', land: 'SN' }, { ags: 'x', name: 'y' }, 'z'] }, removed: { places: ['09', '05315000'] } });
    expect(stored).toEqual({ added: { regions: [], themes: [], places: [{ ags: '09162000', name: 'München (Stadt)', land: 'BY' }] }, removed: { regions: [], themes: [], places: ['05315000'] } });
    expect(toUserTags({ added: { regions: ['BY'], themes: [] }, removed: { regions: [], themes: [] } })).toEqual({ added: { regions: ['BY'], themes: [] }, removed: { regions: [], themes: [] } });
  });
});

describe('places the user corrects on a stored item', () => {
  it('are stored at once, found by the place filter, and kept when the feed brings the item again and when it is re-tagged', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [item()], NOW);
    await editItemTags(db, ID, { facet: 'places', value: '14612000', action: 'remove' });
    const after = await editItemTags(db, ID, { facet: 'places', value: '14626610', action: 'add', name: 'Zittau (Landkreis Görlitz)' });
    expect(after?.places).toEqual([{ name: 'Zittau (Landkreis Görlitz)', ags: '14626610', land: 'SN' }]);
    // The place filter finds it under the Gemeinde and under its Kreis; Dresden no longer.
    expect((await queryItems(db, { places: ['14626610'] }, { limit: 10 })).map((i) => i.id)).toEqual([ID]);
    expect((await queryItems(db, { places: ['14626'] }, { limit: 10 })).map((i) => i.id)).toEqual([ID]);
    expect(await queryItems(db, { places: ['14612000'] }, { limit: 10 })).toEqual([]);

    await upsertItems(db, SRC, [item([DRESDEN])], NOW + 1000);
    expect((await db.items.get(ID))?.places.map((p) => p.ags)).toEqual(['14626610']);
    await retagItems(db, () => ({ regions: ['SN'], places: [DRESDEN], themes: ['breitband'], tagVersion: 'v2' }), 'v2');
    expect(await db.items.get(ID)).toMatchObject({ regions: ['SN'], places: [{ ags: '14626610' }], tagVersion: 'v2' });
  });

  it('a place added in another Land brings that Land to the Land filter', async () => {
    const db = freshDb();
    await upsertItems(db, SRC, [item()], NOW);
    await editItemTags(db, ID, { facet: 'places', value: '09162000', action: 'add', name: 'München' });
    expect((await db.items.get(ID))?.regions).toEqual(['SN', 'BY']);
    expect((await queryItems(db, { regions: ['BY'] }, { limit: 10 })).map((i) => i.id)).toEqual([ID]);
  });
});
