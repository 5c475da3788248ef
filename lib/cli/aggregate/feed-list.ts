/**
 * The generated feeds of an aggregate run: which files, with which items and titles. One list
 * drives the feed files, index.html and feeds.opml, so the three never disagree.
 */
import { filterItems, type FeedFilter } from '../../feedgen/index';
import { httpUrl } from '../../feedgen/xml-text';
import { LAND_NAMES, THEME_IDS, THEME_LABELS } from '../../labels';
import { LAND_CODES, type Item, type RegionCode } from '../../model';
import { isPrivateHost } from '../../fetch';

/** Items per generated feed: the newest; older ones stay in the state for the Land/theme feeds. */
export const FEED_ITEM_LIMIT = 100;

export interface FeedSpec {
  /** Path under the output directory, with '/' separators. */
  path: string;
  kind: 'all' | 'land' | 'theme';
  /** The Land's or theme's display name; 'alle Meldungen' for the main feed. */
  label: string;
  title: string;
  description: string;
  filter: FeedFilter;
}

const SITE = 'Kommunalradar';

/** Main feed (RSS path), then the seventeen region feeds, then one per theme. */
export function feedSpecs(): FeedSpec[] {
  const regions: RegionCode[] = [...LAND_CODES, 'DE'];
  return [
    {
      path: 'feed.xml', kind: 'all', label: 'alle Meldungen', title: `${SITE} – alle Meldungen`,
      description: 'Nachrichten zur kommunalen Digitalisierung in Deutschland', filter: {},
    },
    ...regions.map((code): FeedSpec => ({
      path: `land/${code.toLowerCase()}.xml`,
      kind: 'land',
      label: LAND_NAMES[code],
      title: `${SITE} – ${code === 'DE' ? 'Bund und bundesweit' : LAND_NAMES[code]}`,
      description: code === 'DE'
        ? 'Nachrichten zur Verwaltungsdigitalisierung von Bund und bundesweiter Bedeutung'
        : `Nachrichten zur kommunalen Digitalisierung in ${LAND_NAMES[code]}`,
      filter: { regions: [code] },
    })),
    ...THEME_IDS.map((id): FeedSpec => ({
      path: `thema/${id}.xml`,
      kind: 'theme',
      label: THEME_LABELS[id]!.de,
      title: `${SITE} – ${THEME_LABELS[id]!.de}`,
      description: `Nachrichten zur kommunalen Digitalisierung: ${THEME_LABELS[id]!.de}`,
      filter: { themes: [id] },
    })),
  ];
}

/** The items a feed carries (newest first, at most FEED_ITEM_LIMIT) and how many match in all. */
export function selectItems(items: Item[], spec: FeedSpec): { items: Item[]; total: number } {
  const all = filterItems(items, { ...spec.filter, limit: Infinity });
  return { items: all.slice(0, FEED_ITEM_LIMIT), total: all.length };
}

/** `path` resolved against the published base URL, or undefined without one. */
export function publicUrl(baseUrl: string | undefined, path: string): string | undefined {
  return baseUrl ? new URL(path, baseUrl).href : undefined;
}

/**
 * `s` when it is an http(s) URL on a public host, else undefined. The published files are
 * public; the address of an intranet or localhost feed a sources file names is not.
 */
export function shareableUrl(s: string | undefined): string | undefined {
  const url = httpUrl(s);
  return url && !isPrivateHost(new URL(url).hostname) ? url : undefined;
}
