/** Reads of settings, refresh status and sources that the popup and the options page show. */
import { resolveSources, withDefaults, type Settings } from '../settings';
import type { RefreshStatus } from '../messages';
import type { Source, SourceState } from '../model';
import type { KommunalradarDb } from './db';
import { getMeta } from './meta';

/** The user's settings, merged over the defaults. */
export async function readSettings(db: KommunalradarDb): Promise<Settings> {
  return withDefaults(await getMeta(db, 'settings'));
}

/** The last or running refresh, as the background reports it; undefined before the first. */
export async function readRefreshStatus(db: KommunalradarDb): Promise<RefreshStatus | undefined> {
  return getMeta(db, 'refreshStatus');
}

/** Whether any item is stored at all (tells "nothing yet" from "nothing matches"). */
export async function hasAnyItems(db: KommunalradarDb): Promise<boolean> {
  return (await db.items.orderBy('sortAt').limit(1).primaryKeys()).length > 0;
}

export interface SourceRow {
  source: Source;
  state?: SourceState;
}

/** Sources (catalogue and the user's, with overrides) together with their poll state. */
export async function readSourceRows(db: KommunalradarDb, catalogue: readonly Source[]): Promise<SourceRow[]> {
  // Both reads start before anything is awaited: liveQuery only tracks reads begun in its own zone.
  const [settings, states] = await Promise.all([getMeta(db, 'settings'), db.sources.toArray()]);
  const byId = new Map(states.map((s) => [s.sourceId, s]));
  return resolveSources(catalogue, withDefaults(settings)).map((source) => ({ source, state: byId.get(source.id) }));
}
