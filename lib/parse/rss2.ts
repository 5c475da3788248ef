/**
 * RSS 2.0 and 0.9x (`<rss>` with any version, or none) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, itemTitle, uniqueTexts, withGuidLink } from './item';
import { applyBase, safeLink } from './links';
import { attrOf, childrenOf, contentFields, groupChildren, groupHtml, groupText, textOf, type Field, type XNode } from './nodes';

/** The child elements the item mapping reads; others are not built. */
const ITEM_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'guid', 'link', 'description', 'title', 'content:encoded', 'pubDate', 'dc:date', 'category', 'dc:subject',
  'dc:title', 'media:title',
]);

/** Map an `<rss>` element (under any prefix); `base` is the final URL of the fetch, '' for a file. */
export function mapRss2(root: XNode, base: string, bozo: boolean): ParsedFeed {
  const rootBase = applyBase(base, attrOf(root, 'xml:base'));
  const top = groupChildren(childrenOf(root));
  const channel = top.get('channel')?.[0];
  const channelBase = channel ? applyBase(rootBase, attrOf(channel, 'xml:base')) : rootBase;
  const fields = channel ? groupChildren(childrenOf(channel)) : new Map<string, XNode[]>();
  // Some 0.9x feeds put items next to the channel instead of inside it.
  const itemNodes = [...(fields.get('item') ?? []), ...(top.get('item') ?? [])];
  const ttl = Number.parseInt(groupText(fields, 'ttl'), 10);
  const link = safeLink(linkText(fields.get('link')), channelBase);
  // Without a URL to resolve against (a file), the channel's link is the base.
  const itemBase = channelBase !== '' ? channelBase : link;
  return {
    format: 'rss2',
    title: groupText(fields, 'title'),
    link,
    ...(Number.isFinite(ttl) && ttl > 0 ? { ttlMin: ttl } : {}),
    bozo,
    items: itemNodes.map((node) => mapItem(node, itemBase)),
  };
}

function mapItem(node: XNode, parentBase: string): ParsedItem {
  const base = applyBase(parentBase, attrOf(node, 'xml:base'));
  const f = contentFields(node, ITEM_FIELDS);
  const guidNode = f.get('guid')?.[0];
  const linkNode = linkElement(f.get('link'));
  const description = groupHtml(f, 'description');
  return withGuidLink({
    guid: guidNode ? textOf(guidNode).trim() : '',
    // RSS 2.0: isPermaLink defaults to true when a guid is present.
    guidIsPermaLink: guidNode !== undefined && attrOf(guidNode, 'isPermaLink')?.trim().toLowerCase() !== 'false',
    title: itemTitle(f, 'title'),
    link: linkNode ? safeLink(linkText([linkNode]), applyBase(base, attrOf(linkNode, 'xml:base'))) : '',
    summary: description !== '' ? description : groupHtml(f, 'content:encoded'),
    publishedAt: firstDate(f, ['pubDate', 'dc:date']),
    categories: uniqueTexts([...(f.get('category') ?? []), ...(f.get('dc:subject') ?? [])].map(textOf)),
  });
}

/**
 * The `<link>` that gives an item its address: the first with text, else the first written
 * Atom-style, `<link href="…"/>` without a rel other than alternate (feeds mixing the formats
 * do that; feedparser reads it too).
 */
function linkElement(nodes: XNode[] | undefined): XNode | undefined {
  if (nodes === undefined) return undefined;
  if (nodes.length === 1 || textOf(nodes[0]).trim() !== '') return nodes[0];
  return nodes.find((n) => textOf(n).trim() !== '') ?? nodes.find(hrefAlternate) ?? nodes[0];
}

function hrefAlternate(node: XNode): boolean {
  const rel = attrOf(node, 'rel')?.trim().toLowerCase() ?? 'alternate';
  return rel === 'alternate' && (attrOf(node, 'href')?.trim() ?? '') !== '';
}

/** A link element's address: its text, else its href when it is an alternate link. */
function linkText(nodes: XNode[] | undefined): string {
  const node = linkElement(nodes);
  if (node === undefined) return '';
  const text = textOf(node).trim();
  return text !== '' || !hrefAlternate(node) ? text : attrOf(node, 'href')!.trim();
}
