/**
 * The children of an item or entry, from its raw content.
 *
 * Items and entries are fast-xml-parser stop nodes: the library parses the document's frame
 * (root, channel, DOCTYPE and its entities) and hands each item over as raw text, which is
 * several times cheaper than building a node for every element of every item. This module
 * cuts from that text the child elements the mapping reads, in the same shape the library
 * produces (`{ name: [{ '#text': rawContent }], ':@': attributes }`), so the mappings read both
 * alike; the other children are only skipped over.
 *
 * It relies on the document having passed XMLValidator (well-formed, tags matched), and it
 * applies the library's limits to what it scans: nesting depth and reserved names.
 */
import { documentNames } from './names';
import type { XNode } from './xnode';
import { checkTag, MAX_DEPTH, skipPast, tagEnd } from './raw';

// eslint-disable-next-line regexp/no-super-linear-move -- runs on start tags of a document that passed XMLValidator, where every attribute name is followed by `=`: no run of name characters fails
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The child elements of raw element content named in `wanted`, grouped by name in document
 * order (text between elements is ignored); the others are skipped over (still checked for
 * nesting depth and reserved names, and their attributes still decoded when they hold a
 * reference, since a DOCTYPE's entity limits may reject the document there).
 */
export function splitFields(
  raw: string, decode: (s: string) => string, wanted: ReadonlySet<string>,
): Map<string, XNode[]> {
  const groups = new Map<string, XNode[]>();
  let i = 0;
  for (let lt = raw.indexOf('<', i); lt !== -1; lt = raw.indexOf('<', i)) {
    const next = skipMarkup(raw, lt);
    if (next !== -1) {
      i = next;
      continue;
    }
    const gt = tagEnd(raw, lt);
    if (raw.charCodeAt(lt + 1) === 47) {
      i = gt; // a stray end tag; the validator would have refused it
      continue;
    }
    const nameEnd = checkTag(raw, lt, gt);
    const name = documentNames.canon(raw.slice(lt + 1, nameEnd));
    const selfClosing = raw.charCodeAt(gt - 2) === 47;
    let contentEnd = gt;
    if (selfClosing) {
      i = gt;
    } else {
      const [end, after] = findEnd(raw, gt);
      contentEnd = end;
      i = after;
    }
    const attrText = nameEnd < gt - 2 ? raw.slice(nameEnd, gt) : '';
    if (!wanted.has(name)) {
      if (attrText.indexOf('&') !== -1) attributes(attrText, decode);
      continue;
    }
    const node: XNode = {};
    node[name] = [{ '#text': raw.slice(gt, contentEnd) }];
    if (attrText !== '') {
      const attrs = attributes(attrText, decode);
      if (attrs !== undefined) node[':@'] = attrs;
    }
    const list = groups.get(name);
    if (list === undefined) groups.set(name, [node]);
    else list.push(node);
  }
  return groups;
}

/** For CDATA, comments, PIs and declarations: the index after them; -1 for a tag. */
export function skipMarkup(raw: string, lt: number): number {
  if (raw.startsWith('<![CDATA[', lt)) return skipPast(raw, ']]>', lt + 9);
  if (raw.startsWith('<!--', lt)) return skipPast(raw, '-->', lt + 4);
  const c = raw.charCodeAt(lt + 1);
  if (c === 63 || c === 33) return skipPast(raw, '>', lt + 2);
  return -1;
}

/** From just after a start tag: [start of its end tag, index after the end tag]. */
function findEnd(raw: string, from: number): [number, number] {
  let depth = 1;
  let i = from;
  for (let lt = raw.indexOf('<', i); lt !== -1; lt = raw.indexOf('<', i)) {
    const next = skipMarkup(raw, lt);
    if (next !== -1) {
      i = next;
      continue;
    }
    const gt = tagEnd(raw, lt);
    if (raw.charCodeAt(lt + 1) === 47) {
      depth -= 1;
      if (depth === 0) return [lt, gt];
    } else {
      checkTag(raw, lt, gt);
      if (raw.charCodeAt(gt - 2) !== 47 && ++depth > MAX_DEPTH) throw new Error('Maximum nested tags exceeded');
    }
    i = gt;
  }
  return [raw.length, raw.length];
}

/**
 * The attributes in a start tag's text after its name, values decoded; with `trim` each value
 * is trimmed first (as fast-xml-parser does for the elements it builds).
 */
export function attributes(
  text: string, decode: (s: string) => string, trim = false,
): Record<string, string> | undefined {
  if (text.indexOf('=') === -1) return undefined;
  const attrs = Object.create(null) as Record<string, string>;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m !== null; m = ATTR.exec(text)) {
    const value = m[2] ?? m[3] ?? '';
    attrs[m[1]!] = decode(trim ? value.trim() : value);
  }
  return attrs;
}
