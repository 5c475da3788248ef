/**
 * Reading fast-xml-parser's ordered output (`preserveOrder: true`): each node is
 * `{ [tagName]: children[], ':@'?: attributes }` and text is `{ '#text': string }`.
 * Everything returned is a string, whatever the element held (an object-valued title reads
 * as its text content).
 */
import { splitFields } from './fragment';
import { readRaw } from './raw';
import { documentEntities, stripIllegalXmlChars } from './text';

import type { XNode } from './xnode';

export type { XNode } from './xnode';

/**
 * Every element whose text the mappings read. The parser returns these as raw content (stop
 * nodes), and textOf/htmlOf decode it; reading text from any other element would be wrong, as
 * the parser has already decoded that text once.
 */
export const FIELDS = [
  'title', 'link', 'description', 'guid', 'pubDate', 'category', 'ttl',
  'content:encoded', 'dc:date', 'dc:subject',
  'rss:title', 'rss:link', 'rss:description',
  'id', 'summary', 'content', 'published', 'updated',
] as const;
export type Field = (typeof FIELDS)[number];

/** Items and entries: also read from raw content, see fragment.ts. */
export const ITEM_TAGS = ['item', 'entry', 'rss:item'] as const;

const ATTRS = ':@';
const TEXT = '#text';

/** The element name of a node ('#text' for text). */
export function tagOf(node: XNode): string {
  for (const key in node) if (key !== ATTRS) return key;
  return '';
}

/** The child nodes of an element (empty for text or malformed input). */
export function childrenOf(node: XNode): XNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

/** An attribute value as a string, or undefined. */
export function attrOf(node: XNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, unknown> | undefined;
  if (attrs === undefined) return undefined;
  const value = attrs[name];
  return value === undefined || value === null ? undefined : stripIllegalXmlChars(String(value));
}

/**
 * The text of a field element: markup dropped, CDATA literal, entities decoded once, and
 * characters illegal in XML removed (the validator and the parser let them through; removing
 * them here, from the few fields we keep, is cheaper than scanning the whole document).
 */
export function textOf(node: XNode | undefined): string {
  return node === undefined ? '' : stripIllegalXmlChars(readRaw(rawOf(node), false, documentEntities.decode));
}

/** The content of a field element as HTML: like textOf, but inline tags are kept. */
export function htmlOf(node: XNode | undefined): string {
  return node === undefined ? '' : stripIllegalXmlChars(readRaw(rawOf(node), true, documentEntities.decode));
}

/** The child elements of an item or entry named in `wanted`, grouped by name (see splitFields). */
export function contentFields(node: XNode, wanted: ReadonlySet<string>): Map<string, XNode[]> {
  return splitFields(rawOf(node), documentEntities.decode, wanted);
}

/** A stop node holds its raw content as its only text child. */
function rawOf(node: XNode): string {
  const text = childrenOf(node)[0]?.[TEXT];
  return typeof text === 'string' ? text : '';
}

/** Child elements grouped by name (one pass; mapping then looks fields up by name). */
export function groupChildren(nodes: XNode[]): Map<string, XNode[]> {
  const groups = new Map<string, XNode[]>();
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === TEXT) continue;
    const list = groups.get(tag);
    if (list === undefined) groups.set(tag, [node]);
    else list.push(node);
  }
  return groups;
}

/** Trimmed text of the first element under one of the names in a group map, or ''. */
export function groupText(groups: Map<string, XNode[]>, ...names: Field[]): string {
  for (const name of names) {
    const node = groups.get(name)?.[0];
    if (node !== undefined) return textOf(node).trim();
  }
  return '';
}

/** Like groupText, but keeps inline markup (for summaries, which are HTML). */
export function groupHtml(groups: Map<string, XNode[]>, ...names: Field[]): string {
  for (const name of names) {
    const node = groups.get(name)?.[0];
    if (node !== undefined) return htmlOf(node).trim();
  }
  return '';
}
