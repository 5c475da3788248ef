/**
 * The meta table: settings and bookkeeping under fixed keys. One schema names every key and the
 * type of its value, so that a reader and a writer of the same key cannot disagree.
 */
import type { RefreshStatus } from '../messages';
import type { StoredSettings } from '../settings';
import type { KommunalradarDb } from './db';

export interface MetaSchema {
  /** The user's settings as saved, by any version (merged over the defaults and migrated when read). */
  settings: StoredSettings;
  /** The last or running refresh, as the background reports it. */
  refreshStatus: RefreshStatus;
  /** When the popup was last opened: items first seen after it count as new. */
  lastPopupOpenAt: number;
  /** Set after the first refresh, which announces nothing (the whole backlog is new then). */
  firstRefreshDone: boolean;
  /** Times of the notifications of the last hour (rate limit). */
  notificationLog: number[];
  /** The tagger version the stored items were tagged with. */
  tagVersion: string;
  /** When the database was first opened. */
  installedAt: number;
  /** When the install opened the welcome page (absent for users from before it existed). */
  welcomeOpenedAt: number;
  /** When the welcome page's answers were applied; 0 when an update from before it skipped it. */
  welcomeAnsweredAt: number;
}

/** A notification's target link, kept under `notification:<id>` until it is clicked. */
export type NotificationKey = `notification:${string}`;

export type MetaKey = keyof MetaSchema | NotificationKey;
export type MetaValue<K extends MetaKey> = K extends keyof MetaSchema ? MetaSchema[K] : string;

/** Reads one key of the meta table. */
export async function getMeta<K extends MetaKey>(db: KommunalradarDb, key: K): Promise<MetaValue<K> | undefined> {
  return (await db.meta.get(key))?.value as MetaValue<K> | undefined;
}

/** Writes one key of the meta table. */
export async function setMeta<K extends MetaKey>(db: KommunalradarDb, key: K, value: MetaValue<K>): Promise<void> {
  await db.meta.put({ key, value });
}
