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
import { el, serializeXml, textEl, type XmlElement } from './xml-writer';

function rssItem(e: FeedEntry): XmlElement {
  return el('item', undefined, [
    textEl('title', e.title),
    textEl('link', e.link),
    textEl('description', e.summary || undefined),
    el('guid', { isPermaLink: 'false' }, e.id),
    textEl('pubDate', rfc822(e.date)),
    ...e.regions.map((r) => el('category', { domain: LAND_DOMAIN }, r.name)),
    ...e.themes.map((t) => el('category', { domain: THEME_DOMAIN }, t.label)),
    // RSS requires the url attribute: without a checked URL the element is left out.
    e.source?.url ? el('source', { url: e.source.url }, e.source.name) : undefined,
  ]);
}

/**
 * RSS 2.0 for `items`, newest first whatever order they come in. Deterministic: the same
 * items and meta give the same bytes; lastBuildDate is the newest item's date, not the
 * time of the call.
 */
export function buildRss(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const newest = newestDate(items);
  function* channel(): Generator<XmlElement | undefined> {
    yield textEl('title', head.title);
    yield textEl('link', head.homeUrl ?? head.selfUrl ?? DEFAULT_HOME_URL);
    yield textEl('description', head.description);
    if (head.selfUrl) yield el('atom:link', { href: head.selfUrl, rel: 'self', type: 'application/rss+xml' });
    yield textEl('language', head.language);
    yield textEl('generator', head.generator);
    yield textEl('lastBuildDate', newest === undefined ? undefined : rfc822(newest));
    for (const item of [...items].sort(compareNewest)) yield rssItem(toFeedEntry(item, meta));
  }
  return serializeXml(
    el('rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' }, [el('channel', undefined, channel())]),
  );
}
