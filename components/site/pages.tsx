import type { RegionCode } from '../../lib/model';
import { TileMap } from '../map/TileMap';
import { Headlines, landPath, siteDate, themePath, type SiteHeadline } from './Headlines';
import { SitePage, type FeedLink } from './SitePage';

export interface SiteFacet<K extends string = string> {
  key: K;
  label: string;
  /** Items within the kept window. */
  total: number;
  /** The facet's RSS feed, relative to the root. */
  feedPath: string;
}

export interface SiteSource {
  name: string;
  /** Public http(s) addresses only; intranet addresses are left out before they get here. */
  homepage?: string;
  feedUrl?: string;
  /** A short German text for the kind of failure of the last poll; absent when it worked. */
  problem?: string;
}

export interface SiteData {
  headlines: SiteHeadline[];
  lands: SiteFacet<RegionCode>[];
  themes: SiteFacet[];
  sources: SiteSource[];
  /** Items within the window, in all. */
  total: number;
  days: number;
  newestAt?: number;
  /** The public address of the site's root, when known. */
  baseUrl?: string;
  /** Items each feed carries at most. */
  feedLimit: number;
}

const count = (n: number) => (n === 1 ? '1 Meldung' : `${n.toLocaleString('de-DE')} Meldungen`);
const RSS = 'application/rss+xml';

const mainFeeds = (root: string): FeedLink[] => [
  { href: `${root}feed.xml`, type: RSS, title: 'Kommunalradar – alle Meldungen (RSS)' },
  { href: `${root}feed.atom`, type: 'application/atom+xml', title: 'Kommunalradar – alle Meldungen (Atom)' },
  { href: `${root}feed.json`, type: 'application/feed+json', title: 'Kommunalradar – alle Meldungen (JSON Feed)' },
];

function landCounts(lands: SiteFacet<RegionCode>[]): Record<string, number> {
  return Object.fromEntries(lands.map((l) => [l.key, l.total]));
}

function Footer({ data, root, newestAt }: { data: SiteData; root: string; newestAt: number | undefined }) {
  return (
    <>
      <p>
        {newestAt === undefined ? 'Noch keine Meldungen.' : `Neueste Meldung: ${siteDate(newestAt)}.`}{' '}
        Meldungen der letzten {data.days} Tage, je Feed die neuesten {data.feedLimit}.{' '}
        <a href={`${root}feeds.opml`} type="text/x-opml">Alle Feeds als OPML</a>
      </p>
      <p class="muted">Regionen nach dem Gemeindeverzeichnis GV100AD, Quelle: Statistisches Bundesamt (Destatis); Daten verändert.</p>
    </>
  );
}

function FacetList({ facets, path, root }: { facets: SiteFacet[]; path: (key: string) => string; root: string }) {
  return (
    <ul class="facets">
      {facets.map((f) => (
        <li key={f.key}>
          <a href={root + path(f.key)}>{f.label}</a> <span class="muted">{count(f.total)}</span>
        </li>
      ))}
    </ul>
  );
}

function Sources({ sources }: { sources: SiteSource[] }) {
  return (
    <ul class="sources">
      {sources.map((s, k) => (
        <li key={k}>
          {s.homepage ? <a href={s.homepage}>{s.name}</a> : s.name}
          {s.feedUrl ? <> · <a href={s.feedUrl}>Feed</a></> : null}
          {s.problem ? <span class="problem"> – {s.problem}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** index.html: a news page, the latest headlines, the map, the themes, the feeds, the sources. */
export function IndexPage({ data, headlineLimit }: { data: SiteData; headlineLimit: number }) {
  const root = '';
  const lands = data.lands.filter((l) => l.key !== 'DE');
  const federal = data.lands.find((l) => l.key === 'DE');
  return (
    <SitePage title="Kommunalradar – Nachrichten zur kommunalen Digitalisierung" root={root} canonical={data.baseUrl} feeds={mainFeeds(root)} current="index" footer={<Footer data={data} root={root} newestAt={data.newestAt} />}>
      <h1>Kommunalradar</h1>
      <p class="lede">
        Nachrichten zur kommunalen Digitalisierung aus {data.sources.length} Quellen, nach Land und Thema geordnet: {count(data.total)} in den letzten {data.days} Tagen.
      </p>
      <div class="columns">
        <section id="meldungen" aria-labelledby="h-meldungen">
          <h2 id="h-meldungen">Neueste Meldungen</h2>
          <Headlines items={data.headlines.slice(0, headlineLimit)} root={root} empty="Noch keine Meldungen." />
          <p><a href="feed.xml" type={RSS}>Alle Meldungen als RSS-Feed</a></p>
        </section>
        <aside>
          <section id="laender" aria-labelledby="h-laender">
            <h2 id="h-laender">Nach Land</h2>
            <TileMap counts={landCounts(lands)} label={`Meldungen der letzten ${data.days} Tage nach Land`} hrefFor={(c) => landPath(c)} />
            {federal ? <p><a href={landPath('DE')}>Bund und bundesweit</a> <span class="muted">{count(federal.total)}</span></p> : null}
          </section>
          <section id="themen" aria-labelledby="h-themen">
            <h2 id="h-themen">Nach Thema</h2>
            <FacetList facets={data.themes} path={themePath} root={root} />
          </section>
        </aside>
      </div>
      <section id="feeds" aria-labelledby="h-feeds">
        <h2 id="h-feeds">Feeds</h2>
        <p>
          Alle Meldungen als <a href="feed.xml" type={RSS}>RSS 2.0</a>, <a href="feed.atom" type="application/atom+xml">Atom</a> oder{' '}
          <a href="feed.json" type="application/feed+json">JSON Feed</a>; jede Seite eines Landes und eines Themas hat ihren eigenen Feed.{' '}
          <a href="feeds.opml" type="text/x-opml">Alle Feeds als OPML</a> zum Import in einen Feedreader.
        </p>
      </section>
      <section id="quellen" aria-labelledby="h-quellen">
        <h2 id="h-quellen">Quellen</h2>
        <Sources sources={data.sources} />
      </section>
    </SitePage>
  );
}

/**
 * land/<code>.html and thema/<id>.html: one Land's or theme's latest items and its feed. It shows
 * nothing that depends on other items, so a new item rewrites only the pages it appears on.
 */
export function FacetPage(props: {
  data: SiteData;
  kind: 'land' | 'theme';
  facet: SiteFacet;
  headlines: SiteHeadline[];
}) {
  const { data, facet, kind } = props;
  const root = '../';
  const feedName = facet.feedPath.slice(facet.feedPath.lastIndexOf('/') + 1);
  const title = kind === 'land' && facet.key === 'DE' ? 'Bund und bundesweit' : facet.label;
  const feeds: FeedLink[] = [{ href: feedName, type: RSS, title: `Kommunalradar – ${title} (RSS)` }];
  return (
    <SitePage title={`${title} – Kommunalradar`} root={root} canonical={data.baseUrl ? new URL(kind === 'land' ? landPath(facet.key as RegionCode) : themePath(facet.key), data.baseUrl).href : undefined} feeds={feeds} footer={<Footer data={data} root={root} newestAt={props.headlines[0]?.sortAt} />}>
      <p class="crumbs"><a href="../index.html">Übersicht</a> › {kind === 'land' ? 'Länder' : 'Themen'}</p>
      <h1>{title}</h1>
      <p class="lede">
        {count(facet.total)} in den letzten {data.days} Tagen. <a href={feedName} type={RSS}>Feed abonnieren (RSS)</a>
      </p>
      <div class="columns">
        <section aria-labelledby="h-meldungen">
          <h2 id="h-meldungen">Neueste Meldungen</h2>
          <Headlines items={props.headlines} root={root} empty={`Keine Meldungen in den letzten ${data.days} Tagen.`} />
        </section>
        <aside>
          {/* Names only, no counts: a page changes only when its own items do. */}
          <nav aria-labelledby="h-andere">
            <h2 id="h-andere">{kind === 'land' ? 'Andere Länder' : 'Andere Themen'}</h2>
            <ul class="facets">
              {(kind === 'land' ? data.lands : data.themes)
                .filter((f) => f.key !== facet.key)
                .map((f) => (
                  <li key={f.key}>
                    <a href={`${kind === 'land' ? f.key.toLowerCase() : f.key}.html`}>{kind === 'land' && f.key === 'DE' ? 'Bund und bundesweit' : f.label}</a>
                  </li>
                ))}
            </ul>
          </nav>
        </aside>
      </div>
    </SitePage>
  );
}
