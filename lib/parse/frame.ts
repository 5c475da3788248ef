/**
 * The document frame (root, channel, and the elements around the items) from validated XML,
 * in the shape fast-xml-parser gives with our options, without a second character-by-character
 * pass over the document: tags are found with indexOf, items and text fields are cut out as
 * raw content (stop nodes) for fragment.ts and raw.ts.
 *
 * Used only for documents without a DOCTYPE (or any other top-level `<!` declaration): those
 * go to fast-xml-parser, whose DOCTYPE reader applies the entity limits. Everything else the
 * library does for the frame is done here too: line endings normalised to LF, the entity
 * decoder reset, reserved names refused, nesting capped, attribute values trimmed and decoded.
 */
import { attributes, skipMarkup } from './fragment';
import { FIELDS, ITEM_TAGS, type XNode } from './nodes';
import { checkTag, endOfName, MAX_DEPTH, tagEnd } from './raw';
import { documentEntities } from './text';

const STOP = new Set<string>([...ITEM_TAGS, ...FIELDS]);
/** An XML declaration whose end no quoting can move: the only PI read here. */
const XML_DECL = /<\?xml(?:\s+[A-Za-z]+\s*=\s*(?:"[^"<>?]*"|'[^'<>?]*'))*\s*\?>/y;

/** Element names read the same by every tokenizer (fast-xml-parser ends a name at any `\s`). */
const PLAIN_NAME = /^[A-Za-z_][\w:.-]*$/;

/** Thrown inside the scan for what is left to the library (DOCTYPE, other PIs and declarations). */
class LeaveToLibrary extends Error {}

/**
 * The top-level nodes of `text` (already validated), or null when it holds a DOCTYPE, another
 * declaration or a processing instruction other than a plain XML declaration.
 */
export function scanFrame(text: string): XNode[] | null {
  const doc = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  documentEntities.reset();
  try {
    return elements(doc, 0, doc.length, 1).nodes;
  } catch (error) {
    if (error instanceof LeaveToLibrary) return null;
    throw error;
  }
}

/** Index after a comment, CDATA section or plain XML declaration at `lt`; -1 for a tag. */
function skipOther(doc: string, lt: number): number {
  const c = doc.charCodeAt(lt + 1);
  if (c === 63) {
    XML_DECL.lastIndex = lt;
    if (!XML_DECL.test(doc)) throw new LeaveToLibrary();
    return XML_DECL.lastIndex;
  }
  if (c === 33 && !doc.startsWith('<!--', lt) && !doc.startsWith('<![CDATA[', lt)) throw new LeaveToLibrary();
  return skipMarkup(doc, lt);
}

/** checkTag, but a reserved name is left to the library, so that it is refused in its words. */
function frameTag(doc: string, lt: number, gt: number): number {
  try {
    return checkTag(doc, lt, gt);
  } catch {
    throw new LeaveToLibrary();
  }
}

/**
 * From just after a stop node's start tag: [start of its end tag, index after it]. Its content
 * is not checked here (the library does not either; fragment.ts and raw.ts check what is read).
 */
function stopEnd(doc: string, name: string, from: number): [number, number] {
  // Like the library: only elements of the same name are counted, and an end tag ends at its '>'.
  let depth = 1;
  let i = from;
  for (let lt = doc.indexOf('<', i); lt !== -1; lt = doc.indexOf('<', i)) {
    const skip = skipOther(doc, lt);
    if (skip !== -1) {
      i = skip;
      continue;
    }
    if (doc.charCodeAt(lt + 1) === 47) {
      const gt = doc.indexOf('>', lt);
      if (gt === -1) break;
      if (endTagIs(doc, lt + 2, gt, name) && --depth === 0) return [lt, gt + 1];
      i = gt + 1;
      continue;
    }
    const gt = tagEnd(doc, lt);
    if (doc.charCodeAt(gt - 2) !== 47 && doc.startsWith(name, lt + 1) && endOfName(doc, lt + 1, gt) === lt + 1 + name.length) {
      depth += 1;
    }
    i = gt;
  }
  return [doc.length, doc.length];
}

/**
 * Whether `doc.slice(from, to).trim() === name`, without making the slice for the usual end
 * tag of another name. trim() removes only characters up to U+0020 or from U+00A0 on, so a
 * slice of another length that neither starts nor ends with one cannot trim to `name`.
 */
function endTagIs(doc: string, from: number, to: number, name: string): boolean {
  if (to - from === name.length) return doc.startsWith(name, from);
  if (to > from) {
    const first = doc.charCodeAt(from);
    const last = doc.charCodeAt(to - 1);
    if (first > 32 && first < 0xa0 && last > 32 && last < 0xa0) return false;
  }
  return doc.slice(from, to).trim() === name;
}

/**
 * The elements from `from` up to the end tag that closes the enclosing element (or `to`):
 * stop nodes as raw content, others with their children. Returns them and the index after
 * that end tag.
 */
function elements(doc: string, from: number, to: number, depth: number): { nodes: XNode[]; after: number } {
  const nodes: XNode[] = [];
  let i = from;
  for (let lt = doc.indexOf('<', i); lt !== -1 && lt < to; lt = doc.indexOf('<', i)) {
    const skip = skipOther(doc, lt);
    if (skip !== -1) {
      i = skip;
      continue;
    }
    const gt = tagEnd(doc, lt);
    if (doc.charCodeAt(lt + 1) === 47) return { nodes, after: gt };
    const nameEnd = frameTag(doc, lt, gt);
    const name = doc.slice(lt + 1, nameEnd);
    if (!PLAIN_NAME.test(name)) throw new LeaveToLibrary();
    const selfClosing = doc.charCodeAt(gt - 2) === 47;
    const node: XNode = {};
    if (STOP.has(name)) {
      if (selfClosing) {
        node[name] = [];
        i = gt;
      } else {
        const [end, after] = stopEnd(doc, name, gt);
        node[name] = [{ '#text': doc.slice(gt, end) }];
        i = after;
      }
    } else {
      if (depth > MAX_DEPTH) throw new Error('Maximum nested tags exceeded');
      if (selfClosing) {
        node[name] = [];
        i = gt;
      } else {
        const inner = elements(doc, gt, to, depth + 1);
        node[name] = inner.nodes;
        i = inner.after;
      }
    }
    if (nameEnd < gt - 2) {
      const attrs = attributes(doc.slice(nameEnd, gt), documentEntities.decode, true);
      if (attrs !== undefined) node[':@'] = attrs;
    }
    nodes.push(node);
  }
  return { nodes, after: to };
}
