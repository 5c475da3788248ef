/**
 * Everything an aggregate run publishes, as path → content. Pure: the same items, sources and
 * states give the same bytes, which is what lets an unchanged run rewrite nothing.
 */
import { buildAtom, buildJsonFeed, buildRss, type FeedMeta } from '../../feedgen/index';
import type { Item, Source, SourceState } from '../../model';
import { feedSpecs, publicUrl, selectItems, shareableUrl } from './feed-list';
import { buildFeedsOpml } from './feeds-opml';
import { buildIndexHtml, type IndexFeed } from './index-html';

export interface OutputInput {
  items: Item[];
  sources: readonly Source[];
  states: Record<string, SourceState>;
  days: number;
  baseUrl?: string;
}

/** Paths use '/' and are relative to the output directory; feeds first, index and OPML last. */
export function buildOutputs(input: OutputInput): Map<string, string> {
  const { baseUrl } = input;
  const sourceNames: FeedMeta['sourceNames'] = Object.fromEntries(
    input.sources.map((s) => [s.id, { name: s.name, url: shareableUrl(s.homepage) ?? shareableUrl(s.url) ?? '' }]),
  );
  const meta = (title: string, description: string, path: string): FeedMeta => ({
    title, description, language: 'de', sourceNames,
    selfUrl: publicUrl(baseUrl, path),
    homeUrl: baseUrl,
  });

  const files = new Map<string, string>();
  const specs = feedSpecs();
  const index: IndexFeed[] = [];
  for (const spec of specs) {
    const { items, total } = selectItems(input.items, spec);
    index.push({ spec, total });
    files.set(spec.path, buildRss(items, meta(spec.title, spec.description, spec.path)));
    if (spec.kind === 'all') {
      files.set('feed.atom', buildAtom(items, meta(spec.title, spec.description, 'feed.atom')));
      files.set('feed.json', buildJsonFeed(items, meta(spec.title, spec.description, 'feed.json')));
    }
  }
  const newestAt = input.items.reduce<number | undefined>((m, i) => (m === undefined || i.sortAt > m ? i.sortAt : m), undefined);
  files.set(
    'index.html',
    buildIndexHtml({
      feeds: index,
      days: input.days,
      newestAt,
      baseUrl,
      sources: input.sources
        .filter((s) => s.enabled !== false)
        .map((s) => {
          const st = input.states[s.id];
          const ok = !st || st.status === 'ok' || st.status === 'new';
          return { name: s.name, homepage: s.homepage, url: s.url, ok, error: ok ? undefined : st?.lastError };
        }),
    }),
  );
  files.set('feeds.opml', buildFeedsOpml(specs, baseUrl));
  return files;
}
