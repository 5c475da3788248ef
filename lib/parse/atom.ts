/**
 * Atom 1.0 and 0.3 (`<feed>`) → ParsedFeed.
 */
import type { ParsedFeed, ParsedItem } from '../model';
import { firstDate, uniqueTexts } from './item';
import { absoluteHttpUrl, applyBase, safeLink } from './links';
import { documentNames } from './names';
import { attrOf, childrenOf, contentFields, groupChildren, htmlOf, tagOf, textOf, xhtmlOf, type Field, type XNode } from './nodes';
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
    title: textConstruct(f.get('title')?.[0]).text,
    link,
    bozo,
    items: entryNodes(root, f).map((node) => mapEntry(node, entryBase)),
  };
}

/**
 * The feed's entries in document order. Some feeds (early Atom drafts) call them `<item>`;
 * feedparser reads those as entries, and so do we.
 */
function entryNodes(root: XNode, f: ReadonlyMap<string, XNode[]>): XNode[] {
  const entries = f.get('entry') ?? [];
  if (!f.has('item')) return entries;
  if (entries.length === 0) return f.get('item')!;
  return childrenOf(root).filter((n) => {
    const name = documentNames.canon(tagOf(n));
    return name === 'entry' || name === 'item';
  });
}

function mapEntry(node: XNode, feedBase: string): ParsedItem {
  const base = applyBase(feedBase, attrOf(node, 'xml:base'));
  const f = contentFields(node, ITEM_FIELDS);
  const summary = htmlConstruct(f.get('summary')?.[0]);
  const id = textOf(f.get('id')?.[0]).trim();
  const link = alternateLink(f.get('link') ?? [], base);
  const title = textConstruct(f.get('title')?.[0]);
  const item: ParsedItem = {
    guid: id,
    guidIsPermaLink: false,
    title: title.text,
    // An entry without a usable link is found at its id when that is an http(s) URL, as readers do.
    link: link !== '' ? link : absoluteHttpUrl(id),
    summary: summary !== '' ? summary : htmlConstruct(f.get('content')?.[0]),
    // Atom 0.3 names its dates issued, modified and created.
    publishedAt: firstDate(f, ['published', 'updated', 'issued', 'modified', 'created', 'dc:date']),
    categories: uniqueTexts((f.get('category') ?? []).map((c) => attrOf(c, 'label') ?? attrOf(c, 'term') ?? '')),
  };
  if (title.isText) item.titleIsText = true;
  return item;
}

/**
 * How an Atom text construct or content declares itself: `type="text"`, `html`, `xhtml` (Atom
 * 0.3: `text/plain`, `text/html`, `application/xhtml+xml`), another MIME type (base64-encoded
 * in Atom 1.0 unless it is text or XML: `binary`), or none.
 */
type ConstructType = 'text' | 'html' | 'xhtml' | 'binary' | 'untyped';

function constructType(node: XNode): ConstructType {
  const type = attrOf(node, 'type')?.trim().toLowerCase();
  if (type === undefined || type === '') return 'untyped';
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type.indexOf('/') === -1 || type.startsWith('text/') || type.endsWith('+xml') || type.endsWith('/xml')) return 'untyped';
  return 'binary';
}

/**
 * A title and whether the feed declares it plain text. `type="html"` titles carry escaped HTML,
 * so their HTML layer is decoded here (tags, if any, are left for the normaliser); `xhtml`
 * titles are markup, kept as HTML with their text escaped (see xhtmlOf), so that the normaliser
 * strips the markup (a script with its content) and keeps escaped brackets as text; `text`
 * titles, and binary or untyped ones decoded from base64, are text, brackets and all. Other
 * untyped titles are read like RSS titles: markup in them, if any, is stripped (feeds put
 * escaped HTML there, though Atom's default type is text).
 */
function textConstruct(node: XNode | undefined): { text: string; isText: boolean } {
  if (node === undefined) return { text: '', isText: false };
  const type = constructType(node);
  const decoded = base64Of(node, type);
  if (type === 'xhtml' && decoded === undefined) {
    const html = xhtmlOf(node).trim();
    // Without any element the XHTML is text; its escaped form would read as entities.
    if (html.indexOf('<') === -1) return { text: textOf(node).trim(), isText: true };
    return { text: html, isText: false };
  }
  const text = (decoded ?? textOf(node)).trim();
  if (type === 'html') return { text: decodeEntities(text), isText: false };
  // Base64 is no escaping layer: an untyped title decoded from it has Atom's default type, text.
  return { text, isText: type === 'text' || type === 'binary' || (type === 'untyped' && decoded !== undefined) };
}

/** A summary or content as HTML (the normaliser strips it), base64 decoded, XHTML as HTML. */
function htmlConstruct(node: XNode | undefined): string {
  if (node === undefined) return '';
  const type = constructType(node);
  const decoded = base64Of(node, type);
  if (decoded !== undefined) return decoded.trim();
  return (type === 'xhtml' ? xhtmlOf(node) : htmlOf(node)).trim();
}

/**
 * The decoded text of a base64 construct: Atom 0.3's `mode="base64"`, or Atom 1.0's binary
 * types. Decoded as UTF-8; binary content that is not UTF-8 text (an image) reads as '', not as
 * its base64. Undefined when the construct is not base64.
 */
function base64Of(node: XNode, type: ConstructType): string | undefined {
  const mode03 = attrOf(node, 'mode')?.trim().toLowerCase() === 'base64';
  if (!mode03 && type !== 'binary') return undefined;
  try {
    const binary = atob(textOf(node).trim());
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return cleanXmlText(new TextDecoder('utf-8', { fatal: type === 'binary' }).decode(bytes));
  } catch {
    return type === 'binary' ? '' : undefined;
  }
}

/**
 * The first `rel="alternate"` (or rel-less) link, preferring HTML, resolved against xml:base.
 * A link without href gives its text content (some Atom 0.3 feeds write `<link>URL</link>`).
 */
function alternateLink(links: XNode[], base: string): string {
  const alternates = links.filter((l) => (attrOf(l, 'rel')?.trim().toLowerCase() ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attrOf(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (html === undefined) return '';
  return safeLink(attrOf(html, 'href') ?? textOf(html), applyBase(base, attrOf(html, 'xml:base')));
}
