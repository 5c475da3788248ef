/**
 * Feed text → ParsedFeed, for RSS 2.0/0.9x, RSS 1.0 and Atom 1.0. No I/O.
 *
 * Entities: the XML layer is decoded exactly once, with every HTML5 named entity known
 * (`&auml;` → ä). A double-escaped `&amp;auml;` in a title therefore stays the literal text
 * `&auml;`: a title is text, and decoding it again would read markup into what the feed
 * escaped on purpose. Summaries are HTML; the normaliser strips tags and decodes that layer.
 * (Atom titles declared `type="html"` are the exception: their HTML layer is decoded too.)
 *
 * Malformed XML: the well-formed items are salvaged and the feed is marked bozo; see salvage.ts.
 */
import type { ParseResult, ParsedFeed } from '../model';
import { oneLine } from '../safe-text';
import { mapAtom } from './atom';
import { discoverFeeds, sniff, type Sniffed } from './discover';
import { initialBase } from './links';
import { localName } from './names';
import { declarationFirst } from './prolog';
import { rootName } from './root';
import { tagOf } from './nodes';
import { mapRss1 } from './rss1';
import { earlyRss2Items, mapRss2 } from './rss2';
import { parseXml, type XmlReader } from './xml';

export { discoverFeeds } from './discover';

/**
 * Parse a feed. `baseUrl` is the URL the fetch ended at (after redirects): relative links are
 * resolved against it unless xml:base says otherwise; '' when there is none (a file), and then
 * item links resolve against the channel's own link. Links that are not http(s) become ''.
 * Every entry of the feed comes out as one item, in document order. `readXml` is the XML reader
 * (tests pass parseXmlCarefully to compare the one-pass reader with the careful path).
 * Never throws: whatever the XML parser rejects (entity bombs, external entities, two DOCTYPEs,
 * deep nesting, prototype names) comes back as `{ ok: false, code: 'rejected' }`.
 */
export function parseFeed(text: string, baseUrl: string, readXml: XmlReader = parseXml): ParseResult {
  try {
    return parseOrThrow(text, initialBase(baseUrl), readXml);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'rejected', params: { detail: oneLine(message, 200) }, error: `parse: ${oneLine(message, 200)}` };
  }
}

function parseOrThrow(text: string, base: string, readXml: XmlReader): ParseResult {
  if (text.trim() === '') return { ok: false, code: 'empty', error: 'parse: empty document' };
  const kind = feedKind(text);
  if (kind.kind === 'html') {
    const discovered = discoverFeeds(text, base);
    const hint = discovered.length > 0 ? `; it links the feed ${discovered.join(', ')}` : '';
    return { ok: false, code: 'not-a-feed', error: `parse: not a feed (HTML page)${hint}`, discovered };
  }
  if (kind.kind === 'refused') return { ok: false, code: 'rejected', error: `parse: ${kind.why}` };
  if (kind.kind === 'other') return { ok: false, code: 'not-a-feed', error: `parse: not a feed (${kind.what})` };

  const body = declarationFirst(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const xml = readXml(body, kind.format === 'atom' ? 'entry' : 'item', kind.format === 'rss2' ? earlyRss2Items(base) : undefined);
  if (!xml.ok) return xml;
  const root = xml.nodes.find((node) => tagOf(node) === kind.root);
  if (root === undefined) return { ok: false, code: 'not-a-feed', error: `parse: not a feed (no <${kind.root}> element)` };
  const feed: ParsedFeed =
    kind.format === 'rss2' ? mapRss2(root, base, xml.bozo)
    : kind.format === 'rss1' ? mapRss1(root, base, xml.bozo)
    : mapAtom(root, base, xml.bozo);
  return { ok: true, feed };
}

/**
 * sniff(), plus the roots it leaves out: RSS under a prefix (`<r:rss xmlns:r="…">`) and RSS 1.1,
 * whose root is `Channel` (its items sit in `items`, and it is read like RSS 1.0).
 */
function feedKind(text: string): Sniffed {
  const kind = sniff(text);
  if (kind.kind !== 'other') return kind;
  const root = rootName(text);
  const local = localName(root);
  if (local === 'rss') return { kind: 'feed', format: 'rss2', root };
  if (local === 'Channel') return { kind: 'feed', format: 'rss1', root };
  return kind;
}
