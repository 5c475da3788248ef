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
import { emptyElement, parentElement, textElement, xmlDocument, type Markup } from './xml-writer';

const ENTRY = 1;
const FIELD = 2;

function atomEntry(e: FeedEntry): Markup {
  const date = rfc3339(e.date);
  const fields: Markup[] = [
    // Atom ids must be IRIs; the stored id ("source|key") is not, so it is wrapped in a tag URI.
    textElement(FIELD, 'id', TAG_URI_PREFIX + 'item:' + encodeURIComponent(e.id)),
    textElement(FIELD, 'title', e.title),
    textElement(FIELD, 'updated', date),
    textElement(FIELD, 'published', date),
  ];
  if (e.source) fields.push(parentElement(FIELD, 'author', undefined, [textElement(FIELD + 1, 'name', e.source.name)]));
  if (e.link) {
    fields.push(emptyElement(FIELD, 'link', { rel: 'alternate', type: 'text/html', href: e.link }));
    if (e.summary) fields.push(textElement(FIELD, 'summary', e.summary, { type: 'text' }));
  } else {
    // An entry without an alternate link must carry content (RFC 4287 4.1.2).
    fields.push(textElement(FIELD, 'content', e.summary || e.title, { type: 'text' }));
  }
  for (const r of e.regions) {
    fields.push(emptyElement(FIELD, 'category', { term: r.code, scheme: LAND_DOMAIN, label: r.name }));
  }
  for (const t of e.themes) {
    fields.push(emptyElement(FIELD, 'category', { term: t.id, scheme: THEME_DOMAIN, label: t.label }));
  }
  return parentElement(ENTRY, 'entry', undefined, fields);
}

/**
 * Atom 1.0 for `items`, newest first whatever order they come in. Deterministic: the
 * feed's `updated` is the newest entry's date (the epoch for an empty feed), never the
 * time of the call.
 */
export function buildAtom(items: Item[], meta: FeedMeta): string {
  const head = toFeedHead(meta);
  const feed: Markup[] = [
    textElement(ENTRY, 'id', head.selfUrl ?? head.homeUrl ?? TAG_URI_PREFIX + 'feed:' + encodeURIComponent(head.title)),
    textElement(ENTRY, 'title', head.title),
    textElement(ENTRY, 'subtitle', head.description !== head.title ? head.description : undefined),
    textElement(ENTRY, 'updated', rfc3339(newestDate(items) ?? 0)),
    parentElement(ENTRY, 'author', undefined, [textElement(FIELD, 'name', head.generator)]),
    textElement(ENTRY, 'generator', head.generator),
  ];
  if (head.homeUrl) feed.push(emptyElement(ENTRY, 'link', { rel: 'alternate', type: 'text/html', href: head.homeUrl }));
  if (head.selfUrl) feed.push(emptyElement(ENTRY, 'link', { rel: 'self', type: 'application/atom+xml', href: head.selfUrl }));
  for (const item of [...items].sort(compareNewest)) feed.push(atomEntry(toFeedEntry(item, meta)));
  return xmlDocument(parentElement(0, 'feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': head.language }, feed));
}
