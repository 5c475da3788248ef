/** Small reads the UI needs besides lib/store/queries (the UI only ever reads). */
import { resolveSources, withDefaults, type Settings, type StoredSettings } from '../settings';
import type { Source, SourceState } from '../model';
import type { KommunalradarDb } from '../store/db';
import { getMeta } from '../store/meta';
import type { RefreshStatus } from '../worker/refresh-job';

/** The user's settings, merged over the defaults. */
export async function readSettings(db: KommunalradarDb): Promise<Settings> {
  return withDefaults(await getMeta<StoredSettings>(db, 'settings'));
}

/** The last or running refresh, as the background reports it; undefined before the first. */
export async function readRefreshStatus(db: KommunalradarDb): Promise<RefreshStatus | undefined> {
  return getMeta<RefreshStatus>(db, 'refreshStatus');
}

/** Whether any item is stored at all (tells "nothing yet" from "nothing matches"). */
export async function hasAnyItems(db: KommunalradarDb): Promise<boolean> {
  return (await db.items.orderBy('sortAt').limit(1).primaryKeys()).length > 0;
}

/** Sources (catalogue and the user's, with overrides) together with their poll state. */
export async function readSourceRows(db: KommunalradarDb, catalogue: readonly Source[]): Promise<SourceRow[]> {
  // Both reads start before anything is awaited: liveQuery only tracks reads begun in its own zone.
  const [entry, states] = await Promise.all([db.meta.get('settings'), db.sources.toArray()]);
  const byId = new Map(states.map((s) => [s.sourceId, s]));
  const settings = withDefaults(entry?.value as StoredSettings | undefined);
  return resolveSources(catalogue, settings).map((source) => ({ source, state: byId.get(source.id) }));
}

export interface SourceRow {
  source: Source;
  state?: SourceState;
}

const TROUBLE = new Set(['error', 'failing', 'gone', 'blocked', 'permission']);

/** Whether a source's state needs the user's attention (shown in the popup and the options page). */
export function inTrouble(state: SourceState | undefined): boolean {
  return state !== undefined && TROUBLE.has(state.status);
}
