/**
 * Trends for the full page, counted on the date-ordered facet indexes ([value, sortAt]), one
 * range count per bin, never reading items or keys (at 100,000 items a key read of every
 * theme's last twelve weeks would move some 200,000 keys): per theme the items of each of the
 * last weeks, per Land the items of the last 30 days against the 30 before.
 */
import { LAND_CODES, type RegionCode } from '../model';
import type { KommunalradarDb } from './db';
import { DAY_MS } from './retention';

export const WEEK_MS = 7 * DAY_MS;

/** Items whose [value, sortAt] key lies in each of `bins` windows of `width` ms ending at `end`, oldest first. */
async function countBins(db: KommunalradarDb, index: 'themeSort' | 'regionSort', value: string, end: number, width: number, bins: number): Promise<number[]> {
  const start = end - bins * width;
  return Promise.all(
    Array.from({ length: bins }, (_, k) =>
      db.items.where(index).between([value, start + k * width], [value, start + (k + 1) * width], true, false).count(),
    ),
  );
}

/** Per theme id, the items of each of the last `weeks` weeks up to `now`, oldest week first. */
export async function themeWeeklyCounts(db: KommunalradarDb, themeIds: readonly string[], now: number, weeks = 12): Promise<Record<string, number[]>> {
  const end = now + 1;
  const counts = await Promise.all(themeIds.map((id) => countBins(db, 'themeSort', id, end, WEEK_MS, weeks)));
  return Object.fromEntries(themeIds.map((id, k) => [id, counts[k]!]));
}

export interface LandTrend {
  /** Items of the last `days` days. */
  recent: number;
  /** Items of the `days` days before those. */
  before: number;
}

/** Per Land (and DE), the items of the last `days` days against the `days` before. */
export async function landTrends(db: KommunalradarDb, now: number, days = 30): Promise<Record<RegionCode, LandTrend>> {
  const end = now + 1;
  const codes: RegionCode[] = [...LAND_CODES, 'DE'];
  const counts = await Promise.all(codes.map((c) => countBins(db, 'regionSort', c, end, days * DAY_MS, 2)));
  return Object.fromEntries(
    codes.map((c, k) => {
      const [before, recent] = counts[k]!;
      return [c, { recent: recent!, before: before! }];
    }),
  ) as Record<RegionCode, LandTrend>;
}
