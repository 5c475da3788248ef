/**
 * Atom 1.0 (`<feed>`) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, uniqueTexts } from './item';
import { applyBase, safeLink } from './links';
import { attrOf, childrenOf, contentFields, groupChildren, htmlOf, textOf, type Field, type XNode } from './nodes';
import { decodeEntities } from './text';

/** The child elements the item mapping reads; others are not built. */
const ITEM_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'id', 'title', 'link', 'summary', 'content', 'published', 'updated', 'dc:date', 'category',
]);

/** Map a `<feed>` element; `base` is the final URL of the fetch. */
export function mapAtom(root: XNode, base: string, bozo: boolean): ParsedFeed {
  const feedBase = applyBase(base, attrOf(root, 'xml:base'));
  const f = groupChildren(childrenOf(root));
  return {
    format: 'atom',
    title: textConstruct(f.get('title')?.[0]),
    link: alternateLink(f.get('link') ?? [], feedBase),
    bozo,
    items: (f.get('entry') ?? []).map((node) => mapEntry(node, feedBase)),
  };
}

function mapEntry(node: XNode, feedBase: string): ParsedItem {
  const base = applyBase(feedBase, attrOf(node, 'xml:base'));
  const f = contentFields(node, ITEM_FIELDS);
  const summary = htmlOf(f.get('summary')?.[0]).trim();
  return {
    guid: textOf(f.get('id')?.[0]).trim(),
    guidIsPermaLink: false,
    title: textConstruct(f.get('title')?.[0]),
    link: alternateLink(f.get('link') ?? [], base),
    summary: summary !== '' ? summary : htmlOf(f.get('content')?.[0]).trim(),
    publishedAt: firstDate(f, ['published', 'updated', 'dc:date']),
    categories: uniqueTexts((f.get('category') ?? []).map((c) => attrOf(c, 'label') ?? attrOf(c, 'term') ?? '')),
  };
}

/**
 * A title as text. `type="html"` titles carry escaped HTML, so their HTML layer is decoded here
 * (tags, if any, are left for the normaliser); plain `text` titles are decoded once, by the
 * XML layer only, like RSS titles.
 */
function textConstruct(node: XNode | undefined): string {
  if (node === undefined) return '';
  const text = textOf(node).trim();
  return attrOf(node, 'type')?.trim().toLowerCase() === 'html' ? decodeEntities(text) : text;
}

/** The first `rel="alternate"` (or rel-less) link, preferring HTML, resolved against xml:base. */
function alternateLink(links: XNode[], base: string): string {
  const alternates = links.filter((l) => (attrOf(l, 'rel')?.trim().toLowerCase() ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attrOf(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (html === undefined) return '';
  return safeLink(attrOf(html, 'href') ?? '', applyBase(base, attrOf(html, 'xml:base')));
}
