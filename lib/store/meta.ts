import type { KommunalradarDb } from './db';

/** Reads one key of the meta table (settings, lastPopupOpenAt, refreshStatus …). */
export async function getMeta<T>(db: KommunalradarDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** Writes one key of the meta table. */
export async function setMeta(db: KommunalradarDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
