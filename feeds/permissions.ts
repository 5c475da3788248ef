import catalogue from './catalogue.json';

/**
 * Match patterns for the manifest: one per catalogue host (feed and fallback listing page), so no
 * source needs a runtime grant.
 */
export function catalogueHostPermissions(sources: { url: string; listingUrl?: string }[] = catalogue): string[] {
  const urls = sources.flatMap((s) => (s.listingUrl ? [s.url, s.listingUrl] : [s.url]));
  const hosts = new Set(urls.map((u) => `${new URL(u).protocol}//${new URL(u).host}/*`));
  return [...hosts].sort();
}
