import catalogue from './catalogue.json';

/**
 * Host permissions for the catalogue. The manifest asks at install only for what the extension
 * fetches without the user choosing anything: the hosts of the federal and nationwide sources
 * (switched on for everyone) and hosts that serve several Länder (tagesschau.de, mdr.de: one
 * grant instead of a prompt per Land). A host that serves one Land only is requested as an
 * optional permission when the user switches that Land's source on (welcome page, options
 * page), so nobody grants access to some fifty sites of Länder they never watch.
 */

interface HostEntry {
  url: string;
  listingUrl?: string;
  land?: string;
}

/** The match pattern for a URL's origin, any path: "https://www.example.de/*". */
export function originPatternOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The patterns a source needs: its URL's origin and its listing page's. */
export function sourcePatterns(s: { url: string; listingUrl?: string }): string[] {
  return [...new Set([s.url, ...(s.listingUrl ? [s.listingUrl] : [])].map(originPatternOf))].sort();
}

/** Match patterns the manifest requires (see above), sorted. */
export function requiredHostPermissions(entries: readonly HostEntry[] = catalogue): string[] {
  const landsByPattern = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const p of sourcePatterns(e)) landsByPattern.set(p, (landsByPattern.get(p) ?? new Set()).add(e.land ?? 'DE'));
  }
  return [...landsByPattern].filter(([, lands]) => lands.has('DE') || lands.size > 1).map(([p]) => p).sort();
}

/** Patterns of the sources that are requested when switched on, not at install. */
export function optionalHostPermissions(entries: readonly HostEntry[] = catalogue): string[] {
  const required = new Set(requiredHostPermissions(entries));
  return [...new Set(entries.flatMap(sourcePatterns))].filter((p) => !required.has(p)).sort();
}
