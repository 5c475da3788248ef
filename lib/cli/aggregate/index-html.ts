/**
 * The published site: index.html as a news page (latest headlines with Land and theme chips,
 * the tile map, the themes, the feeds, the sources), one page per Land (land/<code>.html) and
 * per theme (thema/<id>.html), and their stylesheet. Rendered from the extension's Preact
 * components to static HTML: no script, light and dark, and no date of its own making, so an
 * unchanged run gives unchanged bytes. Every address shown is public (intranet feeds and
 * links are left out) and failures are short texts per kind, never the raw error.
 */
import { readFileSync } from 'node:fs';
import { h, type ComponentChild } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { I18nContext } from '../../../components/i18n';
import type { SiteHeadline } from '../../../components/site/Headlines';
import { FacetPage, IndexPage, type SiteData, type SiteFacet, type SiteSource } from '../../../components/site/pages';
import type { Item, RegionCode } from '../../model';
import { catalogTranslate, type MessageEntry } from '../../ui/i18n';
import { FEED_ITEM_LIMIT, shareableUrl, type FeedSpec } from './feed-list';

/** Headlines on the index page, and on each Land's or theme's page. */
export const INDEX_HEADLINES = 30;
export const FACET_HEADLINES = 50;

export interface SiteFeed {
  spec: FeedSpec;
  /** The newest items the feed carries. */
  items: Item[];
  /** Items the feed's filter matches within the kept window. */
  total: number;
}

export interface SiteInput {
  feeds: SiteFeed[];
  sources: SiteSource[];
  sourceNames: Record<string, string>;
  days: number;
  baseUrl?: string;
}

const asset = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const t = (() => {
  let translate: ((key: string, subs?: (string | number)[]) => string) | undefined;
  return (key: string, subs?: (string | number)[]) => {
    translate ??= catalogTranslate(JSON.parse(asset('../../../public/_locales/de/messages.json')) as Record<string, MessageEntry>);
    return translate(key, subs);
  };
})();

/** The stylesheet every page links: the extension's colours and tile map, and the site's layout. */
export function buildSiteCss(): string {
  return ['../../../components/base.css', '../../../components/map/tile-map.css', '../../../components/site/site.css']
    .map(asset)
    .join('\n');
}

function page(node: ComponentChild): string {
  const html = renderToString(h(I18nContext.Provider, { value: { t, lang: 'de', now: () => 0 } }, node));
  return `<!DOCTYPE html>\n${html}\n`;
}

function headline(item: Item, sourceNames: Record<string, string>): SiteHeadline {
  return {
    id: item.id,
    title: item.title,
    link: shareableUrl(item.link),
    summary: item.summary,
    sourceName: sourceNames[item.sourceId] ?? '',
    sortAt: item.sortAt,
    regions: item.regions,
    themes: item.themes,
  };
}

const facetOf = (f: SiteFeed): SiteFacet => ({
  key: f.spec.kind === 'land' ? f.spec.path.slice(5, -4).toUpperCase() : f.spec.path.slice(6, -4),
  label: f.spec.label,
  total: f.total,
  feedPath: f.spec.path,
});

/** The site's files, path → content (paths relative to the output directory, '/' separated). */
export function buildSitePages(input: SiteInput): Map<string, string> {
  const all = input.feeds.find((f) => f.spec.kind === 'all');
  const lands = input.feeds.filter((f) => f.spec.kind === 'land');
  const themes = input.feeds.filter((f) => f.spec.kind === 'theme');
  const data: SiteData = {
    headlines: (all?.items ?? []).slice(0, INDEX_HEADLINES).map((i) => headline(i, input.sourceNames)),
    lands: lands.map((f) => facetOf(f) as SiteFacet<RegionCode>),
    themes: themes.map(facetOf),
    sources: input.sources,
    total: all?.total ?? 0,
    days: input.days,
    newestAt: all?.items[0]?.sortAt,
    baseUrl: input.baseUrl,
    feedLimit: FEED_ITEM_LIMIT,
  };
  const files = new Map<string, string>();
  files.set('style.css', buildSiteCss());
  for (const f of [...lands, ...themes]) {
    const kind = f.spec.kind === 'land' ? 'land' : 'theme';
    const headlines = f.items.slice(0, FACET_HEADLINES).map((i) => headline(i, input.sourceNames));
    files.set(f.spec.path.replace(/\.xml$/, '.html'), page(h(FacetPage, { data, kind, facet: facetOf(f), headlines })));
  }
  files.set('index.html', page(h(IndexPage, { data, headlineLimit: INDEX_HEADLINES })));
  return files;
}
