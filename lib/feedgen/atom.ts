/** Items → Atom 1.0 (RFC 4287). */
import type { Item } from '../model';
import { compareNewest } from './filter';
import {
  LAND_DOMAIN,
  THEME_DOMAIN,
  TAG_URI_PREFIX,
  newestDate,
  rfc3339,
  toFeedEntry,
  toFeedHead,
  type FeedEntry,
  type FeedMeta,
} from './entry';
import { buildXml } from './xml-builder';

function atomEntry(e: FeedEntry): Record<string, unknown> {
  const date = rfc3339(e.date);
  const category = [
    ...e.regions.map((r) => ({ '@_term': r.code, '@_scheme': LAND_DOMAIN, '@_label': r.name })),
    ...e.themes.map((t) => ({ '@_term': t.id, '@_scheme': THEME_DOMAIN, '@_label': t.label })),
  ];
  const text = e.summary || e.title;
  return {
    // Atom ids must be IRIs; the stored id ("source|key") is not, so it is wrapped in a tag URI.
    id: TAG_URI_PREFIX + 'item:' + encodeURIComponent(e.id),
    title: e.title,
    updated: date,
    published: date,
    author: e.source ? { name: e.source.name } : undefined,
    link: e.link ? { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link } : undefined,
    // An entry without an alternate link must carry content (RFC 4287 4.1.2).
    summary: e.link && e.summary ? { '#text': e.summary, '@_type': 'text' } : undefined,
    content: e.link ? undefined : { '#text': text, '@_type': 'text' },
    category: category.length ? category : undefined,
  };
}

/**
 * Atom 1.0 for `items`, newest first whatever order they come in. Deterministic: the
 * feed's `updated` is the newest entry's date (the epoch for an empty feed), never the
 * time of the call.
 */
export function buildAtom(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const entries = [...items].sort(compareNewest).map((item) => toFeedEntry(item, meta));
  const links: Record<string, string>[] = [];
  if (head.homeUrl) links.push({ '@_rel': 'alternate', '@_type': 'text/html', '@_href': head.homeUrl });
  if (head.selfUrl) links.push({ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': head.selfUrl });
  return buildXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': head.language,
      id: head.selfUrl ?? head.homeUrl ?? TAG_URI_PREFIX + 'feed:' + encodeURIComponent(head.title),
      title: head.title,
      subtitle: head.description !== head.title ? head.description : undefined,
      updated: rfc3339(newestDate(entries) ?? 0),
      author: { name: head.generator },
      generator: head.generator,
      link: links.length ? links : undefined,
      entry: entries.map(atomEntry),
    },
  });
}
