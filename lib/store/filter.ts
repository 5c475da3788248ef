/**
 * The item filter the UI, the badge, the alert rules and the feed generator share, as a plain
 * predicate, and the one newest-first order.
 * Index selection lives in queries.ts; this module only decides whether one item matches.
 */
import { LAND_NAMES, THEME_LABELS } from '../labels';
import { parseQuery } from '../match/query';
import { foldTerm, matchesTerm, type FoldedTerm } from '../match/text';
import type { Item, RegionCode } from '../model';
import { foldForms } from '../normalize/fold';
import { placeKeys } from './stored-item';

/**
 * What to show. Empty or missing lists do not restrict. regions/themes/sourceIds/places match
 * any of the given values; `search` (see searchMatcher) matches case-insensitively and
 * umlaut-aware, every term must occur; `since` is a lower bound on sortAt.
 */
export interface ItemFilter {
  regions?: RegionCode[];
  themes?: string[];
  /** An item matches under its own source and under every other source that carried it (alsoIn, E08). */
  sourceIds?: string[];
  /** AGS of Gemeinden or Kreise; a Kreis matches items naming it or any of its Gemeinden. */
  places?: string[];
  /** Only items the user keeps ("Gemerkt"). */
  starredOnly?: boolean;
  unreadOnly?: boolean;
  search?: string;
  /** Names the search also looks in (source names, rule labels); only read when `search` is set. */
  searchNames?: SearchNames;
  /** Any of these phrases in title or summary (alert rules, published feeds); short ones as whole words. */
  keywords?: string[];
  since?: number;
}

/** Names an item is also found by: its Länder, its themes (German and English), its source. */
export interface SearchNames {
  /** Source id → the name the user sees. */
  sourceNames?: Record<string, string>;
  /** Theme id → label of a user keyword rule. */
  ruleLabels?: Record<string, string>;
}

/** The text an item is searched in. */
type Searchable = Pick<Item, 'title' | 'summary'> & Partial<Pick<Item, 'regions' | 'themes' | 'sourceId' | 'alsoIn'>>;

/** Teasers are at most 300 characters; titles are capped here too, so a scan stays short. */
const TEXT_CAP = 1200;

function foldedText(i: Searchable): [string, string] {
  return foldForms(`${i.title}\n${i.summary}`.slice(0, TEXT_CAP));
}

/** Any of `keywords` in title or summary (folded; up to three characters only as a whole word), or null. */
function keywordMatcher(keywords: readonly string[]): ((i: Searchable) => boolean) | null {
  const terms = keywords.map((k) => foldTerm(k)).filter((t): t is FoldedTerm => t !== null);
  if (terms.length === 0) return null;
  return (i) => {
    const text = foldedText(i);
    return terms.some((t) => matchesTerm(text, t));
  };
}

/**
 * A predicate for `search`, or null when the search is blank. Every term (a word or a quoted
 * phrase) must occur in the title, the teaser, a Land name, a theme label or a source's name;
 * short terms ("KI") only as whole words, so they do not find "Kiel" or "Main-Kinzig".
 */
export function searchMatcher(search: string | undefined, names: SearchNames = {}): ((i: Searchable) => boolean) | null {
  const terms = parseQuery(search);
  if (terms.length === 0) return null;
  const foldedNames = new Map<string, [string, string]>();
  const named = (key: string, name: string | undefined): [string, string] | undefined => {
    if (!name) return undefined;
    let f = foldedNames.get(key);
    if (!f) foldedNames.set(key, (f = foldForms(name)));
    return f;
  };
  return (i) => {
    const text = foldedText(i);
    const labels: [string, string][] = [];
    for (const r of i.regions ?? []) {
      const f = named(`r:${r}`, LAND_NAMES[r]);
      if (f) labels.push(f);
    }
    for (const t of i.themes ?? []) {
      const label = THEME_LABELS[t];
      const f = named(`t:${t}`, label ? `${label.de}\n${label.en}` : names.ruleLabels?.[t]);
      if (f) labels.push(f);
    }
    // The source's name, and the names of the other sources that carried the article (E08).
    for (const id of [i.sourceId, ...(Array.isArray(i.alsoIn) ? i.alsoIn.map((a) => a.sourceId) : [])]) {
      const src = id !== undefined ? named(`s:${id}`, names.sourceNames?.[id]) : undefined;
      if (src) labels.push(src);
    }
    return terms.every((t) => matchesTerm(text, t) || labels.some((l) => matchesTerm(l, t)));
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
    !(filter.keywords ?? []).some((k) => k.trim() !== '') &&
    filter.since === undefined
  );
}

/** The fields a matcher reads; sourceId, sortAt, unread, starred and places only when the filter asks about them. */
export type Matchable = Pick<Item, 'regions' | 'themes' | 'title' | 'summary'> &
  Partial<Pick<Item, 'sourceId' | 'sortAt' | 'unread' | 'starred' | 'places' | 'alsoIn'>>;

/** Whether `i` came from one of `sources`: its own, or another that carried the same article (E08). */
function fromAny(i: Matchable, sources: Set<string>): boolean {
  return sources.has(i.sourceId ?? '') || (Array.isArray(i.alsoIn) && i.alsoIn.some((a) => sources.has(a.sourceId)));
}

/** Builds the predicate for `filter`: the one item matcher of the store, the feeds and the alert rules. */
export function itemMatcher(filter: ItemFilter): (i: Matchable) => boolean {
  const regions = nonEmpty(filter.regions) ? new Set<string>(filter.regions) : null;
  const themes = nonEmpty(filter.themes) ? new Set(filter.themes) : null;
  const sources = nonEmpty(filter.sourceIds) ? new Set(filter.sourceIds) : null;
  const places = nonEmpty(filter.places) ? new Set(filter.places) : null;
  const search = searchMatcher(filter.search, filter.searchNames);
  const keywords = keywordMatcher(filter.keywords ?? []);
  const since = filter.since;
  return (i) =>
    (!filter.unreadOnly || i.unread === 1) &&
    (!filter.starredOnly || i.starred === 1) &&
    (since === undefined || (i.sortAt ?? -Infinity) >= since) &&
    (!sources || fromAny(i, sources)) &&
    (!places || placeKeys(i.places ?? []).some((k) => places.has(k))) &&
    (!regions || i.regions.some((r) => regions.has(r))) &&
    (!themes || i.themes.some((t) => themes.has(t))) &&
    (!search || search(i)) &&
    (!keywords || keywords(i));
}

/** Newest first; equal sortAt by id descending (the order IndexedDB walks an index backwards). */
export function compareNewest(a: Pick<Item, 'sortAt' | 'id'>, b: Pick<Item, 'sortAt' | 'id'>): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
