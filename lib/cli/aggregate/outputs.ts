/**
 * Everything an aggregate run publishes, as path → content. Pure: the same items, sources and
 * states give the same bytes, which is what lets an unchanged run rewrite nothing.
 */
import { buildAtom, buildJsonFeed, buildRss, type FeedMeta } from '../../feedgen/index';
import { cleanText } from '../../feedgen/xml-text';
import type { Item, Source, SourceState } from '../../model';
import { feedSpecs, publicUrl, selectItems, shareableUrl } from './feed-list';
import { buildFeedsOpml } from './feeds-opml';
import { buildSitePages, type SiteFeed } from './index-html';
import { publicSourceProblem } from './public-status';
import { handOver } from '../../store/upsert-plan';

export interface OutputInput {
  items: Item[];
  sources: readonly Source[];
  states: Record<string, SourceState>;
  days: number;
  baseUrl?: string;
}

/**
 * The stored items of the listed sources, one per article: an item whose own source is no
 * longer listed but that a listed source also carried (E08) is published as that source's copy.
 */
export function listedItems(items: readonly Item[], listed: ReadonlySet<string>): Item[] {
  return items.flatMap((i) => {
    if (listed.has(i.sourceId)) return [i];
    const other = i.alsoIn?.find((a) => listed.has(a.sourceId));
    const copy = other ? handOver(i, other.sourceId) : undefined;
    return copy ? [copy] : [];
  });
}

/** Paths use '/' and are relative to the output directory; feeds first, then the pages, OPML last. */
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
  const site: SiteFeed[] = [];
  for (const spec of specs) {
    const { items, total } = selectItems(input.items, spec);
    site.push({ spec, items, total });
    files.set(spec.path, buildRss(items, meta(spec.title, spec.description, spec.path)));
    if (spec.kind === 'all') {
      files.set('feed.atom', buildAtom(items, meta(spec.title, spec.description, 'feed.atom')));
      files.set('feed.json', buildJsonFeed(items, meta(spec.title, spec.description, 'feed.json')));
    }
  }
  const sourceNamesForPages = Object.fromEntries(input.sources.map((s) => [s.id, s.name]));
  const pages = buildSitePages({
    feeds: site,
    days: input.days,
    baseUrl,
    sourceNames: sourceNamesForPages,
    sources: input.sources
      .filter((s) => s.enabled !== false)
      .map((s) => ({
        name: cleanText(s.name),
        // An intranet feed's address is nobody's business outside it: the pages are public.
        homepage: shareableUrl(s.homepage),
        feedUrl: shareableUrl(s.url),
        problem: publicSourceProblem(input.states[s.id]),
      })),
  });
  for (const [path, content] of pages) files.set(path, content);
  files.set('feeds.opml', buildFeedsOpml(specs, baseUrl));
  return files;
}
