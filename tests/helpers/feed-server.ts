import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: (path: string) => string;
  /** Requests seen, in order: method, path and headers. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 with a free port, routing by path. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FeedEntry {
  title: string;
  link?: string;
  guid?: string;
  description?: string;
  pubDate?: string;
  categories?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A WordPress-style RSS 2.0 document with the given items. */
export function rss(title: string, items: FeedEntry[], extra = ''): string {
  const body = items
    .map(
      (i) => `    <item>
      <title>${esc(i.title)}</title>
      ${i.link ? `<link>${esc(i.link)}</link>` : ''}
      ${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}
      ${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}
      ${(i.categories ?? []).map((c) => `<category><![CDATA[${c}]]></category>`).join('')}
      <description><![CDATA[${i.description ?? ''}]]></description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${esc(title)}</title>
    <link>https://www.example-kommune.de/</link>
    <description>Nachrichten</description>
    <language>de-DE</language>${extra}
${body}
  </channel>
</rss>`;
}

/** German municipal teasers for fixtures. */
export const TEASERS: FeedEntry[] = [
  { title: 'Nürnberg: Vier Abholstationen für Ausweisdokumente', description: '<p>[19.05.2025] Die Stadt Nürnberg hat vier Abholstationen für Personalausweise und Reisepässe in Betrieb genommen.</p>', pubDate: 'Mon, 19 May 2025 10:00:00 +0200' },
  { title: 'Dresden: Bezahlkarte für Asylsuchende gestartet', description: '[09.05.2025] Seit dieser Woche bekommen neu zugewiesene Geflüchtete in Dresden erstmals die Bezahlkarte.', pubDate: 'Fri, 09 May 2025 09:30:00 +0200' },
  { title: 'Landkreis Uckermark: Bürgerservice per Videokabine', description: '[19.05.2025] Im Rahmen des Projekts LISA wurden an sechs Standorten Videokabinen eingerichtet.', pubDate: 'Mon, 19 May 2025 08:00:00 +0200' },
  { title: 'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten', description: '[12.05.2025] Das Land Hessen fördert den Breitbandausbau mit weiteren 40 Millionen Euro.', pubDate: 'Mon, 12 May 2025 12:00:00 +0200' },
];
