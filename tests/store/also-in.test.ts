/**
 * The same article in two sources (E08) in the extension's store: one read state, no second
 * announcement, deletion, source removal, the source filter and re-tagging (items stored by an
 * older schema: upgrade.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../lib/model';
import { itemMatcher } from '../../lib/store/filter';
import { deleteItems, markFilterRead, markRead, restoreItems, retagItems, starItems, upsertItems } from '../../lib/store/items';
import { countItems, countNew, queryItems } from '../../lib/store/queries';
import { pruneItems } from '../../lib/store/retention';
import { countRecentItems } from '../../lib/store/source-health';
import { removeSource } from '../../lib/store/sources';
import { DAY, freshDb, NOW, tagged } from './test-db';

const H = 3_600_000;
const LINK = 'https://www.egovernment.de/ozg-booster-bayern';

const egov = (over: { title?: string; link?: string } = {}) =>
  tagged('egovernment', { guid: 'eg-4711', title: 'OZG-Booster: Bayern bündelt Onlinedienste', link: LINK, summary: 'Der Freistaat bündelt 40 Onlinedienste.', publishedAt: NOW - 2 * H, ...over }, { regions: ['BY'], themes: ['ozg'] });
const bsi = (over: { title?: string; link?: string } = {}) =>
  tagged('behoerden-spiegel', { guid: 'bs-99', title: 'Bayern bündelt Onlinedienste', link: LINK, summary: 'Auch der Behörden Spiegel meldet es.', publishedAt: NOW - 2 * H, ...over }, { regions: ['BY'], themes: ['ozg'] });
const other = () =>
  tagged('behoerden-spiegel', { guid: 'bs-100', title: 'Sachsen startet Bürgerkonto', link: 'https://www.behoerden-spiegel.de/buergerkonto', publishedAt: NOW - 3 * H }, { regions: ['SN'], themes: [] });

async function twoSources() {
  const db = freshDb();
  await upsertItems(db, 'egovernment', [egov()], NOW);
  const r = await upsertItems(db, 'behoerden-spiegel', [bsi(), other()], NOW + H);
  return { db, r };
}

const ID = 'egovernment|eg-4711';

describe('one article, two sources (E08), in the Dexie store', () => {
  it('is one item: not announced again, not counted again as new, one read state', async () => {
    const { db, r } = await twoSources();
    expect(r.added.map((i) => i.id)).toEqual(['behoerden-spiegel|bs-100']);
    expect(await db.items.count()).toBe(2);
    expect(await countNew(db, { since: NOW + H / 2, now: NOW + H, retentionDays: 30 })).toBe(1);
    await markRead(db, [ID], true);
    await starItems(db, [ID], true);
    await upsertItems(db, 'behoerden-spiegel', [bsi({ title: 'Bayern bündelt Onlinedienste (aktualisiert)' }), other()], NOW + 2 * H);
    expect(await db.items.get(ID)).toMatchObject({ unread: 0, starred: 1, title: 'OZG-Booster: Bayern bündelt Onlinedienste' });
  });

  it('the source filter finds it under either source: list, count and "mark all read"', async () => {
    const { db } = await twoSources();
    const ids = async (sourceIds: string[]) => (await queryItems(db, { sourceIds }, { limit: 10 })).map((i) => i.id);
    expect(await ids(['egovernment'])).toEqual([ID]);
    expect(await ids(['behoerden-spiegel'])).toEqual([ID, 'behoerden-spiegel|bs-100']);
    expect(await ids(['egovernment', 'behoerden-spiegel'])).toEqual([ID, 'behoerden-spiegel|bs-100']);
    expect(await countItems(db, { sourceIds: ['behoerden-spiegel'] })).toBe(2);
    expect(await countItems(db, { sourceIds: ['behoerden-spiegel'], regions: ['BY'] })).toBe(1);
    expect(await countItems(db, { sourceIds: ['behoerden-spiegel'], search: 'Onlinedienste' })).toBe(1);
    expect(itemMatcher({ sourceIds: ['behoerden-spiegel'] })((await db.items.get(ID))!)).toBe(true);
    // The search finds source names too, the other sources' included.
    const sourceNames = { egovernment: 'eGovernment', 'behoerden-spiegel': 'Behörden Spiegel' };
    expect((await queryItems(db, { search: 'Spiegel Bayern', searchNames: { sourceNames } }, { limit: 10 })).map((i) => i.id)).toEqual([ID]);
    expect((await markFilterRead(db, { sourceIds: ['behoerden-spiegel'] })).sort()).toEqual(['behoerden-spiegel|bs-100', ID]);
    expect(await countRecentItems(db, ['egovernment', 'behoerden-spiegel'], NOW - DAY)).toEqual({ egovernment: 1, 'behoerden-spiegel': 2 });
  });

  it('deleted, it stays away from both sources and from a third; undo brings it back with its sources', async () => {
    const { db } = await twoSources();
    const before = (await db.items.get(ID))!;
    expect(await deleteItems(db, [ID], NOW + 2 * H)).toBe(1);
    await upsertItems(db, 'behoerden-spiegel', [bsi()], NOW + 3 * H);
    await upsertItems(db, 'egovernment', [egov()], NOW + 3 * H);
    const third = await upsertItems(db, 'stmd-bayern', [tagged('stmd-bayern', { guid: 'pm-1', title: 'Pressemitteilung', link: `${LINK}#pm` })], NOW + 3 * H);
    expect(third).toMatchObject({ added: [], skipped: 1 });
    expect(await db.items.get(ID)).toBeUndefined();
    expect(await restoreItems(db, [before])).toBe(1);
    expect(await db.tombstones.count()).toBe(0);
    expect((await db.items.get(ID))?.alsoIn?.map((a) => a.sourceId)).toEqual(['behoerden-spiegel']);
  });

  it('pruned by the window, it does not come back through the other source', async () => {
    const { db } = await twoSources();
    await markRead(db, [ID], true);
    expect(await pruneItems(db, { retentionDays: 30, now: NOW + 40 * DAY })).toBe(2);
    expect((await upsertItems(db, 'behoerden-spiegel', [bsi()], NOW + 41 * DAY)).added).toEqual([]);
    expect(await db.items.get(ID)).toBeUndefined();
  });

  it('removing the first source with its items hands the item to the second, read state kept; its next poll updates it in place', async () => {
    const { db } = await twoSources();
    await markRead(db, [ID], true);
    expect(await removeSource(db, 'egovernment', { deleteItems: true })).toBe(0);
    const kept = await db.items.get('behoerden-spiegel|bs-99');
    expect(kept).toMatchObject({ sourceId: 'behoerden-spiegel', unread: 0, firstSeenAt: NOW, link: LINK, title: 'OZG-Booster: Bayern bündelt Onlinedienste' });
    expect(kept?.alsoIn).toBeUndefined();
    expect(await db.items.get(ID)).toBeUndefined();
    const r = await upsertItems(db, 'behoerden-spiegel', [bsi(), other()], NOW + 2 * H);
    expect(r).toMatchObject({ added: [], updated: 1 });
    expect(await db.items.get('behoerden-spiegel|bs-99')).toMatchObject({ title: 'Bayern bündelt Onlinedienste', unread: 0 });
  });

  it('removing the first source but keeping its items keeps the item as it is', async () => {
    const { db } = await twoSources();
    await removeSource(db, 'egovernment', { deleteItems: false });
    expect((await db.items.get(ID))?.alsoIn?.map((a) => a.sourceId)).toEqual(['behoerden-spiegel']);
    expect((await upsertItems(db, 'behoerden-spiegel', [bsi()], NOW + 2 * H)).added).toEqual([]);
  });

  it('removing the second source with its items forgets it on the first source\'s item', async () => {
    const { db } = await twoSources();
    expect(await removeSource(db, 'behoerden-spiegel', { deleteItems: true })).toBe(1);
    const left = await db.items.toArray();
    expect(left.map((i) => [i.id, i.alsoIn])).toEqual([[ID, undefined]]);
    expect(await queryItems(db, { sourceIds: ['behoerden-spiegel'] }, { limit: 10 })).toEqual([]);
  });

  it('re-tagging keeps the other sources', async () => {
    const { db } = await twoSources();
    await retagItems(db, (i: Item) => ({ regions: i.regions, places: [], themes: ['ozg', 'bayern'], tagVersion: 'v2' }), 'v2');
    expect(await db.items.get(ID)).toMatchObject({ tagVersion: 'v2', alsoIn: [{ sourceId: 'behoerden-spiegel', id: 'behoerden-spiegel|bs-99', seenAt: NOW + H }] });
  });

  it('the copy keys live in their own index: the place filter knows nothing of them', async () => {
    const { db } = await twoSources();
    const row = (await db.items.get(ID)) as Item & { placeSort: unknown; copySort: unknown };
    expect(row.placeSort).toEqual([]);
    expect(row.copySort).toEqual([['article:' + LINK, NOW - 2 * H], ['source:behoerden-spiegel', NOW - 2 * H]]);
    expect(await queryItems(db, { places: ['source:behoerden-spiegel'] }, { limit: 10 })).toEqual([]);
    expect(await queryItems(db, { places: ['article:' + LINK] }, { limit: 10 })).toEqual([]);
    expect((await queryItems(db, { sourceIds: ['behoerden-spiegel'] }, { limit: 10 })).map((i) => i.id)).toContain(ID);
  });
});
