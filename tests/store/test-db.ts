/** A fresh fake-indexeddb database per test, and tagged items built from German teasers. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import type { TaggedItem } from '../../lib/store/items';
import type { ParsedItem, RegionCode } from '../../lib/model';
import { normalizeItems } from '../../lib/normalize';

let counter = 0;

/** Each call gets its own factory and name, so tests never share state. */
export function freshDb(): KommunalradarDb {
  counter += 1;
  return openDb({ name: `kommunalradar-test-${counter}`, indexedDB: new IDBFactory(), IDBKeyRange });
}

export const DAY = 86_400_000;
/** 3 March 2025, 10:00 CET. */
export const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);

export function parsed(p: Partial<ParsedItem>): ParsedItem {
  return { guid: '', guidIsPermaLink: false, title: '', link: '', summary: '', publishedAt: null, categories: [], ...p };
}

/** Normalises and tags one parsed item for `sourceId`. */
export function tagged(
  sourceId: string,
  p: Partial<ParsedItem>,
  tags: { regions?: RegionCode[]; themes?: string[]; tagVersion?: string } = {},
): TaggedItem {
  const [n] = normalizeItems([parsed(p)], { sourceId });
  if (!n) throw new Error('test: item normalised away');
  return {
    ...n,
    regions: tags.regions ?? [],
    places: [],
    themes: tags.themes ?? [],
    tagVersion: tags.tagVersion ?? 'v1',
  };
}
