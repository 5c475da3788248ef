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
import { el, serializeXml, textEl, type XmlElement } from './xml-writer';

function atomEntry(e: FeedEntry): XmlElement {
  const date = rfc3339(e.date);
  return el('entry', undefined, [
    // Atom ids must be IRIs; the stored id ("source|key") is not, so it is wrapped in a tag URI.
    textEl('id', TAG_URI_PREFIX + 'item:' + encodeURIComponent(e.id)),
    textEl('title', e.title),
    textEl('updated', date),
    textEl('published', date),
    e.source ? el('author', undefined, [textEl('name', e.source.name)]) : undefined,
    e.link ? el('link', { rel: 'alternate', type: 'text/html', href: e.link }) : undefined,
    // An entry without an alternate link must carry content (RFC 4287 4.1.2).
    e.link
      ? e.summary
        ? el('summary', { type: 'text' }, e.summary)
        : undefined
      : el('content', { type: 'text' }, e.summary || e.title),
    ...e.regions.map((r) => el('category', { term: r.code, scheme: LAND_DOMAIN, label: r.name })),
    ...e.themes.map((t) => el('category', { term: t.id, scheme: THEME_DOMAIN, label: t.label })),
  ]);
}

/**
 * Atom 1.0 for `items`, newest first whatever order they come in. Deterministic: the
 * feed's `updated` is the newest entry's date (the epoch for an empty feed), never the
 * time of the call.
 */
export function buildAtom(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  function* feed(): Generator<XmlElement | undefined> {
    yield textEl('id', head.selfUrl ?? head.homeUrl ?? TAG_URI_PREFIX + 'feed:' + encodeURIComponent(head.title));
    yield textEl('title', head.title);
    if (head.description !== head.title) yield textEl('subtitle', head.description);
    yield textEl('updated', rfc3339(newestDate(items) ?? 0));
    yield el('author', undefined, [textEl('name', head.generator)]);
    yield textEl('generator', head.generator);
    if (head.homeUrl) yield el('link', { rel: 'alternate', type: 'text/html', href: head.homeUrl });
    if (head.selfUrl) yield el('link', { rel: 'self', type: 'application/atom+xml', href: head.selfUrl });
    for (const item of [...items].sort(compareNewest)) yield atomEntry(toFeedEntry(item, meta));
  }
  return serializeXml(el('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': head.language }, feed()));
}
