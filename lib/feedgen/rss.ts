/** Items → RSS 2.0, with atom:link self and Land/theme categories. */
import type { Item } from '../model';
import { compareNewest } from './filter';
import {
  LAND_DOMAIN,
  THEME_DOMAIN,
  DEFAULT_HOME_URL,
  newestDate,
  rfc822,
  toFeedEntry,
  toFeedHead,
  type FeedEntry,
  type FeedMeta,
} from './entry';
import { buildXml } from './xml-builder';

function rssItem(e: FeedEntry): Record<string, unknown> {
  const category = [
    ...e.regions.map((r) => ({ '#text': r.name, '@_domain': LAND_DOMAIN })),
    ...e.themes.map((t) => ({ '#text': t.label, '@_domain': THEME_DOMAIN })),
  ];
  return {
    title: e.title,
    link: e.link,
    description: e.summary || undefined,
    guid: { '#text': e.id, '@_isPermaLink': 'false' },
    pubDate: rfc822(e.date),
    category: category.length ? category : undefined,
    // RSS requires the url attribute: without a checked URL the element is left out.
    source: e.source?.url ? { '#text': e.source.name, '@_url': e.source.url } : undefined,
  };
}

/**
 * RSS 2.0 for `items`, newest first whatever order they come in. Deterministic: the same
 * items and meta give the same bytes; lastBuildDate is the newest item's date, not the
 * time of the call.
 */
export function buildRss(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const entries = [...items].sort(compareNewest).map((item) => toFeedEntry(item, meta));
  const newest = newestDate(entries);
  return buildXml({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: head.title,
        link: head.homeUrl ?? head.selfUrl ?? DEFAULT_HOME_URL,
        description: head.description,
        'atom:link': head.selfUrl
          ? { '@_href': head.selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' }
          : undefined,
        language: head.language,
        generator: head.generator,
        lastBuildDate: newest === undefined ? undefined : rfc822(newest),
        item: entries.map(rssItem),
      },
    },
  });
}
