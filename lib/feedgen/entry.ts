/**
 * What the three feed formats share: the feed's metadata, and each item reduced to the
 * cleaned fields a feed shows. Every format builder maps these, so escaping, link
 * checks and dates are decided once.
 */
import type { Item, RegionCode } from '../model';
import { LAND_NAMES, THEME_LABELS } from '../labels';
import { hashString } from '../normalize/hash';
import { cleanText, httpUrl } from './xml-text';

/** Describes a generated feed. */
export interface FeedMeta {
  title: string;
  description?: string;
  /** Where the feed itself will be published (RSS atom:link self, Atom self, JSON feed_url). */
  selfUrl?: string;
  /** The web page the feed belongs to. */
  homeUrl?: string;
  /** Language tag of the items, 'de' when absent. */
  language?: string;
  generator?: string;
  /** Name and feed URL of each source id, for RSS `source` and the entries' authors. */
  sourceNames?: Record<string, { name: string; url: string }>;
}

/** Category domains (RSS) and schemes (Atom) of the two tag vocabularies. */
export const LAND_DOMAIN = 'https://kommunalradar.de/land';
export const THEME_DOMAIN = 'https://kommunalradar.de/thema';
/** Used where a format requires a link or id and the caller gave none. */
export const DEFAULT_HOME_URL = 'https://kommunalradar.de/';
export const DEFAULT_GENERATOR = 'Kommunalradar';
/** Tag URI prefix (RFC 4151) for the ids Atom requires to be IRIs. */
export const TAG_URI_PREFIX = 'tag:kommunalradar.de,2025:';
const UNTITLED = '(ohne Titel)';

/** Feed-level fields, cleaned, links checked, defaults applied. */
export interface FeedHead {
  title: string;
  description: string;
  selfUrl?: string;
  homeUrl?: string;
  language: string;
  generator: string;
}

/** One item as every feed format shows it. */
export interface FeedEntry {
  /**
   * The item's published id: a hash of its stable id (`sourceId|key`). The stored id names the
   * source (`opml-<host>-…` for an imported one, an intranet host among them) and the key may be
   * an intranet link; a reader needs neither, only an id that stays the same (H07).
   */
  id: string;
  title: string;
  link?: string;
  summary: string;
  /** Epoch ms: publishedAt, else firstSeenAt. */
  date: number;
  regions: { code: RegionCode; name: string }[];
  themes: { id: string; label: string }[];
  source?: { name: string; url?: string };
}

export function toFeedHead(meta: FeedMeta): FeedHead {
  const title = cleanText(meta.title).trim() || DEFAULT_GENERATOR;
  return {
    title,
    description: cleanText(meta.description ?? '').trim() || title,
    selfUrl: httpUrl(meta.selfUrl),
    homeUrl: httpUrl(meta.homeUrl),
    language: cleanText(meta.language ?? '').trim() || 'de',
    generator: cleanText(meta.generator ?? '').trim() || DEFAULT_GENERATOR,
  };
}

/** Latest representable date (year 9999): beyond it RFC 822 and RFC 3339 have no spelling. */
const MAX_DATE = 253402300799999;

function validDate(ms: number | null | undefined): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_DATE;
}

/** The date a feed shows for an item: publishedAt, else firstSeenAt, else the epoch. */
export function itemDate(item: Item): number {
  if (validDate(item.publishedAt)) return item.publishedAt;
  return validDate(item.firstSeenAt) ? item.firstSeenAt : 0;
}

export function toFeedEntry(item: Item, meta: FeedMeta): FeedEntry {
  const source = meta.sourceNames?.[item.sourceId];
  const sourceName = source ? cleanText(source.name).trim() : '';
  return {
    id: publicItemId(item.id),
    title: cleanText(item.title).trim() || UNTITLED,
    link: httpUrl(item.link),
    summary: cleanText(item.summary).trim(),
    date: itemDate(item),
    regions: item.regions.map((code) => ({ code, name: LAND_NAMES[code] ?? cleanText(code) })),
    themes: item.themes.map((id) => ({ id: cleanText(id), label: THEME_LABELS[id]?.de ?? cleanText(id) })),
    source: sourceName ? { name: sourceName, url: httpUrl(source?.url) } : undefined,
  };
}

/** A stable id that reveals nothing of the stored id: 106 bits of two cyrb53 hashes. */
export function publicItemId(id: string): string {
  return `kr-${hashString(id)}${hashString(id, 0x4b52)}`;
}

/** The newest item date: the feed's own date, so unchanged items give an unchanged feed. */
export function newestDate(items: Item[]): number | undefined {
  let newest: number | undefined;
  for (const item of items) {
    const date = itemDate(item);
    if (newest === undefined || date > newest) newest = date;
  }
  return newest;
}

/** RFC 822 date with a four-digit year and GMT, as RSS 2.0 wants it. */
export function rfc822(ms: number): string {
  return new Date(ms).toUTCString();
}

/** RFC 3339 date in UTC, for Atom and JSON Feed. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
