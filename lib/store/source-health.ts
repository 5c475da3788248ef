/** Per-source figures for the options page's health column. */
import type { KommunalradarDb } from './db';

/** Days the options page counts items back. */
export const RECENT_DAYS = 30;

/**
 * How many stored items each source has from `since` on (by sortAt: publication date, or
 * first sighting when undated), through the [sourceId+sortAt] index: one short range per source.
 */
export async function countRecentItems(db: KommunalradarDb, ids: readonly string[], since: number): Promise<Record<string, number>> {
  const counts = await Promise.all(
    ids.map((id) => db.items.where('[sourceId+sortAt]').between([id, since], [id, Number.MAX_SAFE_INTEGER], true, true).count()),
  );
  return Object.fromEntries(ids.map((id, i) => [id, counts[i]!]));
}
