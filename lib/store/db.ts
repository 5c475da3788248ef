/**
 * The IndexedDB schema, in one place. Versions are only ever added: never edit a shipped
 * `version(n)` line; add `version(n + 1)` with an upgrade function and a test that opens
 * the previous version with data.
 */
import Dexie, { type Table } from 'dexie';
import type { Item, SourceState } from '../model';
import { toIndexedItem } from './stored-item';
import type { Tombstone } from './upsert-plan';

export const DB_NAME = 'kommunalradar';
/** The newest schema version this code declares (Dexie stores it ×10 as the IndexedDB version). */
export const SCHEMA_VERSION = 3;

/** The database was upgraded by a newer version of the extension; this code must not write to it (G07). */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

export type { Tombstone } from './upsert-plan';

/** Key/value settings and bookkeeping: settings, lastPopupOpenAt, installedAt … */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * Version 1.
 * items: sortAt/[unread+sortAt]/[sourceId+sortAt] serve newest-first paging, *regionSort and
 * *themeSort ([value, sortAt] per Land/theme, see stored-item.ts) newest-first paging within a
 * facet value, *regions and *themes the facet counts, [sourceId+link] the E04 secondary
 * identity check, firstSeenAt the "new since" count, notifiedAt the notifier, tagVersion the
 * re-tagging sweep.
 */
const SCHEMA_V1 = {
  items:
    'id, sortAt, sourceId, unread, firstSeenAt, notifiedAt, tagVersion, *regions, *themes, *regionSort, *themeSort, [sourceId+link], [unread+sortAt], [sourceId+sortAt]',
  sources: 'sourceId',
  tombstones: 'id, sourceId, seenAt, [sourceId+link]',
  meta: 'key',
} as const;

/**
 * Version 2 adds [starred+sortAt] ("Gemerkt", newest first; starred is 0/1) and *placeSort
 * ([AGS, sortAt] for each named Gemeinde and Kreis, and the Kreis of each Gemeinde, so a Kreis
 * lists its Gemeinden's items too). Only these two indexes are added; the rest is version 1's.
 */
const SCHEMA_V2 = {
  ...SCHEMA_V1,
  items: `${SCHEMA_V1.items}, [starred+sortAt], *placeSort`,
} as const;

/**
 * Version 3 adds *copySort: the keys through which the copies of an article (E08) reach the
 * item that the first source stored, [`article:<link without fragment>`, sortAt] and
 * [`source:<id>`, sortAt] per other source that carried it (see IndexedItem.copySort). Version 2
 * kept these in *placeSort, which from now on holds place keys only.
 */
const SCHEMA_V3 = {
  ...SCHEMA_V2,
  items: `${SCHEMA_V2.items}, *copySort`,
} as const;

export interface OpenDbOptions {
  /** Database name; tests pass a fresh one each. */
  name?: string;
  /** An IDBFactory (fake-indexeddb in tests); defaults to the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The extension's database. Only lib/store/ touches it directly. */
export class KommunalradarDb extends Dexie {
  items!: Table<Item, string>;
  sources!: Table<SourceState, string>;
  tombstones!: Table<Tombstone, string>;
  meta!: Table<MetaEntry, string>;

  constructor(opts: OpenDbOptions = {}) {
    super(opts.name ?? DB_NAME, {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    this.version(1).stores(SCHEMA_V1);
    // Every stored item gets starred = 0 and its place keys: the upgrade rewrites each row once.
    this.version(2).stores(SCHEMA_V2).upgrade((tx) =>
      tx.table('items').toCollection().modify((row: Item) => {
        const indexed = toIndexedItem(row);
        Object.assign(row, { starred: indexed.starred, placeSort: indexed.placeSort });
      }),
    );
    // Every stored item gets its copy keys, and its place keys without the article and source
    // keys version 2 put among them: the upgrade rewrites each row once.
    this.version(3).stores(SCHEMA_V3).upgrade((tx) =>
      tx.table('items').toCollection().modify((row: Item) => {
        const indexed = toIndexedItem(row);
        Object.assign(row, { placeSort: indexed.placeSort, copySort: indexed.copySort });
      }),
    );
    // Dexie 4 opens a database of a higher version as it finds it. Rows written by a newer
    // schema may not fit this code, so refuse to use it (every call then fails with this
    // error) rather than write to it; nothing is deleted. Sticky: checked on every reopen.
    this.on('ready', (vip) => {
      const found = vip.backendDB().version;
      if (found > SCHEMA_VERSION * 10) {
        throw new NewerDatabaseError(
          `store: the database was written by a newer version of Kommunalradar (schema ${found / 10}, this one knows ${SCHEMA_VERSION}); nothing was changed, please update the extension`,
        );
      }
    }, true);
  }
}

/** Creates the database handle; Dexie opens it lazily on first use. */
export function openDb(opts?: OpenDbOptions): KommunalradarDb {
  return new KommunalradarDb(opts);
}
