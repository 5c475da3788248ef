/**
 * Atom 1.0 and 0.3 (`<feed>`) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, uniqueTexts } from './item';
import { absoluteHttpUrl, applyBase, safeLink } from './links';
import { attrOf, childrenOf, contentFields, groupChildren, htmlOf, textOf, type Field, type XNode } from './nodes';
import { cleanXmlText, decodeEntities } from './text';

/** The child elements the item mapping reads; others are not built. */
const ITEM_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'id', 'title', 'link', 'summary', 'content', 'published', 'updated', 'dc:date', 'category',
  'issued', 'modified', 'created',
]);

/** Map a `<feed>` element; `base` is the final URL of the fetch, '' for a file. */
export function mapAtom(root: XNode, base: string, bozo: boolean): ParsedFeed {
  const feedBase = applyBase(base, attrOf(root, 'xml:base'));
  const f = groupChildren(childrenOf(root));
  const link = alternateLink(f.get('link') ?? [], feedBase);
  // Without a URL to resolve against (a file), the feed's own link is the base.
  const entryBase = feedBase !== '' ? feedBase : link;
  return {
    format: 'atom',
    title: textConstruct(f.get('title')?.[0]),
    link,
    bozo,
    items: (f.get('entry') ?? []).map((node) => mapEntry(node, entryBase)),
  };
}

function mapEntry(node: XNode, feedBase: string): ParsedItem {
  const base = applyBase(feedBase, attrOf(node, 'xml:base'));
  const f = contentFields(node, ITEM_FIELDS);
  const summary = htmlConstruct(f.get('summary')?.[0]);
  const id = textOf(f.get('id')?.[0]).trim();
  const link = alternateLink(f.get('link') ?? [], base);
  return {
    guid: id,
    guidIsPermaLink: false,
    title: textConstruct(f.get('title')?.[0]),
    // An entry without a usable link is found at its id when that is an http(s) URL, as readers do.
    link: link !== '' ? link : absoluteHttpUrl(id),
    summary: summary !== '' ? summary : htmlConstruct(f.get('content')?.[0]),
    // Atom 0.3 names its dates issued, modified and created.
    publishedAt: firstDate(f, ['published', 'updated', 'issued', 'modified', 'created', 'dc:date']),
    categories: uniqueTexts((f.get('category') ?? []).map((c) => attrOf(c, 'label') ?? attrOf(c, 'term') ?? '')),
  };
}

/**
 * A title as text. `type="html"` (Atom 0.3: `text/html`) titles carry escaped HTML, so their
 * HTML layer is decoded here (tags, if any, are left for the normaliser); `xhtml` titles are
 * markup, of which the text is kept; plain `text` titles are decoded once, by the XML layer
 * only, like RSS titles. Atom 0.3's `mode="base64"` is decoded first.
 */
function textConstruct(node: XNode | undefined): string {
  if (node === undefined) return '';
  const text = (base64Of(node) ?? textOf(node)).trim();
  const type = attrOf(node, 'type')?.trim().toLowerCase();
  return type === 'html' || type === 'text/html' ? decodeEntities(text) : text;
}

/** A summary or content as HTML (the normaliser strips it), `mode="base64"` decoded. */
function htmlConstruct(node: XNode | undefined): string {
  if (node === undefined) return '';
  return (base64Of(node) ?? htmlOf(node)).trim();
}

/** The decoded text of an Atom 0.3 `mode="base64"` construct (as UTF-8), else undefined. */
function base64Of(node: XNode): string | undefined {
  if (attrOf(node, 'mode')?.trim().toLowerCase() !== 'base64') return undefined;
  try {
    const binary = atob(textOf(node));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return cleanXmlText(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return undefined;
  }
}

/** The first `rel="alternate"` (or rel-less) link, preferring HTML, resolved against xml:base. */
function alternateLink(links: XNode[], base: string): string {
  const alternates = links.filter((l) => (attrOf(l, 'rel')?.trim().toLowerCase() ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attrOf(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (html === undefined) return '';
  return safeLink(attrOf(html, 'href') ?? '', applyBase(base, attrOf(html, 'xml:base')));
}
