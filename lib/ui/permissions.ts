/** Host permission patterns for sources the user adds. */

/** The pattern to request for a feed URL: its origin with every path ("https://example.de/*"). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/**
 * Whether one of the granted match patterns (`https://*.example.de/*`, `http://127.0.0.1/*`,
 * `<all_urls>`) covers the URL's origin. Patterns ignore the port, as browsers do.
 */
export function isOriginGranted(patterns: readonly string[], url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((p) => {
    if (p === '<all_urls>') return u.protocol === 'http:' || u.protocol === 'https:';
    const m = /^(\*|https?):\/\/([^/]+)\//.exec(p);
    if (!m) return false;
    const [, scheme, host] = m as unknown as [string, string, string];
    if (scheme === '*' ? !/^https?:$/.test(u.protocol) : `${scheme}:` !== u.protocol) return false;
    const bare = host.replace(/:\d+$/, '');
    if (bare === '*') return true;
    if (bare.startsWith('*.')) return u.hostname === bare.slice(2) || u.hostname.endsWith(bare.slice(1));
    return u.hostname === bare;
  });
}

/**
 * The host patterns to ask for before importing `urls`, each host once, leaving out what is
 * granted: one permission prompt for a whole OPML file, not one per feed.
 */
export function missingOrigins(granted: readonly string[], urls: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const url of urls) {
    const pattern = originPattern(url);
    if (pattern && !isOriginGranted(granted, url)) wanted.add(pattern);
  }
  return [...wanted];
}

/**
 * The origin patterns to request before switching `sources` on: those of their feed and
 * listing URLs that no granted pattern covers yet (asked in the user's click, all at once).
 */
export function missingSourceOrigins(sources: readonly { url: string; listingUrl?: string }[], granted: readonly string[]): string[] {
  return missingOrigins(granted, sources.flatMap((s) => [s.url, ...(s.listingUrl ? [s.listingUrl] : [])])).sort();
}
