/**
 * Reads the feed subscriptions of an OPML 2.0 file (or OPML 1.0, which feed readers still
 * export): every `<outline>` with an `xmlUrl`, at any depth, with the enclosing folder's
 * text as its category.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXML } from 'entities';

export interface OpmlFeed {
  /** The feed URL as written (entities decoded, trimmed). */
  xmlUrl: string;
  /** `text`, else `title`, else ''. */
  text: string;
  htmlUrl?: string;
  /** The outline's own `category` attribute, else the text of the folder it sits in. */
  category?: string;
  /** The outline's `type` attribute, lower case ('' when absent). */
  type: string;
}

export type OpmlReadResult = { ok: true; title: string; feeds: OpmlFeed[] } | { ok: false; error: string };

type Outline = Record<string, unknown> & { outline?: Outline[] };

// Entities are decoded by us (decodeXML: the five XML entities and numeric references), so
// no DOCTYPE entity is ever expanded; attribute names go through the parser's reserved-name
// check, which rejects __proto__ and friends.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  isArray: (name) => name === 'outline',
  maxNestedTags: 64,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The feeds listed in `text`, in document order. Never throws. */
export function readOpml(text: string): OpmlReadResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: `opml: not well-formed XML (line ${valid.err.line}): ${valid.err.msg}` };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: `opml: ${e instanceof Error ? e.message : String(e)}` };
  }
  const opml = doc.opml as { head?: { title?: unknown }; body?: Outline } | undefined;
  if (!opml || typeof opml !== 'object') return { ok: false, error: 'opml: no <opml> root element' };
  const feeds: OpmlFeed[] = [];
  walk(opml.body?.outline ?? [], undefined, feeds);
  const title = typeof opml.head?.title === 'string' ? decodeXML(opml.head.title).trim() : '';
  return { ok: true, title, feeds };
}

function attr(o: Outline, name: string): string {
  const v = o[name];
  return typeof v === 'string' ? decodeXML(v).trim() : '';
}

function walk(outlines: Outline[], folder: string | undefined, out: OpmlFeed[]): void {
  for (const o of outlines) {
    if (typeof o !== 'object' || o === null) continue;
    const text = attr(o, 'text') || attr(o, 'title');
    const xmlUrl = attr(o, 'xmlUrl');
    if (xmlUrl) {
      const feed: OpmlFeed = { xmlUrl, text, type: attr(o, 'type').toLowerCase() };
      const htmlUrl = attr(o, 'htmlUrl');
      if (htmlUrl) feed.htmlUrl = htmlUrl;
      // OPML 2.0 categories are comma-separated slash paths ("/Fachmedien"); the first is enough.
      const category = attr(o, 'category').split(',')[0]!.replace(/^\/+/, '').trim() || folder;
      if (category) feed.category = category;
      out.push(feed);
    }
    if (Array.isArray(o.outline)) walk(o.outline, xmlUrl ? folder : text || folder, out);
  }
}
