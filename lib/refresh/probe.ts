import { failure, fetchErrorInfo, parseErrorInfo } from '../errors';
import { fetchFeed } from '../fetch';
import type { ScrapePage } from '../listing';
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
 */
export async function probeSource(input: string, fetchImpl: typeof fetch, scrape?: ScrapePage): Promise<ProbeResult> {
  const url = safeHttpUrl(input.trim());
  if (!url) return { ...failure('input.not-http'), discovered: [] };
  const res = await fetchFeed(url, { fetch: fetchImpl, allowPrivate: true });
  if (res.kind === 'error') return { ok: false, error: res.message, errorInfo: fetchErrorInfo(res), discovered: [] };
  if (res.kind === 'not-modified') return { ...failure('fetch.not-modified'), discovered: [] };
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
  return {
    ok: true,
    kind: 'listing',
    url: res.finalUrl,
    title: normalizeFeedTitle(listing.feed.title),
    rule: listing.rule,
    items: listing.feed.items.length,
    preview: previewItems(listing.feed.items),
    html: res.text,
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
