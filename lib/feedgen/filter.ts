/** Which stored items a generated feed carries. */
import type { Item, RegionCode } from '../model';

/**
 * Narrows a feed. Every given criterion must hold; within one list any entry suffices.
 * An absent or empty list does not narrow.
 */
export interface FeedFilter {
  /** Items tagged with any of these regions. */
  regions?: RegionCode[];
  /** Items tagged with any of these theme ids. */
  themes?: string[];
  /** Items whose title or summary contains any of these, ignoring case and umlaut spelling. */
  keywords?: string[];
  sourceIds?: string[];
  /** Epoch ms: items whose sortAt is at or after it. */
  since?: number;
  /** How many items at most (default 100; Infinity for all). */
  limit?: number;
}

export const DEFAULT_FEED_LIMIT = 100;

/**
 * Lower case with umlauts and ß spelt out ("Straße" → "strasse", "Müller" → "mueller"),
 * so a keyword typed either way finds the other.
 */
function foldSpelt(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => SPELT[c] ?? c);
}
const SPELT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/** Lower case with umlauts reduced to their vowel ("München" → "munchen"), for keyboards without them. */
function foldBare(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => BARE[c] ?? c);
}
const BARE: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ẞ: 'ss' };

function keywordMatcher(keywords: string[]): ((item: Item) => boolean) | undefined {
  const wanted = keywords.map((k) => k.trim()).filter((k) => k !== '');
  if (wanted.length === 0) return undefined;
  const spelt = wanted.map(foldSpelt);
  const bare = wanted.map(foldBare);
  return (item) => {
    const text = `${item.title}\n${item.summary}`;
    const textSpelt = foldSpelt(text);
    if (spelt.some((k) => textSpelt.includes(k))) return true;
    const textBare = foldBare(text);
    return bare.some((k) => textBare.includes(k));
  };
}

/** Newest first: sortAt descending, then id ascending so ties always come out in the same order. */
export function compareNewest(a: Item, b: Item): number {
  if (a.sortAt !== b.sortAt) return b.sortAt - a.sortAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The items that pass `filter`, newest first (sortAt descending, then id ascending so
 * ties always come out in the same order), at most `limit`. Does not modify `items`.
 */
export function filterItems(items: Item[], filter: FeedFilter): Item[] {
  const regions = filter.regions?.length ? new Set<string>(filter.regions) : undefined;
  const themes = filter.themes?.length ? new Set(filter.themes) : undefined;
  const sources = filter.sourceIds?.length ? new Set(filter.sourceIds) : undefined;
  const matchesKeywords = filter.keywords ? keywordMatcher(filter.keywords) : undefined;
  const since = filter.since;
  const limit =
    filter.limit === undefined || Number.isNaN(filter.limit)
      ? DEFAULT_FEED_LIMIT
      : Math.max(0, Math.floor(filter.limit));

  const kept = items.filter(
    (item) =>
      (since === undefined || item.sortAt >= since) &&
      (!sources || sources.has(item.sourceId)) &&
      (!regions || item.regions.some((r) => regions.has(r))) &&
      (!themes || item.themes.some((t) => themes.has(t))) &&
      (!matchesKeywords || matchesKeywords(item)),
  );
  return kept.sort(compareNewest).slice(0, limit);
}
