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
import { discoverFeeds, sniff } from './discover';
import { initialBase } from './links';
import { tagOf } from './nodes';
import { mapRss1 } from './rss1';
import { mapRss2 } from './rss2';
import { parseXml } from './xml';

export { discoverFeeds } from './discover';

/**
 * Parse a feed. `baseUrl` is the URL the fetch ended at (after redirects): relative links are
 * resolved against it unless xml:base says otherwise. Links that are not http(s) become ''.
 * Never throws: whatever the XML parser rejects (entity bombs, external entities, two DOCTYPEs,
 * deep nesting, prototype names) comes back as `{ ok: false, code: 'rejected' }`.
 */
export function parseFeed(text: string, baseUrl: string): ParseResult {
  try {
    return parseOrThrow(text, initialBase(baseUrl));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'rejected', error: `parse: ${oneLine(message, 200)}` };
  }
}

function parseOrThrow(text: string, base: string): ParseResult {
  if (text.trim() === '') return { ok: false, code: 'empty', error: 'parse: empty document' };
  const kind = sniff(text);
  if (kind.kind === 'html') {
    const discovered = discoverFeeds(text, base);
    const hint = discovered.length > 0 ? `; it links the feed ${discovered.join(', ')}` : '';
    return { ok: false, code: 'not-a-feed', error: `parse: not a feed (HTML page)${hint}`, discovered };
  }
  if (kind.kind === 'refused') return { ok: false, code: 'rejected', error: `parse: ${kind.why}` };
  if (kind.kind === 'other') return { ok: false, code: 'not-a-feed', error: `parse: not a feed (${kind.what})` };

  const xml = parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, kind.format === 'atom' ? 'entry' : 'item');
  if (!xml.ok) return xml;
  const root = xml.nodes.find((node) => tagOf(node) === kind.root);
  if (root === undefined) return { ok: false, code: 'not-a-feed', error: `parse: not a feed (no <${kind.root}> element)` };
  const feed: ParsedFeed =
    kind.format === 'rss2' ? mapRss2(root, base, xml.bozo)
    : kind.format === 'rss1' ? mapRss1(root, base, xml.bozo)
    : mapAtom(root, base, xml.bozo);
  return { ok: true, feed };
}


