/**
 * An HTML news listing → the ParsedFeed a feed gives, so normalize, tag and store take it
 * unchanged. Structured data first (JSON-LD), then the page's repeated teaser blocks
 * (detect.ts), or the rule the user stored. No I/O, no script run, no DOM needed: the same
 * code gives the same items in the Chrome and Firefox builds and in Node.
 */
import type { ParsedFeed } from '../model';
import { type Document, parseHtml } from './dom';
import { detectRule } from './detect';
import { extractItems } from './extract';
import { readPageInfo } from './page';
import { JSON_LD_ITEM, type ListingRule } from './rule';
import { jsonLdItems } from './structured';

export { checkRuleShape, type ListingRule } from './rule';
export { checkRule, parseRule } from './selector';

/** Why a page gave no listing. */
export type ListingErrorCode = 'no-listing' | 'script-rendered' | 'rule-empty';

export type ListingResult =
  | { ok: true; feed: ParsedFeed; rule: ListingRule }
  | { ok: false; code: ListingErrorCode; error: string };

export interface ScrapeOptions {
  /** A stored rule; without one the page is examined. */
  rule?: ListingRule;
  /** Replaces the page URL as the base for links (the CLI's `--base`). */
  base?: string;
}

/** Fewer items than this are not a listing (one article page, one teaser). */
const MIN_ITEMS = 2;

/**
 * Reads a listing page. `pageUrl` is the URL the fetch ended at, or a file: URL.
 * Never throws; a page without a listing comes back with a code and a one-line error.
 */
export function scrapeListing(html: string, pageUrl: string, opts: ScrapeOptions = {}): ListingResult {
  let doc: Document;
  try {
    doc = parseHtml(html);
  } catch {
    return noListing(false);
  }
  const page = readPageInfo(doc, pageUrl, opts.base);
  const feedOf = (items: ParsedFeed['items']): ParsedFeed => ({ format: 'listing', title: page.title, link: page.url, bozo: false, items });

  if (opts.rule) {
    const items = opts.rule.structured === 'json-ld' ? jsonLdItems(page.jsonLd, page.base) : extractItems(doc, opts.rule, page.base);
    if (items.length === 0) return { ok: false, code: 'rule-empty', error: 'listing: the rule finds no items on this page (has the page changed?)' };
    return { ok: true, feed: feedOf(items), rule: opts.rule };
  }

  const structured = jsonLdItems(page.jsonLd, page.base);
  if (structured.length >= MIN_ITEMS && structured.filter((i) => i.title !== '').length * 2 >= structured.length) {
    return { ok: true, feed: feedOf(structured), rule: { item: JSON_LD_ITEM, structured: 'json-ld' } };
  }
  const rule = detectRule(doc);
  if (rule) {
    const items = extractItems(doc, rule, page.base);
    if (items.filter((i) => i.title !== '').length >= MIN_ITEMS) return { ok: true, feed: feedOf(items), rule };
  }
  return noListing(page.scriptShell);
}

function noListing(scriptShell: boolean): ListingResult {
  if (scriptShell) {
    return { ok: false, code: 'script-rendered', error: 'listing: the page builds its content with JavaScript; there is nothing to read without running it' };
  }
  return { ok: false, code: 'no-listing', error: 'listing: no list of news items found on this page' };
}

/**
 * How the refresh reads a listing, passed in as a dependency: in Node and the Firefox background
 * `scrapeListing` itself; in Chrome the offscreen document that carries the parser, so that the
 * service worker's bundle does not (lib/listing/offscreen-client.ts).
 */
export type ScrapePage = (html: string, pageUrl: string, rule?: ListingRule) => Promise<ListingResult>;

/** `scrapeListing` as a ScrapePage. */
export const scrapeDirect: ScrapePage = async (html, pageUrl, rule) => scrapeListing(html, pageUrl, rule ? { rule } : {});
