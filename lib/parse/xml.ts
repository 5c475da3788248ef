/**
 * XML text → ordered node tree, on fast-xml-parser with a configuration that held against the
 * attack feeds (entity bombs, XXE, double DOCTYPE, deep nesting, prototype names).
 *
 * A well-formed feed is read in one pass by scan.ts. Whatever that pass leaves to this careful
 * path is split for speed: XMLValidator checks the whole document once; the frame (root,
 * channel) is then built by frame.ts with indexOf jumps (or, for a document with a DOCTYPE, by
 * the parser, which reads its entities), and items and text fields are handed over as raw text
 * (stop nodes), which fragment.ts and raw.ts read in one pass each under the same limits.
 * Building a node for every element was most of the time of a full parse.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanFrame } from './frame';
import { withoutParameterEntities } from './prolog';
import { documentNames } from './names';
import { FIELDS, ITEM_TAGS, tagOf, type XNode } from './nodes';
import { scanDocument, type ItemHook } from './scan';
import { salvageItems } from './salvage';
import { documentEntities, ENTITY_LIMITS } from './text';
import { oneLine } from '../safe-text';

/**
 * One parser for the whole process: parse() is synchronous and resets its state (and our
 * decoder's) at the start of every document, and building the options once saves time per feed.
 *
 * - `preserveOrder`: every child list is an array (what `isArray` on item/entry/link/category
 *   would give, for all paths), and the library's compaction pass is skipped.
 * - `parseTagValue`/`parseAttributeValue` false: `<guid>0123</guid>` stays "0123".
 * - `attributeNamePrefix: ''`: attribute names go through the library's reserved-name check
 *   like element names, so `__proto__`, `constructor` and `prototype` attributes are rejected.
 * - `entityDecoder`: a full HTML5 decoder in place of `htmlEntities: true`; see text.ts.
 * - `stopNodes`: items and entries, and the text fields we read, come back as raw content.
 * - `processEntities`: limits on DOCTYPE entities; SYSTEM entities throw (no file, no request).
 * - `maxNestedTags`: deep nesting throws instead of exhausting the stack.
 */
const OPTIONS = {
  preserveOrder: true,
  jPath: false,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: ENTITY_LIMITS,
  entityDecoder: documentEntities,
  stopNodes: [...ITEM_TAGS, ...FIELDS].map((name) => `..${name}`),
  maxNestedTags: 64,
  ignoreDeclaration: true,
  ignorePiTags: true,
};
const STOP_NAMES: readonly string[] = [...ITEM_TAGS, ...FIELDS];
const parser = new XMLParser(OPTIONS);

export type XmlOutcome =
  | { ok: true; nodes: XNode[]; bozo: boolean }
  | { ok: false; code: 'malformed'; error: string; params: { detail: string } };

/**
 * Parse well-formed XML; for malformed XML, keep only the well-formed items (see salvage.ts).
 * Throws what fast-xml-parser throws (the caller turns it into a 'rejected' result).
 * The one-pass scanner reads what it can vouch for; the rest takes the careful path, where
 * the validator runs once over the document (fast-xml-parser itself accepts malformed XML
 * silently, so the validator is what tells us).
 */
export function parseXml(text: string, itemTag: string, onItem?: ItemHook): XmlOutcome {
  const fast = scanDocument(text, onItem);
  if (fast !== null) return { ok: true, nodes: fast, bozo: false };
  return parseXmlCarefully(text, itemTag);
}

/**
 * The text's XML as nodes, given the name of its items (salvage cuts them out); a reader may
 * hand each item to `onItem` as soon as it has read it (see scan.ts), or ignore it.
 */
export type XmlReader = (text: string, itemTag: string, onItem?: ItemHook) => XmlOutcome;

/** The careful path alone: validator, then salvage or frame and library parse. */
export function parseXmlCarefully(text: string, itemTag: string): XmlOutcome {
  const valid = XMLValidator.validate(text);
  if (valid === true) return { ok: true, nodes: frameOf(text), bozo: false };
  const where = `line ${valid.err.line}: ${valid.err.msg}`;
  const salvaged = salvageItems(text, itemTag);
  if (salvaged === null) {
    return { ok: false, code: 'malformed', params: { detail: oneLine(where, 200) }, error: `parse: malformed XML, no complete item (${where})` };
  }
  return { ok: true, nodes: frameOf(salvaged), bozo: true };
}

/** Our own frame scan when there is no DOCTYPE; the library's parser (and its entity limits) otherwise. */
function frameOf(text: string): XNode[] {
  // Prefixed fields (`<r:title>` under `<r:rss>`) must be stop nodes too, which only the
  // library's parser can be told (rare here: most such feeds take the one-pass scanner).
  const own = scanFrame(text);
  if (own !== null) {
    withNames(own);
    if (documentNames.writtenForms(STOP_NAMES).length === 0) return own;
  }
  // The library refuses parameter entities, which a feed's DOCTYPE may declare for nothing we use.
  const doc = withoutParameterEntities(text);
  const nodes = withNames(parser.parse(doc) as XNode[]);
  const prefixed = documentNames.writtenForms(STOP_NAMES);
  if (prefixed.length === 0) return nodes;
  const stopNodes = [...STOP_NAMES, ...prefixed].map((name) => `..${name}`);
  return withNames(new XMLParser({ ...OPTIONS, stopNodes }).parse(doc) as XNode[]);
}

/** Sets the document's names from its root element. */
function withNames(nodes: XNode[]): XNode[] {
  const root = nodes.find((node) => !tagOf(node).startsWith('#'));
  if (root !== undefined) documentNames.reset(tagOf(root), root[':@'] as Record<string, unknown> | undefined);
  return nodes;
}
