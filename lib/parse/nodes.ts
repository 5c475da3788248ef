/**
 * Reading fast-xml-parser's ordered output (`preserveOrder: true`): each node is
 * `{ [tagName]: children[], ':@'?: attributes }` and text is `{ '#text': string }`.
 * Everything returned is a string, whatever the element held (an object-valued title reads
 * as its text content).
 */
import { splitFields } from './fragment';
import { documentNames } from './names';
import { readRaw } from './raw';
import { documentEntities, cleanXmlText } from './text';

import type { XNode } from './xnode';

export type { XNode } from './xnode';

/**
 * Every element whose text the mappings read. The parser returns these as raw content (stop
 * nodes), and textOf/htmlOf decode it; reading text from any other element would be wrong, as
 * the parser has already decoded that text once.
 */
export const FIELDS = [
  'title', 'link', 'description', 'guid', 'pubDate', 'category', 'ttl',
  'content:encoded', 'dc:date', 'dc:subject', 'dc:title', 'media:title',
  'rss:title', 'rss:link', 'rss:description',
  'id', 'summary', 'content', 'published', 'updated', 'issued', 'modified', 'created',
] as const;
export type Field = (typeof FIELDS)[number];

/** Items and entries: also read from raw content, see fragment.ts. */
export const ITEM_TAGS = ['item', 'entry', 'rss:item'] as const;

const ATTRS = ':@';
/**
 * Where an item or entry built by the one-pass scanner (scan.ts) holds its fields (a
 * FieldList); items from the careful path hold their raw content instead, which
 * contentFields splits. No element name starts with '#'.
 */
export const FIELD_GROUPS = '#fields';
/**
 * An item's fields as the scanner keeps them: (canonical name, raw text, attributes) triples;
 * a field without attributes whose content is one CDATA section is (name, its text, CDATA_ONLY).
 */
export type FieldList = (string | Record<string, string> | undefined)[];
/** Where a field built by the one-pass scanner holds its raw content (no text child is built). */
export const RAW_TEXT = '#raw';
/**
 * Where a field holds its content when that is one CDATA section: the section's text, as
 * readRaw would give it. The scanner marks such a field with CDATA_ONLY in place of attributes.
 */
const CDATA_TEXT = '#cdata';
export const CDATA_ONLY: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);
/** Where an item the scanner has already mapped holds its ParsedItem (see rss2.ts). */
export const MAPPED = '#item';
const TEXT = '#text';

/** The element name of a node ('#text' for text). */
export function tagOf(node: XNode): string {
  for (const key in node) if (key !== ATTRS && key !== FIELD_GROUPS && key !== RAW_TEXT && key !== MAPPED && key !== CDATA_TEXT) return key;
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
  return value === undefined || value === null ? undefined : cleanXmlText(String(value));
}

/**
 * The text of a field element: markup dropped, CDATA literal, entities decoded once, characters
 * illegal in XML removed and C1 controls read as windows-1252 (see cleanXmlText; doing that
 * here, for the few fields we keep, is cheaper than scanning the whole document).
 */
export function textOf(node: XNode | undefined): string {
  if (node === undefined) return '';
  const cdata = node[CDATA_TEXT];
  return cleanXmlText(typeof cdata === 'string' ? cdata : readRaw(rawOf(node), false, documentEntities.decode));
}

/**
 * The content of a field element as HTML (a summary): like textOf, but inline tags are kept,
 * and characters are left as they are: the normaliser strips the markup and cleans the text it
 * keeps (removing what XML forbids and reading C1 controls as windows-1252, like cleanXmlText),
 * which spares a second look at every character of long summaries.
 */
export function htmlOf(node: XNode | undefined): string {
  if (node === undefined) return '';
  const cdata = node[CDATA_TEXT];
  return typeof cdata === 'string' ? cdata : readRaw(rawOf(node), true, documentEntities.decode);
}

/** Child elements by the name the mappings know them by (a Map, or an item's field list). */
export interface FieldGroups {
  get(name: string): XNode[] | undefined;
}

/**
 * The content of an XHTML field (Atom `type="xhtml"`) as HTML: its markup kept, and its text
 * escaped again after decoding, so that `&lt;blink&gt;` in the XHTML stays the text `<blink>`
 * once the normaliser has stripped the markup and decoded the HTML layer.
 */
export function xhtmlOf(node: XNode | undefined): string {
  return node === undefined ? '' : readRaw(rawOf(node), true, decodeAsHtmlText, escapeHtmlText);
}

function decodeAsHtmlText(s: string): string {
  return escapeHtmlText(documentEntities.decode(s));
}

/** Text as HTML text: `&`, `<` and `>` escaped (one indexOf each when there are none). */
function escapeHtmlText(s: string): string {
  if (s.indexOf('&') === -1 && s.indexOf('<') === -1 && s.indexOf('>') === -1) return s;
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The child elements of an item or entry named in `wanted` (and, when the scanner built them,
 * its other fields too), grouped by name as the mappings know it (see names.ts).
 */
export function contentFields(node: XNode, wanted: ReadonlySet<string>): FieldGroups {
  const list = node[FIELD_GROUPS] as FieldList | undefined;
  if (list === undefined) return splitFields(rawOf(node), documentEntities.decode, wanted);
  return new ListGroups(list, wanted);
}

/**
 * A scanned item's field list read as groups: the nodes of a group are made when the mapping
 * asks for it (most names it asks for once), and no map is built for the others.
 */
class ListGroups implements FieldGroups {
  constructor(
    private readonly list: FieldList,
    private readonly wanted: ReadonlySet<string>,
  ) {}

  get(name: string): XNode[] | undefined {
    if (!this.wanted.has(name)) return undefined;
    const list = this.list;
    let group: XNode[] | undefined;
    for (let i = 0; i < list.length; i += 3) {
      if (list[i] !== name) continue;
      const field: XNode = {};
      const attrs = list[i + 2];
      if (attrs === CDATA_ONLY) field[CDATA_TEXT] = list[i + 1];
      else {
        field[RAW_TEXT] = list[i + 1];
        if (attrs !== undefined) field[ATTRS] = attrs;
      }
      // A literal of one: `[]` and push would reserve room for 17.
      if (group === undefined) group = [field];
      else group.push(field);
    }
    return group;
  }
}

/** A field holds its raw content (from the scanner), or has it as its only text child (a stop node). */
function rawOf(node: XNode): string {
  const raw = node[RAW_TEXT];
  if (typeof raw === 'string') return raw;
  const text = childrenOf(node)[0]?.[TEXT];
  return typeof text === 'string' ? text : '';
}

/** Child elements grouped by name as the mappings know it (one pass; mapping then looks fields up by name). */
export function groupChildren(nodes: XNode[]): Map<string, XNode[]> {
  const groups = new Map<string, XNode[]>();
  for (const node of nodes) {
    // An item the scanner has mapped (see rss2.ts) is one the mappings know as `item`.
    const mapped = node[MAPPED] !== undefined;
    const written = mapped ? 'item' : tagOf(node);
    if (written === TEXT) continue;
    const tag = mapped ? 'item' : documentNames.canon(written);
    const list = groups.get(tag);
    if (list === undefined) groups.set(tag, [node]);
    else list.push(node);
  }
  return groups;
}

/** Trimmed text of the first element under one of the names in a group map, or ''. */
export function groupText(groups: FieldGroups, ...names: Field[]): string {
  for (let i = 0; i < names.length; i++) {
    const node = groups.get(names[i]!)?.[0];
    if (node !== undefined) return textOf(node).trim();
  }
  return '';
}

/** Like groupText, but keeps inline markup (for summaries, which are HTML). */
export function groupHtml(groups: FieldGroups, ...names: Field[]): string {
  for (let i = 0; i < names.length; i++) {
    const node = groups.get(names[i]!)?.[0];
    if (node !== undefined) return htmlOf(node).trim();
  }
  return '';
}
