/**
 * XML text → ordered node tree, on fast-xml-parser with a configuration that held against the
 * attack feeds (entity bombs, XXE, double DOCTYPE, deep nesting, prototype names).
 *
 * The work is split for speed: XMLValidator checks the whole document once; the frame (root,
 * channel) is then built by frame.ts with indexOf jumps (or, for a document with a DOCTYPE, by
 * the parser, which reads its entities), and items and text fields are handed over as raw text
 * (stop nodes), which fragment.ts and raw.ts read in one pass each under the same limits.
 * Building a node for every element was most of the time of a full parse.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanFrame } from './frame';
import { FIELDS, ITEM_TAGS, type XNode } from './nodes';
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
const parser = new XMLParser({
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
});

export type XmlOutcome =
  | { ok: true; nodes: XNode[]; bozo: boolean }
  | { ok: false; code: 'malformed'; error: string; params: { detail: string } };

/**
 * Parse well-formed XML; for malformed XML, keep only the well-formed items (see salvage.ts).
 * Throws what fast-xml-parser throws (the caller turns it into a 'rejected' result).
 * The validator runs once over the document; fast-xml-parser itself accepts malformed XML
 * silently, so the validator is what tells us.
 */
export function parseXml(text: string, itemTag: string): XmlOutcome {
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
  return scanFrame(text) ?? (parser.parse(text) as XNode[]);
}
