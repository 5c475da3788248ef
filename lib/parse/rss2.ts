/**
 * RSS 2.0 and 0.9x (`<rss>` with any version, or none) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { categoryTexts, firstDate, itemTitle, withGuidLink } from './item';
import { applyBase, safeLink } from './links';
import { documentNames } from './names';
import { attrOf, childrenOf, contentFields, groupChildren, groupHtml, groupText, MAPPED, tagOf, textOf, type Field, type XNode } from './nodes';
import type { ItemHook } from './scan';

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
  const firstLink = fields.get('link')?.[0];
  const link = firstLink === undefined ? '' : safeLink(linkAddress(firstLink), channelBase);
  // Without a URL to resolve against (a file), the channel's link is the base.
  const itemBase = channelBase !== '' ? channelBase : link;
  return {
    format: 'rss2',
    title: groupText(fields, 'title'),
    link,
    ...(Number.isFinite(ttl) && ttl > 0 ? { ttlMin: ttl } : {}),
    bozo,
    items: itemNodes.map((node) => (node[MAPPED] as ParsedItem | undefined) ?? mapItem(node, itemBase)),
  };
}

/**
 * Maps the items of the first channel while the scanner reads them (see ItemHook), with the base
 * mapRss2 gives them: known once the root's and the channel's start tags are read, or, without
 * one, once the channel's first `<link>` is. Any other item (next to the channel, in a second
 * channel, before that link) is left to mapRss2, and so is one whose mapping throws: what the
 * careful path would make of the document if the scanner gave up later must not change.
 */
export function earlyRss2Items(base: string): ItemHook {
  let channel: XNode | null = null;
  let itemBase: string | null = null;
  let channelBase = '';
  // How far the channel's children have been looked through for its link: each is looked at
  // once (and the root's once), so that the hook stays linear whatever the document holds.
  let linkRead = 0;
  let closed = false;
  return (item, ancestors, children, depth) => {
    if (closed || depth !== 2 || documentNames.canon(tagOf(item)) !== 'item') return undefined;
    const open = ancestors[1]!;
    if (open !== channel) {
      if (documentNames.canon(tagOf(open)) !== 'channel') return undefined;
      // Only the first channel: mapRss2 reads no other.
      if (channel !== null || children[0]!.some(isChannel)) {
        closed = true;
        return undefined;
      }
      channel = open;
      channelBase = applyBase(applyBase(base, attrOf(ancestors[0]!, 'xml:base')), attrOf(open, 'xml:base'));
      if (channelBase !== '') itemBase = channelBase;
    }
    if (itemBase === null) {
      // Without a base, the channel's first <link> is the base, once it is read.
      const read = children[1]!;
      for (; linkRead < read.length && itemBase === null; linkRead++) {
        const node = read[linkRead]!;
        if (documentNames.canon(tagOf(node)) === 'link') itemBase = safeLink(linkAddress(node), channelBase);
      }
      if (itemBase === null) return undefined;
    }
    let parsed: ParsedItem;
    try {
      parsed = mapItem(item, itemBase);
    } catch {
      return undefined;
    }
    const mapped: XNode = {};
    mapped[tagOf(item)] = [];
    mapped[MAPPED] = parsed;
    return mapped;
  };
}

function isChannel(node: XNode): boolean {
  return documentNames.canon(tagOf(node)) === 'channel';
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
    link: linkNode ? safeLink(linkAddress(linkNode), applyBase(base, attrOf(linkNode, 'xml:base'))) : '',
    summary: description !== '' ? description : groupHtml(f, 'content:encoded'),
    publishedAt: firstDate(f, ['pubDate', 'dc:date']),
    categories: categoryTexts(f.get('category'), f.get('dc:subject')),
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
function linkAddress(node: XNode): string {
  const text = textOf(node).trim();
  return text !== '' || !hrefAlternate(node) ? text : attrOf(node, 'href')!.trim();
}
