import { describe, expect, it } from 'vitest';
import { upsertItems } from '../../lib/store/items';
import { landTrends, themeWeeklyCounts } from '../../lib/store/trends';
import type { RegionCode } from '../../lib/model';
import { DAY, freshDb, NOW, tagged } from './test-db';

describe('trends', () => {
  it('counts per theme by week and per Land the last 30 days against the 30 before, from the stored items', async () => {
    const db = freshDb();
    // [days ago, Land, theme]
    const spec: [number, RegionCode, string][] = [
      [0.5, 'BY', 'ki'], [2, 'BY', 'ki'], [8, 'BY', 'ki'], [40, 'BY', 'breitband'], [45, 'SN', 'ki'],
      [10, 'SN', 'breitband'], [80, 'SN', 'ki'], [100, 'HE', 'ki'],
    ];
    const items = spec.map(([ago, land, theme], n) =>
      tagged('k21', { guid: `g${n}`, title: `Meldung ${n}`, link: `https://www.kommune21.de/${n}.html`, publishedAt: NOW - ago * DAY }, { regions: [land], themes: [theme] }),
    );
    await upsertItems(db, 'k21', items, NOW);

    const weekly = await themeWeeklyCounts(db, ['ki', 'breitband', 'daten'], NOW, 12);
    expect(weekly.ki).toHaveLength(12);
    // Newest week last: 0.5 and 2 days ago; the week before: 8 days; 45 and 80 days ago further back; 100 days is older than twelve weeks.
    expect(weekly.ki!.slice(-2)).toEqual([1, 2]);
    expect(weekly.ki!.reduce((a, b) => a + b, 0)).toBe(5);
    expect(weekly.breitband!.reduce((a, b) => a + b, 0)).toBe(2);
    expect(weekly.daten).toEqual(new Array(12).fill(0));

    const lands = await landTrends(db, NOW, 30);
    expect(lands.BY).toEqual({ recent: 3, before: 1 });
    expect(lands.SN).toEqual({ recent: 1, before: 1 });
    expect(lands.HE).toEqual({ recent: 0, before: 0 });
  });
});
