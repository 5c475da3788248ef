/**
 * RSS 1.0 and 0.90 (`<rdf:RDF>`, items as siblings of the channel) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, uniqueTexts } from './item';
import { applyBase, safeLink } from './links';
import { attrOf, childrenOf, contentFields, groupChildren, groupHtml, groupText, textOf, type Field, type XNode } from './nodes';

/** The child elements the item mapping reads; others are not built. */
const ITEM_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'title', 'rss:title', 'link', 'rss:link', 'description', 'rss:description', 'content:encoded', 'dc:date', 'pubDate', 'dc:subject',
]);

/** Map an `<rdf:RDF>` element; `base` is the final URL of the fetch. */
export function mapRss1(root: XNode, base: string, bozo: boolean): ParsedFeed {
  const rootBase = applyBase(base, attrOf(root, 'xml:base'));
  const top = groupChildren(childrenOf(root));
  const channel = top.get('channel')?.[0] ?? top.get('rss:channel')?.[0];
  const fields = channel ? groupChildren(childrenOf(channel)) : new Map<string, XNode[]>();
  const itemNodes = [...(top.get('item') ?? []), ...(top.get('rss:item') ?? [])];
  return {
    format: 'rss1',
    title: groupText(fields, 'title', 'rss:title'),
    link: safeLink(groupText(fields, 'link', 'rss:link'), rootBase),
    bozo,
    items: itemNodes.map((node) => mapItem(node, rootBase)),
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
    title: groupText(f, 'title', 'rss:title'),
    link: safeLink(groupText(f, 'link', 'rss:link'), base),
    summary: description !== '' ? description : groupHtml(f, 'content:encoded'),
    publishedAt: firstDate(f, ['dc:date', 'pubDate']),
    categories: uniqueTexts((f.get('dc:subject') ?? []).map(textOf)),
  };
}
