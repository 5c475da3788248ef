/**
 * RSS 1.0 and 0.90 (`<rdf:RDF>`, items as siblings of the channel) and RSS 1.1 → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, itemTitle, uniqueTexts } from './item';
import { applyBase, safeLink } from './links';
import { localName } from './names';
import { attrOf, childrenOf, contentFields, groupChildren, groupHtml, groupText, tagOf, textOf, type Field, type XNode } from './nodes';

/** The child elements the item mapping reads; others are not built. */
const ITEM_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'title', 'rss:title', 'link', 'rss:link', 'description', 'rss:description', 'content:encoded', 'dc:date', 'pubDate', 'dc:subject',
  'dc:title', 'media:title',
]);

/**
 * Map an `<rdf:RDF>` element, or RSS 1.1's `<Channel>` (the channel is the root, its items sit
 * in `<items>`); `base` is the final URL of the fetch, '' for a file.
 */
export function mapRss1(root: XNode, base: string, bozo: boolean): ParsedFeed {
  const rootBase = applyBase(base, attrOf(root, 'xml:base'));
  const top = groupChildren(childrenOf(root));
  const rss11 = localName(tagOf(root)) === 'Channel';
  const channel = rss11 ? root : (top.get('channel')?.[0] ?? top.get('rss:channel')?.[0]);
  const fields = channel ? groupChildren(childrenOf(channel)) : new Map<string, XNode[]>();
  const itemNodes = rss11
    ? (top.get('items') ?? []).flatMap((list) => groupChildren(childrenOf(list)).get('item') ?? [])
    : [...(top.get('item') ?? []), ...(top.get('rss:item') ?? [])];
  const link = safeLink(groupText(fields, 'link', 'rss:link'), rootBase);
  // Without a URL to resolve against (a file), the channel's link is the base.
  const itemBase = rootBase !== '' ? rootBase : link;
  return {
    format: 'rss1',
    title: groupText(fields, 'title', 'rss:title'),
    link,
    bozo,
    items: itemNodes.map((node) => mapItem(node, itemBase)),
  };
}

function mapItem(node: XNode, parentBase: string): ParsedItem {
  const base = applyBase(parentBase, attrOf(node, 'xml:base'));
  const f = contentFields(node, ITEM_FIELDS);
  const description = groupHtml(f, 'description', 'rss:description');
  return {
    // rdf:about names the item, usually by its URL, but RSS 1.0 does not promise a permalink.
    guid: (attrOf(node, 'rdf:about') ?? '').trim(),
    guidIsPermaLink: false,
    title: itemTitle(f, 'title', 'rss:title'),
    link: safeLink(groupText(f, 'link', 'rss:link'), base),
    summary: description !== '' ? description : groupHtml(f, 'content:encoded'),
    publishedAt: firstDate(f, ['dc:date', 'pubDate']),
    categories: uniqueTexts((f.get('dc:subject') ?? []).map(textOf)),
  };
}
