import { failure, fetchErrorInfo, parseErrorInfo } from '../errors';
import { fetchFeed } from '../fetch';
import type { ListingRule, ScrapePage } from '../listing';
import type { PreviewItem, ProbeResult } from '../messages';
import type { ParsedItem } from '../model';
import { normalizeFeedTitle, normalizeItems } from '../normalize';
import { parseFeed } from '../parse';
import { safeHttpUrl } from '../safe-text';

/** Items shown in a listing preview. */
export const PREVIEW_ITEMS = 10;

/**
 * Checks a URL a user wants to add: a feed answers with its title and item count; a web page
 * that links feeds answers with them, so the user can pick one; a page without a feed is
 * examined for a news listing (with `scrape`) and answers with a preview.
 *
 * With `listing` the URL is a listing page already added: it is not read as a feed but with
 * `listing.rule` (examined afresh without one), and an answer without items still carries the
 * page, so the options page can edit the rule against it.
 */
export async function probeSource(
  input: string,
  fetchImpl: typeof fetch,
  scrape?: ScrapePage,
  opts: { listing?: { rule?: ListingRule } } = {},
): Promise<ProbeResult> {
  const url = safeHttpUrl(input.trim());
  if (!url) return { ...failure('input.not-http'), discovered: [] };
  const res = await fetchFeed(url, { fetch: fetchImpl, allowPrivate: true });
  if (res.kind === 'error') return { ok: false, error: res.message, errorInfo: fetchErrorInfo(res), discovered: [] };
  if (res.kind === 'not-modified') return { ...failure('fetch.not-modified'), discovered: [] };
  if (opts.listing && scrape) {
    const page = { html: res.text, url: res.finalUrl };
    const read = await scrape(res.text, res.finalUrl, opts.listing.rule);
    if (read.ok) return listingAnswer(page, read.feed.title, read.rule, read.feed.items);
    return { ok: false, error: read.error, discovered: [], listing: read.code === 'script-rendered' ? 'script-rendered' : 'none', page };
  }
  const parsed = parseFeed(res.text, res.finalUrl);
  if (parsed.ok) {
    return { ok: true, kind: 'feed', url: res.finalUrl, title: normalizeFeedTitle(parsed.feed.title), format: parsed.feed.format, items: parsed.feed.items.length };
  }
  const discovered = parsed.discovered ?? [];
  // A page that links a feed offers the feed; only an HTML page (the parser lists its feed
  // links, none) without one is read as a listing.
  if (discovered.length > 0 || parsed.discovered === undefined || !scrape) {
    return { ok: false, error: parsed.error, errorInfo: parseErrorInfo(parsed), discovered };
  }
  const listing = await scrape(res.text, res.finalUrl);
  if (!listing.ok) {
    return { ok: false, error: listing.error, discovered: [], listing: listing.code === 'script-rendered' ? 'script-rendered' : 'none' };
  }
  return listingAnswer({ html: res.text, url: res.finalUrl }, listing.feed.title, listing.rule, listing.feed.items);
}

function listingAnswer(page: { html: string; url: string }, title: string, rule: ListingRule, items: ParsedItem[]): ProbeResult {
  return {
    ok: true,
    kind: 'listing',
    url: page.url,
    title: normalizeFeedTitle(title),
    rule,
    items: items.length,
    preview: previewItems(items),
    html: page.html,
  };
}

/** The first items as they would be stored: plain text, http(s) links, dates. */
export function previewItems(items: ParsedItem[], max = PREVIEW_ITEMS): PreviewItem[] {
  return normalizeItems(items.slice(0, max), { sourceId: 'preview' }).map((i) => ({
    title: i.title,
    link: i.link,
    summary: i.summary,
    publishedAt: i.publishedAt,
  }));
}
