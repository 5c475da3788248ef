/** Items → JSON Feed 1.1. */
import type { Item } from '../model';
import { compareNewest } from './filter';
import { newestDate, rfc3339, toFeedEntry, toFeedHead, type FeedEntry, type FeedMeta } from './entry';

function jsonItem(e: FeedEntry): Record<string, unknown> {
  const tags = [...e.regions.map((r) => r.name), ...e.themes.map((t) => t.label)];
  return {
    id: e.id,
    url: e.link,
    title: e.title,
    // JSON Feed requires content_text or content_html on every item.
    content_text: e.summary || e.title,
    date_published: rfc3339(e.date),
    tags: tags.length ? tags : undefined,
    authors: e.source ? [{ name: e.source.name, url: e.source.url }] : undefined,
    // Extension object (JSON Feed 1.1 "_" keys): the codes behind the tag names.
    _kommunalradar: { regions: e.regions.map((r) => r.code), themes: e.themes.map((t) => t.id) },
  };
}

/**
 * JSON Feed 1.1 for `items`, newest first whatever order they come in, pretty-printed.
 * Deterministic like the XML formats; undefined fields are left out.
 */
export function buildJsonFeed(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const entries = [...items].sort(compareNewest).map((item) => toFeedEntry(item, meta));
  const newest = newestDate(items);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: head.title,
    home_page_url: head.homeUrl,
    feed_url: head.selfUrl,
    description: head.description,
    language: head.language,
    _kommunalradar: { generator: head.generator, updated: newest === undefined ? undefined : rfc3339(newest) },
    items: entries.map(jsonItem),
  };
  return JSON.stringify(feed, null, 2) + '\n';
}
