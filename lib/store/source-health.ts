/** Per-source figures for the options page's health column. */
import type { KommunalradarDb } from './db';
import { alsoInIndexKey } from './stored-item';

/** Days the options page counts items back. */
export const RECENT_DAYS = 30;

/**
 * How many stored items each source has from `since` on (by sortAt: publication date, or
 * first sighting when undated), through the [sourceId+sortAt] index: one short range per source.
 * Items another source brought first and this one also carried (E08) count for both.
 */
export async function countRecentItems(db: KommunalradarDb, ids: readonly string[], since: number): Promise<Record<string, number>> {
  const range = (index: '[sourceId+sortAt]' | 'copySort', value: string) =>
    db.items.where(index).between([value, since], [value, Number.MAX_SAFE_INTEGER], true, true).count();
  const counts = await Promise.all(ids.map(async (id) => (await range('[sourceId+sortAt]', id)) + (await range('copySort', alsoInIndexKey(id)))));
  return Object.fromEntries(ids.map((id, i) => [id, counts[i]!]));
}
