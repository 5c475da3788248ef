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
import { escapeHtml, rssText } from './xml-text';
import { emptyElement, parentElement, textElement, xmlDocument, type Markup } from './xml-writer';

const ITEM = 2;
const FIELD = 3;

function rssItem(e: FeedEntry): Markup {
  const fields: Markup[] = [
    textElement(FIELD, 'title', rssText(e.title)),
    textElement(FIELD, 'link', e.link),
    // RSS 2.0 defines description as HTML: our plain text is escaped as HTML, then as XML.
    textElement(FIELD, 'description', e.summary ? escapeHtml(e.summary) : undefined),
    textElement(FIELD, 'guid', e.id, { isPermaLink: 'false' }),
    textElement(FIELD, 'pubDate', rfc822(e.date)),
  ];
  for (const r of e.regions) fields.push(textElement(FIELD, 'category', r.name, { domain: LAND_DOMAIN }));
  for (const t of e.themes) fields.push(textElement(FIELD, 'category', t.label, { domain: THEME_DOMAIN }));
  // RSS requires the url attribute: without a checked URL the element is left out.
  if (e.source?.url) fields.push(textElement(FIELD, 'source', rssText(e.source.name), { url: e.source.url }));
  return parentElement(ITEM, 'item', undefined, fields);
}

/**
 * RSS 2.0 for `items`, newest first whatever order they come in. Deterministic: the same
 * items and meta give the same bytes; lastBuildDate is the newest item's date, not the
 * time of the call.
 */
export function buildRss(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const newest = newestDate(items);
  const channel: Markup[] = [
    textElement(ITEM, 'title', rssText(head.title)),
    textElement(ITEM, 'link', head.homeUrl ?? head.selfUrl ?? DEFAULT_HOME_URL),
    textElement(ITEM, 'description', escapeHtml(head.description)),
  ];
  if (head.selfUrl) {
    channel.push(emptyElement(ITEM, 'atom:link', { href: head.selfUrl, rel: 'self', type: 'application/rss+xml' }));
  }
  channel.push(
    textElement(ITEM, 'language', head.language),
    textElement(ITEM, 'generator', head.generator),
    textElement(ITEM, 'lastBuildDate', newest === undefined ? undefined : rfc822(newest)),
  );
  for (const item of [...items].sort(compareNewest)) channel.push(rssItem(toFeedEntry(item, meta)));
  return xmlDocument(
    parentElement(0, 'rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' }, [
      parentElement(1, 'channel', undefined, channel),
    ]),
  );
}
