/** "Als Feed exportieren": stored items as a feed file the browser downloads. */
import { buildAtom, buildJsonFeed, buildRss, type FeedMeta } from '../feedgen';
import type { ViewFilter } from '../messages';
import type { Item, RegionCode, Source } from '../model';
import { foldSpelt } from '../normalize/fold';

export type FeedFileFormat = 'rss' | 'atom' | 'json';

export interface FeedFile {
  text: string;
  mime: string;
  filename: string;
}

const KIND: Record<FeedFileFormat, { build: (items: Item[], meta: FeedMeta) => string; mime: string; ext: string }> = {
  rss: { build: buildRss, mime: 'application/rss+xml', ext: 'rss.xml' },
  atom: { build: buildAtom, mime: 'application/atom+xml', ext: 'atom.xml' },
  json: { build: buildJsonFeed, mime: 'application/feed+json', ext: 'feed.json' },
};

/** Builds the file; `slug` names it ("kommunalradar-bayern.rss.xml"). */
export function buildFeedFile(items: Item[], format: FeedFileFormat, meta: FeedMeta, slug = ''): FeedFile {
  const kind = KIND[format];
  const safeSlug = foldSpelt(slug)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    text: kind.build(items, meta),
    mime: kind.mime,
    filename: `kommunalradar${safeSlug ? `-${safeSlug}` : ''}.${kind.ext}`,
  };
}

/**
 * Lets the browser save a text file through a Blob and an `<a download>`: no "downloads"
 * permission needed.
 */
export function downloadText(doc: Document, file: { text: string; mime: string; filename: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What a view export needs besides the items: names for the filter's parts and the feed's words. */
export interface ViewExportMeta {
  appName: string;
  description: string;
  regionName(code: RegionCode): string;
  themeName(id: string): string;
  sourceNames: Record<string, { name: string; url: string }>;
}

/**
 * The popup's "Als Feed exportieren": the items of the current view as RSS, titled and named
 * after the filter ("Kommunalradar – Bayern – KI", kommunalradar-bayern-ki.rss.xml).
 */
export function viewExportFile(items: Item[], filter: Pick<ViewFilter, 'regions' | 'themes' | 'search'>, meta: ViewExportMeta): FeedFile {
  const parts = [
    ...(filter.regions ?? []).map(meta.regionName),
    ...(filter.themes ?? []).map(meta.themeName),
    ...(filter.search?.trim() ? [filter.search.trim()] : []),
  ];
  return buildFeedFile(items, 'rss', {
    title: [meta.appName, ...parts].join(' – '), description: meta.description, language: 'de', sourceNames: meta.sourceNames,
  }, parts.join(' '));
}

/** Source id → name and feed URL, for the exported entries' sources. */
export function sourceNamesOf(sources: readonly Pick<Source, 'id' | 'name' | 'url'>[]): Record<string, { name: string; url: string }> {
  return Object.fromEntries(sources.map((s) => [s.id, { name: s.name, url: s.url }]));
}
