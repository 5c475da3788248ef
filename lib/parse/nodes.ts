/**
 * Reading fast-xml-parser's ordered output (`preserveOrder: true`): each node is
 * `{ [tagName]: children[], ':@'?: attributes }` and text is `{ '#text': string }`.
 * The ordered form is faster to build than the compact one and keeps mixed content in order,
 * so an object-valued title still reads as its text. Everything returned is a string.
 */

export type XNode = Record<string, unknown>;

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
  return value === undefined || value === null ? undefined : String(value);
}

/** The first child element with one of the given names. */
export function child(nodes: XNode[], ...names: string[]): XNode | undefined {
  for (const node of nodes) if (names.includes(tagOf(node))) return node;
  return undefined;
}

/** All child elements with one of the given names, in document order. */
export function childrenNamed(nodes: XNode[], ...names: string[]): XNode[] {
  return nodes.filter((node) => names.includes(tagOf(node)));
}

/**
 * Text content of a node: its text and that of all descendants, in order. The parser trims
 * each text piece, so pieces of mixed content (`über den <strong>Haushalt</strong> und`) are
 * joined with a space to keep words apart; the normaliser collapses whitespace anyway.
 */
export function textOf(node: XNode | undefined): string {
  if (node === undefined) return '';
  const nodes = childrenOf(node);
  if (nodes.length === 1) {
    const text = nodes[0]![TEXT];
    if (typeof text === 'string') return text;
  }
  const parts: string[] = [];
  collect(nodes, parts, 0);
  return parts.join(' ');
}

function collect(nodes: XNode[], parts: string[], depth: number): void {
  // The parser caps nesting already; the guard keeps this safe on its own.
  if (depth > 64) return;
  for (const node of nodes) {
    const text = node[TEXT];
    if (text !== undefined) {
      if (text !== '') parts.push(typeof text === 'string' ? text : String(text));
    }
    else collect(childrenOf(node), parts, depth + 1);
  }
}

/** Trimmed text of the first child with one of the names, or ''. */
export function childText(nodes: XNode[], ...names: string[]): string {
  return textOf(child(nodes, ...names)).trim();
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
export function groupText(groups: Map<string, XNode[]>, ...names: string[]): string {
  for (const name of names) {
    const node = groups.get(name)?.[0];
    if (node !== undefined) return textOf(node).trim();
  }
  return '';
}
