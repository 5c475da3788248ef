/** The options page's check of a URL: a feed, a page linking a feed, a listing page with a preview, or nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrapeDirect, type ScrapePage } from '../../lib/listing';
import { createOffscreenScrape, OFFSCREEN_TARGET } from '../../lib/listing/offscreen-client';
import { probeSource } from '../../lib/refresh';
import { startServer, type TestServer } from '../helpers/feed-server';

const K21 = readFileSync(join(__dirname, '../fixtures/listing/kommune21.html'), 'utf8');
const JS = readFileSync(join(__dirname, '../fixtures/listing/js-rendered.html'), 'utf8');
let server: TestServer;
const fetchImpl = globalThis.fetch.bind(globalThis);

beforeAll(async () => {
  const html = (body: string) => (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  server = await startServer({
    '/meldungen/': html(K21),
    '/mit-feed/': html('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>' + K21 + '</body></html>'),
    '/app/': html(JS),
    '/leer/': html('<html><body><h1>Impressum</h1><p>Nur Text.</p></body></html>'),
  });
});
afterAll(() => server.close());

describe('probeSource', () => {
  it('a page without a feed answers with its listing: rule, count and a preview as it would be stored', async () => {
    const r = await probeSource(server.url('/meldungen/'), fetchImpl, scrapeDirect);
    expect(r).toMatchObject({ ok: true, kind: 'listing', url: server.url('/meldungen/'), title: 'Kommune21 · Meldungen', items: 5, rule: { item: 'div.k21-inhalt > div.k21-meldung' } });
    if (!r.ok || r.kind !== 'listing') throw new Error('no listing');
    expect(r.preview[0]).toEqual({
      title: 'Brandenburg: Bürgerservice per Videokabine',
      link: server.url('/meldungen/brandenburg-buergerservice-per-videokabine'),
      summary: expect.stringMatching(/^Der Landkreis Uckermark/),
      publishedAt: Date.parse('2025-05-18T22:00:00Z'),
    });
    expect(r.html).toBe(K21);
  });

  it('a page that links a feed still offers the feed', async () => {
    const r = await probeSource(server.url('/mit-feed/'), fetchImpl, scrapeDirect);
    expect(r).toMatchObject({ ok: false, discovered: [server.url('/feed.xml')] });
  });

  it('says plainly when there is no listing, and why for script-built pages', async () => {
    expect(await probeSource(server.url('/leer/'), fetchImpl, scrapeDirect)).toMatchObject({ ok: false, discovered: [], listing: 'none' });
    expect(await probeSource(server.url('/app/'), fetchImpl, scrapeDirect)).toMatchObject({ ok: false, listing: 'script-rendered' });
  });
});

describe('the offscreen client (Chrome)', () => {
  it('creates the document once and passes page, URL and rule to it', async () => {
    const created: string[] = [];
    const sent: unknown[] = [];
    const scrape: ScrapePage = createOffscreenScrape({
      offscreen: { createDocument: async (p) => void created.push(p.url), hasDocument: async () => created.length > 0 },
      runtime: {
        getURL: (p) => `chrome-extension://id${p}`,
        sendMessage: async (m) => {
          sent.push(m);
          const msg = m as { html: string; pageUrl: string };
          return scrapeDirect(msg.html, msg.pageUrl);
        },
      },
    });
    const a = await scrape(K21, 'https://www.kommune21.de/meldungen/');
    const b = await scrape(K21, 'https://www.kommune21.de/meldungen/', { item: 'div.k21-meldung' });
    expect(created).toEqual(['chrome-extension://id/offscreen.html']);
    expect(a).toEqual(await scrapeDirect(K21, 'https://www.kommune21.de/meldungen/'));
    expect(b.ok).toBe(true);
    expect(sent[1]).toMatchObject({ target: OFFSCREEN_TARGET, rule: { item: 'div.k21-meldung' } });
  });

  it('a document that does not answer is an error on that source, not a crash', async () => {
    const scrape = createOffscreenScrape({
      offscreen: { createDocument: async () => undefined },
      runtime: { getURL: (p) => p, sendMessage: async () => undefined },
    });
    expect(await scrape('<html></html>', 'https://x.example/')).toMatchObject({ ok: false, error: expect.stringMatching(/^listing: /) });
  });
});
