/**
 * queryItems walks a date-ordered index per facet value; these tests hold its pages against a
 * brute-force filter over every stored item, and check the index keys follow writes and re-tags.
 */
import { describe, expect, it } from 'vitest';
import type { Item, RegionCode } from '../../lib/model';
import type { KommunalradarDb } from '../../lib/store/db';
import { itemMatcher, type ItemFilter } from '../../lib/store/filter';
import { markRead, retagItems, upsertItems } from '../../lib/store/items';
import { compareNewest, countByFacet, queryItems } from '../../lib/store/queries';
import { facetSortKeys } from '../../lib/store/stored-item';
import { freshDb, NOW, tagged } from './test-db';

const H = 3_600_000;
const SOURCES = ['kommune21', 'egovernment', 'behoerden-spiegel'];
const LANDS: RegionCode[] = ['BY', 'SN', 'HE', 'DE'];
const THEMES = ['breitband', 'ozg-onlinedienste', 'smart-city'];
const TOWNS = ['Würzburg', 'Görlitz', 'Gießen', 'Lübeck'];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 600 items over three sources; dates in groups sharing one timestamp; 0–2 Länder, 0–2 themes; a third read. */
async function seeded(): Promise<KommunalradarDb> {
  const db = freshDb();
  const rnd = random(42);
  const pick = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]!))];
  for (const source of SOURCES) {
    const items = Array.from({ length: 200 }, (_, k) => {
      const town = TOWNS[k % TOWNS.length]!;
      return tagged(
        source,
        { guid: `${source}-${k}`, title: `${town}: Digitalisierung im Rathaus, Meldung ${k}`, summary: 'Bürgerbüro öffnet Online-Termine.', publishedAt: NOW - Math.floor(rnd() * 60) * H },
        { regions: pick(LANDS, Math.floor(rnd() * 3)), themes: pick(THEMES, Math.floor(rnd() * 3)) },
      );
    });
    await upsertItems(db, source, items, NOW);
  }
  const all = await db.items.toArray();
  await markRead(db, all.filter((_, k) => k % 3 === 0).map((i) => i.id), true);
  return db;
}

/** Every page of `filter`, `limit` at a time, following the `before` cursor. */
async function allPages(db: KommunalradarDb, filter: ItemFilter, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let before: { sortAt: number; id: string } | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await queryItems(db, filter, { limit, before });
    expect(page.length).toBeLessThanOrEqual(limit);
    if (page.length === 0) return seen;
    seen.push(...page.map((i) => i.id));
    const last = page[page.length - 1]!;
    before = { sortAt: last.sortAt, id: last.id };
  }
  throw new Error('test: paging did not end');
}

async function bruteForce(db: KommunalradarDb, filter: ItemFilter): Promise<Item[]> {
  return (await db.items.toArray()).filter(itemMatcher(filter)).sort(compareNewest);
}

const FILTERS: [string, ItemFilter][] = [
  ['one Land', { regions: ['BY'] }],
  ['DE (nationwide)', { regions: ['DE'] }],
  ['two Länder (items in both appear once)', { regions: ['SN', 'DE'] }],
  ['a Land and a theme', { regions: ['HE'], themes: ['breitband'] }],
  ['a Land, unread only', { regions: ['BY'], unreadOnly: true }],
  ['a Land since a date', { regions: ['SN'], since: NOW - 20 * H }],
  ['a Land and a search', { regions: ['BY'], search: 'görlitz' }],
  ['a theme', { themes: ['smart-city'] }],
  ['two themes', { themes: ['smart-city', 'ozg-onlinedienste'] }],
  ['a source and a Land', { sourceIds: ['egovernment'], regions: ['BY'] }],
  ['nothing', {}],
  ['unread only', { unreadOnly: true }],
  ['a Land nobody has', { regions: ['HB'] }],
];

describe('queryItems against a brute-force filter', () => {
  it.each(FILTERS)('%s: the first page and every page after it hold exactly the matching items, newest first', async (_name, filter) => {
    const db = await seeded();
    const expected = await bruteForce(db, filter);
    const first = await queryItems(db, filter, { limit: 50 });
    expect(first.map((i) => i.id)).toEqual(expected.slice(0, 50).map((i) => i.id));
    for (const limit of [7, 50]) expect(await allPages(db, filter, limit)).toEqual(expected.map((i) => i.id));
  });

  it('countByFacet without a search agrees with counting the items one by one', async () => {
    const db = await seeded();
    for (const filter of [{ regions: ['BY'] }, { unreadOnly: true }, { since: NOW - 10 * H, themes: ['breitband'] }] as ItemFilter[]) {
      const counts = await countByFacet(db, filter);
      const tally = (items: Item[], facet: 'regions' | 'themes') => {
        const out: Record<string, number> = {};
        for (const i of items) for (const v of i[facet]) out[v] = (out[v] ?? 0) + 1;
        return out;
      };
      expect(counts.regions).toEqual(tally(await bruteForce(db, { ...filter, regions: undefined }), 'regions'));
      expect(counts.themes).toEqual(tally(await bruteForce(db, { ...filter, themes: undefined }), 'themes'));
    }
  });
});

describe('facet sort keys', () => {
  it('are [value, sortAt] once per value, none for a date IndexedDB cannot index', () => {
    expect(facetSortKeys(['BY', 'DE', 'BY'], 1000)).toEqual([['BY', 1000], ['DE', 1000]]);
    expect(facetSortKeys(['BY'], Number.NaN)).toEqual([]);
  });

  it('follow a re-tag: an item moved from Bayern to Sachsen is found under SN only', async () => {
    const db = freshDb();
    await upsertItems(db, 'kommune21', [
      tagged('kommune21', { guid: 'a', title: 'Görlitz startet digitales Bürgerbüro', publishedAt: NOW - H }, { regions: ['BY'], tagVersion: 'v1' }),
    ], NOW);
    expect((await queryItems(db, { regions: ['BY'] }, { limit: 10 })).map((i) => i.guid)).toEqual(['a']);
    await retagItems(db, () => ({ regions: ['SN'], places: [], themes: ['buergerservice'], tagVersion: 'v2' }), 'v2');
    expect(await queryItems(db, { regions: ['BY'] }, { limit: 10 })).toEqual([]);
    expect((await queryItems(db, { regions: ['SN'] }, { limit: 10 })).map((i) => i.guid)).toEqual(['a']);
    expect((await queryItems(db, { themes: ['buergerservice'] }, { limit: 10 })).map((i) => i.guid)).toEqual(['a']);
  });

  it('follow an update of the date: the item moves within its Land', async () => {
    const db = freshDb();
    const item = (guid: string, publishedAt: number) => tagged('kommune21', { guid, title: `Gießen: Meldung ${guid}`, publishedAt }, { regions: ['HE'] });
    await upsertItems(db, 'kommune21', [item('a', NOW - 3 * H), item('b', NOW - 2 * H)], NOW);
    expect((await queryItems(db, { regions: ['HE'] }, { limit: 10 })).map((i) => i.guid)).toEqual(['b', 'a']);
    // the feed corrects a's date (still before first sight): it now sorts first
    await upsertItems(db, 'kommune21', [item('a', NOW - H), item('b', NOW - 2 * H)], NOW + H);
    expect((await queryItems(db, { regions: ['HE'] }, { limit: 10 })).map((i) => i.guid)).toEqual(['a', 'b']);
    expect(await allPages(db, { regions: ['HE'] }, 1)).toEqual(['kommune21|a', 'kommune21|b']);
  });
});
