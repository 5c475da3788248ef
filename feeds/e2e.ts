/**
 * The test build's catalogue (`wxt build --mode e2e` only; the shipped build never reads it).
 * It starts empty, so no test reaches the internet; a test that needs catalogue sources writes
 * entries in the format of feeds/catalogue.json, pointing at its local server, to
 * storage.local under E2E_CATALOGUE_KEY. The worker follows changes; pages read it at load.
 */
import type { Source } from '../lib/model';
import { toSource, type CatalogueEntry } from './index';

export const E2E_CATALOGUE_KEY = 'e2eCatalogue';

/** The part of `browser.storage` used here. */
export interface E2eStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
}

function sourcesOf(value: unknown): Source[] {
  return Array.isArray(value) ? (value as CatalogueEntry[]).map(toSource) : [];
}

/** The stored test catalogue, once (pages). */
export async function readE2eCatalogue(extStorage: E2eStorage): Promise<Source[]> {
  return sourcesOf((await extStorage.local.get(E2E_CATALOGUE_KEY))[E2E_CATALOGUE_KEY]);
}

/** An array the worker reads as its catalogue, kept equal to the stored test catalogue. */
export function followE2eCatalogue(extStorage: E2eStorage): Source[] {
  const live: Source[] = [];
  const set = (value: unknown) => void live.splice(0, live.length, ...sourcesOf(value));
  extStorage.onChanged.addListener((changes, area) => {
    if (area === 'local' && E2E_CATALOGUE_KEY in changes) set(changes[E2E_CATALOGUE_KEY]!.newValue);
  });
  void extStorage.local.get(E2E_CATALOGUE_KEY).then((r) => set(r[E2E_CATALOGUE_KEY]));
  return live;
}
