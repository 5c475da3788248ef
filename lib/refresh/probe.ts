import { fetchFeed } from '../fetch';
import type { ProbeResult } from '../messages';
import { normalizeFeedTitle } from '../normalize';
import { parseFeed } from '../parse';
import { safeHttpUrl } from '../safe-text';

/**
 * Checks a URL a user wants to add: a feed answers with its title and item count; a web page
 * answers with the feed links it declares, so the user can pick one.
 */
export async function probeSource(input: string, fetchImpl: typeof fetch): Promise<ProbeResult> {
  const url = safeHttpUrl(input.trim());
  if (!url) return { ok: false, error: 'Nur http(s)-Adressen sind erlaubt.', discovered: [] };
  const res = await fetchFeed(url, { fetch: fetchImpl, allowPrivate: true });
  if (res.kind === 'error') return { ok: false, error: res.message, discovered: [] };
  if (res.kind === 'not-modified') return { ok: false, error: 'fetch: unexpected 304', discovered: [] };
  const parsed = parseFeed(res.text, res.finalUrl);
  if (parsed.ok) {
    return { ok: true, url: res.finalUrl, title: normalizeFeedTitle(parsed.feed.title), format: parsed.feed.format, items: parsed.feed.items.length };
  }
  return { ok: false, error: parsed.error, discovered: parsed.discovered ?? [] };
}
