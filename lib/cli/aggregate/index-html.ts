/**
 * index.html of the published directory: what the feeds are, for people, in German. Every
 * value from a feed or a sources file is escaped; the page carries no script and no date of
 * its own making, so an unchanged run gives unchanged bytes.
 */
import { cleanText } from '../../feedgen/xml-text';
import { FEED_ITEM_LIMIT, shareableUrl, type FeedSpec } from './feed-list';

export interface IndexFeed {
  spec: FeedSpec;
  /** Items the feed's filter matches within the kept window. */
  total: number;
}

export interface IndexSource {
  name: string;
  homepage?: string;
  url: string;
  ok: boolean;
  /** One line; shown for sources that failed. */
  error?: string;
}

export interface IndexPage {
  feeds: IndexFeed[];
  sources: IndexSource[];
  days: number;
  /** Epoch ms of the newest item, shown as the page's date. */
  newestAt?: number;
  baseUrl?: string;
}

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return cleanText(s).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const BERLIN = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long', timeStyle: 'short' });

function count(n: number): string {
  return n === 1 ? '1 Meldung' : `${n.toLocaleString('de-DE')} Meldungen`;
}

function feedRow(f: IndexFeed): string {
  return `      <li><a href="${escapeHtml(f.spec.path)}" type="application/rss+xml">${escapeHtml(f.spec.label)}</a> <span class="n">(${count(f.total)})</span></li>`;
}

function sourceRow(s: IndexSource): string {
  const home = shareableUrl(s.homepage);
  const name = home ? `<a href="${escapeHtml(home)}">${escapeHtml(s.name)}</a>` : escapeHtml(s.name);
  // An intranet feed's address is nobody's business outside it: the page is public.
  const feed = shareableUrl(s.url);
  const feedLink = feed ? ` <a class="n" href="${escapeHtml(feed)}">Feed</a>` : '';
  const status = s.ok ? '' : ` <span class="err">– letzter Abruf fehlgeschlagen: ${escapeHtml(s.error ?? 'Fehler')}</span>`;
  return `      <li>${name}${feedLink}${status}</li>`;
}

/** The page for `page`. */
export function buildIndexHtml(page: IndexPage): string {
  const all = page.feeds.find((f) => f.spec.kind === 'all');
  const lands = page.feeds.filter((f) => f.spec.kind === 'land');
  const themes = page.feeds.filter((f) => f.spec.kind === 'theme');
  const stand = page.newestAt === undefined ? '' : `\n    <p>Neueste Meldung: ${escapeHtml(BERLIN.format(page.newestAt))}</p>`;
  const canonical = page.baseUrl ? `\n  <link rel="canonical" href="${escapeHtml(page.baseUrl)}">` : '';
  return `<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kommunalradar – Feeds</title>${canonical}
  <link rel="alternate" type="application/rss+xml" title="Kommunalradar – alle Meldungen (RSS)" href="feed.xml">
  <link rel="alternate" type="application/atom+xml" title="Kommunalradar – alle Meldungen (Atom)" href="feed.atom">
  <link rel="alternate" type="application/feed+json" title="Kommunalradar – alle Meldungen (JSON Feed)" href="feed.json">
  <style>
    body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
    h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
    ul { padding-left: 1.2rem; } .n { color: #555; } .err { color: #a00; }
  </style>
</head>
<body>
  <main>
    <h1>Kommunalradar</h1>
    <p>Nachrichten zur kommunalen Digitalisierung aus ${page.sources.length} Quellen, nach Land und Thema sortiert. Die Feeds enthalten die Meldungen der letzten ${page.days} Tage, je Feed die neuesten ${FEED_ITEM_LIMIT}.</p>${stand}
    <h2>Alle Meldungen</h2>
    <ul>
      <li><a href="feed.xml" type="application/rss+xml">RSS 2.0</a>${all ? ` <span class="n">(${count(all.total)})</span>` : ''}</li>
      <li><a href="feed.atom" type="application/atom+xml">Atom</a></li>
      <li><a href="feed.json" type="application/feed+json">JSON Feed</a></li>
      <li><a href="feeds.opml" type="text/x-opml">Alle Feeds als OPML</a> zum Import in einen Feedreader</li>
    </ul>
    <h2>Nach Land</h2>
    <ul>
${lands.map(feedRow).join('\n')}
    </ul>
    <h2>Nach Thema</h2>
    <ul>
${themes.map(feedRow).join('\n')}
    </ul>
    <h2>Quellen</h2>
    <ul>
${page.sources.map(sourceRow).join('\n')}
    </ul>
  </main>
</body>
</html>
`;
}
