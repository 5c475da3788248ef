import catalogue from './catalogue.json';

/** Match patterns for the manifest: one per catalogue host, so no source needs a runtime grant. */
export function catalogueHostPermissions(sources: { url: string }[] = catalogue): string[] {
  const hosts = new Set(sources.map((s) => `${new URL(s.url).protocol}//${new URL(s.url).host}/*`));
  return [...hosts].sort();
}
