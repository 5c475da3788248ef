/** "Als Feed exportieren": stored items as a feed file the browser downloads. */
import { buildAtom, buildJsonFeed, buildRss, type FeedMeta } from '../feedgen';
import type { Item } from '../model';
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
