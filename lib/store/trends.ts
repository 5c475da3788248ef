/**
 * Trends for the full page, read from the date-ordered facet indexes' keys ([value, sortAt]),
 * never from the items: per theme the items of each of the last weeks, per Land the items of
 * the last 30 days against the 30 before.
 */
import { LAND_CODES, type RegionCode } from '../model';
import type { KommunalradarDb } from './db';
import { DAY_MS } from './retention';

export const WEEK_MS = 7 * DAY_MS;

/** Counts of `times` in `bins` consecutive windows of `width` ms ending at `end` (oldest first). */
export function binCounts(times: Iterable<number>, end: number, width: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const start = end - bins * width;
  for (const t of times) {
    if (t < start || t >= end) continue;
    const k = Math.floor((t - start) / width);
    out[Math.min(bins - 1, k)]!++;
  }
  return out;
}

async function sortTimes(db: KommunalradarDb, index: 'themeSort' | 'regionSort', value: string, lo: number, hi: number): Promise<number[]> {
  const keys = (await db.items.where(index).between([value, lo], [value, hi], true, false).keys()) as unknown as [string, number][];
  return keys.map((k) => k[1]);
}

/** Per theme id, the items of each of the last `weeks` weeks up to `now`, oldest week first. */
export async function themeWeeklyCounts(db: KommunalradarDb, themeIds: readonly string[], now: number, weeks = 12): Promise<Record<string, number[]>> {
  const end = now + 1;
  const lo = end - weeks * WEEK_MS;
  const times = await Promise.all(themeIds.map((id) => sortTimes(db, 'themeSort', id, lo, end)));
  return Object.fromEntries(themeIds.map((id, k) => [id, binCounts(times[k]!, end, WEEK_MS, weeks)]));
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
  const times = await Promise.all(codes.map((c) => sortTimes(db, 'regionSort', c, end - 2 * days * DAY_MS, end)));
  return Object.fromEntries(
    codes.map((c, k) => {
      const [before, recent] = binCounts(times[k]!, end, days * DAY_MS, 2);
      return [c, { recent: recent!, before: before! }];
    }),
  ) as Record<RegionCode, LandTrend>;
}
