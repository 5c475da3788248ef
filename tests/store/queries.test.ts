import { describe, expect, it } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { upsertItems } from '../../lib/store/items';
import { countByFacet, countNew, countUnread, queryItems } from '../../lib/store/queries';
import { markRead } from '../../lib/store/items';
import type { KommunalradarDb } from '../../lib/store/db';
import type { Item } from '../../lib/model';
import { germanItems } from '../fixtures/store/items';
import { DAY, freshDb, NOW, tagged } from './test-db';

const H = 3_600_000;

async function seeded(): Promise<KommunalradarDb> {
  const db = freshDb();
  const bySource = new Map<string, ReturnType<typeof tagged>[]>();
  for (const f of germanItems(NOW)) {
    const list = bySource.get(f.sourceId) ?? [];
    list.push(tagged(f.sourceId, f.parsed, { regions: f.regions, themes: f.themes }));
    bySource.set(f.sourceId, list);
  }
  for (const [sourceId, items] of bySource) await upsertItems(db, sourceId, items, NOW);
  return db;
}

const titles = (items: Item[]) => items.map((i) => i.title);

describe('queryItems', () => {
  it('returns newest first', async () => {
    const db = await seeded();
    const items = await queryItems(db, {}, { limit: 10 });
    expect(items.map((i) => i.guid)).toEqual(['k21-1001', 'k21-1002', 'eg-77', 'eg-78', 'bmi-5', 'he-9']);
  });

  it.each([
    ['regions: any of', { regions: ['BY', 'HE'] }, ['k21-1001', 'eg-78', 'he-9']],
    ['themes: any of', { themes: ['ozg-onlinedienste', 'ki'] }, ['k21-1001', 'bmi-5', 'he-9']],
    ['sources', { sourceIds: ['egovernment'] }, ['eg-77', 'eg-78']],
    ['regions and themes together', { regions: ['BY'], themes: ['smart-city'] }, ['eg-78']],
    ['since bounds sortAt', { since: NOW - 3 * H }, ['k21-1001', 'k21-1002', 'eg-77']],
    ['empty lists do not restrict', { regions: [], themes: [], sourceIds: [] }, ['k21-1001', 'k21-1002', 'eg-77', 'eg-78', 'bmi-5', 'he-9']],
    ['a region nobody has', { regions: ['SL'] }, []],
  ] as const)('filters by %s', async (_name, filter, guids) => {
    const db = await seeded();
    const items = await queryItems(db, { ...filter } as Parameters<typeof queryItems>[1], { limit: 50 });
    expect(items.map((i) => i.guid)).toEqual(guids);
  });

  it.each([
    ['muenchen', ['München: Neues Bürgerportal mit 120 Onlinediensten']],
    ['MÜNCHEN', ['München: Neues Bürgerportal mit 120 Onlinediensten']],
    ['munchen', ['München: Neues Bürgerportal mit 120 Onlinediensten']],
    ['strasse', ['Straßenbeleuchtung wird smart: Sensoren in Würzburg']],
    ['Wuerzburg', ['Straßenbeleuchtung wird smart: Sensoren in Würzburg']],
    ['südwestfalen', ['Cyberangriff legt Kreisverwaltung lahm']],
    ['müllabfuhr öffnungszeiten', ['Hessische Kommunen erhalten KI-Assistenten']],
    ['glasfaser', ['Glasfaserausbau im Landkreis Uckermark schreitet voran']],
    ['Hamburg', []],
  ])('search %j is case-insensitive and umlaut-aware over title and summary', async (search, expected) => {
    const db = await seeded();
    expect(titles(await queryItems(db, { search }, { limit: 50 }))).toEqual(expected);
  });

  it('unreadOnly leaves out read items', async () => {
    const db = await seeded();
    await markRead(db, ['kommune21|k21-1001', 'egovernment|eg-78'], true);
    const items = await queryItems(db, { unreadOnly: true }, { limit: 50 });
    expect(items.map((i) => i.guid)).toEqual(['k21-1002', 'eg-77', 'bmi-5', 'he-9']);
    const bavarian = await queryItems(db, { unreadOnly: true, regions: ['BY'] }, { limit: 50 });
    expect(bavarian).toEqual([]);
  });

  it('pages with `before` without gaps or repeats, also across equal sortAt', async () => {
    const db = freshDb();
    // 25 items, sortAt in groups of 5 sharing one timestamp
    const items = Array.from({ length: 25 }, (_, i) =>
      tagged('amtsblatt', { guid: `nr-${String(i).padStart(2, '0')}`, title: `Amtsblatt Nr. ${i}`, publishedAt: NOW - Math.floor(i / 5) * H }, { regions: ['TH'] }),
    );
    await upsertItems(db, 'amtsblatt', items, NOW);
    for (const filter of [{}, { regions: ['TH' as const] }, { unreadOnly: true }]) {
      const seen: string[] = [];
      let before: { sortAt: number; id: string } | undefined;
      for (;;) {
        const page = await queryItems(db, filter, { limit: 7, before });
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(7);
        seen.push(...page.map((i) => i.guid));
        const last = page[page.length - 1]!;
        before = { sortAt: last.sortAt, id: last.id };
      }
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      const sortAts = seen.map((g) => items.find((i) => i.guid === g)!.publishedAt!);
      expect([...sortAts].sort((a, b) => b - a)).toEqual(sortAts);
    }
  });

  it('a limit of 0 returns nothing', async () => {
    const db = await seeded();
    expect(await queryItems(db, {}, { limit: 0 })).toEqual([]);
  });

  it('finds the newest matches when the facet filter matches many items', async () => {
    const db = freshDb();
    const items = Array.from({ length: 5200 }, (_, i) =>
      tagged('gross', { guid: `g${i}`, title: i % 2 ? 'Breitband in Bayern' : 'Breitband in Sachsen', publishedAt: NOW - i * 1000 }, { regions: [i % 2 ? 'BY' : 'SN'], themes: ['breitband'] }),
    );
    await upsertItems(db, 'gross', items, NOW);
    const page = await queryItems(db, { themes: ['breitband'], regions: ['BY', 'SN'], search: 'bayern' }, { limit: 3 });
    expect(page.map((i) => i.guid)).toEqual(['g1', 'g3', 'g5']);
    // Storing 5,200 items in the in-memory IndexedDB takes several seconds alone and far more on a busy machine.
  }, 120_000);
});

describe('counts', () => {
  it('countUnread counts unread items, optionally narrowed', async () => {
    const db = await seeded();
    await markRead(db, ['bund|bmi-5'], true);
    expect(await countUnread(db)).toBe(5);
    expect(await countUnread(db, (i) => i.regions.includes('BY'))).toBe(2);
  });

  it('F07 countNew counts items first seen after `since`, not those older than retention', async () => {
    const db = await seeded();
    const later = NOW + DAY;
    await upsertItems(db, 'kommune21', [
      tagged('kommune21', { guid: 'neu', title: 'Neu in Bremen', publishedAt: later - H }, { regions: ['HB'] }),
      tagged('kommune21', { guid: 'alt', title: 'Archivfund von 1970', publishedAt: 0 }, { regions: ['HB'] }),
    ], later);
    const count = (match?: (i: Item) => boolean) => countNew(db, { since: NOW, now: later, retentionDays: 30, match });
    expect(await count()).toBe(1);
    expect(await count((i) => i.regions.includes('BY'))).toBe(0);
    expect(await countNew(db, { since: 0, now: later, retentionDays: 30 })).toBe(7);
  });

  it('countByFacet counts regions and themes, each under the other selections', async () => {
    const db = await seeded();
    expect(await countByFacet(db, {})).toEqual({
      regions: { BY: 2, BB: 1, NW: 1, DE: 1, HE: 1 },
      themes: {
        'ozg-onlinedienste': 2, breitband: 1, 'it-sicherheit': 1, 'smart-city': 1, 'finanzen-foerderung': 1,
        'kooperation-strategie': 1, ki: 1, buergerservice: 1,
      },
    });
    const withBy = await countByFacet(db, { regions: ['BY'] });
    // region chips still show the other Länder; theme chips only what Bavarian items have
    expect(withBy.regions).toEqual({ BY: 2, BB: 1, NW: 1, DE: 1, HE: 1 });
    expect(withBy.themes).toEqual({ 'ozg-onlinedienste': 1, 'smart-city': 1, 'finanzen-foerderung': 1 });
    const searched = await countByFacet(db, { search: 'würzburg' });
    expect(searched).toEqual({ regions: { BY: 1 }, themes: { 'smart-city': 1, 'finanzen-foerderung': 1 } });
  });
});

describe('liveQuery', () => {
  it('G05 a page read through liveQuery follows writes made afterwards', async () => {
    // liveQuery stays silent unless Dexie found an indexedDB global when it loaded (none in Node).
    Dexie.dependencies.indexedDB ??= fakeIndexedDB;
    Dexie.dependencies.IDBKeyRange ??= FakeKeyRange;
    const db = await seeded();
    const pages: string[][] = [];
    const sub = liveQuery(() => queryItems(db, { regions: ['HB'] }, { limit: 10 })).subscribe({
      next: (items) => pages.push(items.map((i) => i.guid)),
      error: (e) => pages.push([`error: ${String(e)}`]),
    });
    const until = async (n: number) => {
      for (let i = 0; i < 200 && pages.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    };
    await until(1);
    await upsertItems(db, 'bremen', [tagged('bremen', { guid: 'hb-1', title: 'Bremer Senat startet Onlineportal', publishedAt: NOW }, { regions: ['HB'] })], NOW + 1);
    await until(2);
    sub.unsubscribe();
    expect(pages[0]).toEqual([]);
    expect(pages.at(-1)).toEqual(['hb-1']);
  });
});
