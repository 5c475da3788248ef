/**
 * The item filter the UI, the badge and the feed generator share, as a plain predicate.
 * Index selection lives in queries.ts; this module only decides whether one item matches.
 */
import type { Item, RegionCode } from '../model';
import { placeKeys } from './stored-item';

/**
 * What to show. Empty or missing lists do not restrict. regions/themes/sourceIds match
 * any of the given values; `search` matches title and summary case-insensitively and
 * umlaut-aware, every whitespace-separated term must occur; `since` is a lower bound on sortAt.
 */
export interface ItemFilter {
  regions?: RegionCode[];
  themes?: string[];
  sourceIds?: string[];
  /** AGS of Gemeinden or Kreise; a Kreis matches items naming it or any of its Gemeinden. */
  places?: string[];
  /** Only items the user keeps ("Gemerkt"). */
  starredOnly?: boolean;
  unreadOnly?: boolean;
  search?: string;
  since?: number;
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The two folded forms text is compared in: transliterated ("München" → "muenchen") and
 * stripped ("München" → "munchen"), so "muenchen", "münchen" and "munchen" all find it.
 */
export function foldForSearch(text: string): [string, string] {
  const lower = text.normalize('NFC').toLowerCase();
  return [stripMarks(lower.replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)), stripMarks(lower.replace(/ß/g, 'ss'))];
}

/** A predicate for `search`, or null when the search is blank. */
export function searchMatcher(search: string | undefined): ((i: Pick<Item, 'title' | 'summary'>) => boolean) | null {
  const terms = (search ?? '').split(/\s+/).filter((t) => t !== '').map(foldForSearch);
  if (terms.length === 0) return null;
  return (i) => {
    const [translit, stripped] = foldForSearch(`${i.title}\n${i.summary}`);
    return terms.every(([t, s]) => translit.includes(t) || stripped.includes(s));
  };
}

function nonEmpty<T>(list: T[] | undefined): list is T[] {
  return Array.isArray(list) && list.length > 0;
}

/** Whether the filter restricts anything at all. */
export function isEmptyFilter(filter: ItemFilter): boolean {
  return (
    !nonEmpty(filter.regions) &&
    !nonEmpty(filter.themes) &&
    !nonEmpty(filter.sourceIds) &&
    !nonEmpty(filter.places) &&
    !filter.unreadOnly &&
    !filter.starredOnly &&
    (filter.search ?? '').trim() === '' &&
    filter.since === undefined
  );
}

/** Builds the predicate for `filter`. */
export function itemMatcher(filter: ItemFilter): (i: Item) => boolean {
  const regions = nonEmpty(filter.regions) ? new Set<string>(filter.regions) : null;
  const themes = nonEmpty(filter.themes) ? new Set(filter.themes) : null;
  const sources = nonEmpty(filter.sourceIds) ? new Set(filter.sourceIds) : null;
  const places = nonEmpty(filter.places) ? new Set(filter.places) : null;
  const search = searchMatcher(filter.search);
  const since = filter.since;
  return (i) =>
    (!filter.unreadOnly || i.unread === 1) &&
    (!filter.starredOnly || i.starred === 1) &&
    (!places || placeKeys(i.places ?? []).some((k) => places.has(k))) &&
    (since === undefined || i.sortAt >= since) &&
    (!sources || sources.has(i.sourceId)) &&
    (!regions || i.regions.some((r) => regions.has(r))) &&
    (!themes || i.themes.some((t) => themes.has(t))) &&
    (!search || search(i));
}
