import { describe, expect, it } from 'vitest';
import { splitQuery } from '../../lib/match/query';
import type { Item, RegionCode } from '../../lib/model';
import { searchMatcher } from '../../lib/store/filter';
import { countItems, queryItems } from '../../lib/store/queries';
import { upsertItems } from '../../lib/store/items';
import { freshDb, NOW, tagged } from '../store/test-db';

type Row = Pick<Item, 'title' | 'summary' | 'regions' | 'themes' | 'sourceId'>;
const row = (title: string, over: Partial<Row> = {}): Row => ({ title, summary: '', regions: [], themes: [], sourceId: 'k21', ...over });
const names = { sourceNames: { k21: 'Kommune21', hb: 'heise online' } };
const finds = (q: string, r: Row) => searchMatcher(q, names)!(r);

describe('search', () => {
  it.each([
    ['Bayern', row('Neues Bürgerportal in Erlangen', { regions: ['BY'] }), true],
    ['bayern', row('Neues Bürgerportal in Erlangen', { regions: ['SN'] }), false],
    ['bundesweit', row('OZG-Änderungsgesetz beschlossen', { regions: ['DE'] }), true],
    ['Künstliche Intelligenz', row('Chatbot im Rathaus', { themes: ['ki'] }), true],
    ['Breitband', row('Ausbau in Gewerbegebieten', { themes: ['breitband'] }), true],
    ['Kommune21', row('Irgendeine Meldung'), true],
    ['heise', row('Irgendeine Meldung', { sourceId: 'hb' }), true],
    ['KI', row('KI-Strategie für Landratsämter'), true],
    ['KI', row('Kiel digitalisiert das Bürgeramt'), false],
    ['KI', row('Main-Kinzig-Kreis führt E-Akte ein'), false],
    ['ki', row('Neuer Assistent nutzt KI'), true],
    ['"digitale Verwaltung"', row('Die digitale Verwaltung kommt'), true],
    ['"digitale Verwaltung"', row('Verwaltung wird digitale Vorreiterin'), false],
    ['„Smart City“ Ulm', row('Ulm wird Smart City'), true],
    ['Bayern Glasfaser', row('Glasfaser für Erlangen', { regions: ['BY'] }), true],
    ['Bayern Glasfaser', row('Glasfaser für Leipzig', { regions: ['SN'] }), false],
    ['muenchen', row('München: Bürgerportal'), true],
  ] as const)('%j in %j → %s', (q, r, expected) => {
    expect(finds(q, r as Row)).toBe(expected);
  });

  it('splits words and quoted phrases in one pass', () => {
    expect(splitQuery('  Glasfaser "digitale  Verwaltung" „Smart City“ KI ')).toEqual(['Glasfaser', 'digitale Verwaltung', 'Smart City', 'KI']);
    expect(splitQuery('"offen')).toEqual(['offen']);
    expect(splitQuery('x'.repeat(10_000))[0]).toHaveLength(200);
  });

  it('answers hostile input within 2 s (no backtracking)', () => {
    const t0 = Date.now();
    const m = searchMatcher(`${'"a '.repeat(100)}ki`, names)!;
    m(row('k'.repeat(100_000) + 'i'.repeat(100_000), { summary: 'ki'.repeat(50_000) }));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('search in the store, with the hit count', () => {
  it('"Bayern" gives every Bayern item, not only those naming it, and the count says how many', async () => {
    const db = freshDb();
    const by = (n: number, land: RegionCode) =>
      tagged('k21', { guid: `${land}${n}`, title: `Meldung ${n} aus einer Gemeinde`, link: `https://k21.example/${land}${n}`, publishedAt: NOW - n * 1000 }, { regions: [land] });
    await upsertItems(db, 'k21', [...Array.from({ length: 44 }, (_, n) => by(n, 'BY')), ...Array.from({ length: 10 }, (_, n) => by(n, 'SN'))], NOW);
    expect(await queryItems(db, { search: 'Bayern' }, { limit: 100 })).toHaveLength(44);
    expect(await countItems(db, { search: 'Bayern' })).toBe(44);
    expect(await countItems(db, { search: 'Bayern', regions: ['SN'] })).toBe(0);
    expect(await countItems(db, { regions: ['SN'] })).toBe(10);
    expect(await countItems(db, {})).toBe(54);
    expect(await countItems(db, { search: 'Kommune21', searchNames: { sourceNames: { k21: 'Kommune21' } } })).toBe(54);
  });
});
