/**
 * Listing pages as sources, against a local server and fake-indexeddb: items with places and
 * dates, an unchanged page announcing nothing, "Seite verändert?" after two empty polls with the
 * earlier items kept, and a catalogue feed falling back to its listing page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scrapeDirect } from '../../lib/listing';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshDeps } from '../../lib/refresh';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { createTagger } from '../../lib/tag/builtin';
import { startServer, type TestServer } from '../helpers/feed-server';

const tagger = createTagger();
const K21 = readFileSync(join(__dirname, '../fixtures/listing/kommune21.html'), 'utf8');
let server: TestServer | undefined;
let db: KommunalradarDb;
let clock: number;

beforeEach(() => {
  db = openDb({ name: `listing-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  clock = Date.UTC(2025, 4, 20, 8, 0, 0);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  db.close();
});

function deps(over: Partial<RefreshDeps> = {}): RefreshDeps {
  return {
    store: createDexieRefreshStore(db, { retentionDays: 3650 }),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => clock,
    random: () => 0,
    tag: (i) => tagger.tag(i),
    tagVersion: tagger.version,
    allowPrivate: true,
    timeoutMs: 2_000,
    scrape: scrapeDirect,
    ...over,
  };
}

const listing = (url: string, extra: Partial<Source> = {}): Source => ({ id: 'k21', name: 'Kommune21', url, kind: 'listing', broad: false, confirmed: true, ...extra });

describe('listing sources', () => {
  it('stores the page\'s items with places and dates; an unchanged page without validators announces nothing', async () => {
    let page = K21;
    server = await startServer({ '/meldungen/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) });
    const src = listing(server.url('/meldungen/'));
    const first = await refreshSources([src], deps());
    expect(first.results[0]).toMatchObject({ status: 'ok', added: 5 });
    const nbg = (await db.items.toArray()).find((i) => i.title === 'Nürnberg: Konzept Bürger-PC gestartet');
    expect(nbg).toMatchObject({ link: server.url('/meldungen/nuernberg-konzept-buerger-pc-gestartet'), publishedAt: Date.parse('2025-04-24T22:00:00Z'), regions: ['BY'] });
    expect(nbg!.places.map((p) => p.name)).toContain('Nürnberg');

    clock += 60 * 60_000;
    const second = await refreshSources([src], deps(), { force: true });
    expect(second.results[0]).toMatchObject({ status: 'not-modified', added: 0 });
    expect(second.added).toEqual([]);

    // One new item on top: only it is new.
    page = K21.replace('<div class="k21-meldung">', '<div class="k21-meldung"><p class="k21-dachzeile">Kiel</p><h2><a href="/meldungen/kiel-e-akte">E-Akte eingeführt</a></h2><p>[20.05.2025] Die Landeshauptstadt arbeitet papierlos. <a href="/meldungen/kiel-e-akte">mehr...</a></p></div><div class="k21-meldung">');
    clock += 60 * 60_000;
    const third = await refreshSources([src], deps(), { force: true });
    expect(third.added.map((i) => i.title)).toEqual(['Kiel: E-Akte eingeführt']);
  });

  it('a listing that gave items and then gives none is "changed" after two polls and keeps its items', async () => {
    let page = K21;
    server = await startServer({ '/meldungen/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page) });
    const src = listing(server.url('/meldungen/'), { rule: { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', kicker: '.k21-dachzeile' } });
    await refreshSources([src], deps());
    page = K21.replaceAll('k21-meldung', 'k21-artikel');
    clock += 60 * 60_000;
    await refreshSources([src], deps(), { force: true });
    expect(await db.sources.get('k21')).toMatchObject({ status: 'ok', emptyPolls: 1, itemCount: 5 });
    clock += 60 * 60_000;
    const r = await refreshSources([src], deps(), { force: true });
    expect(r.results[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/^listing: page changed\?/) });
    expect(await db.sources.get('k21')).toMatchObject({ status: 'changed', emptyPolls: 2, errorCount: 0 });
    expect(await db.items.count()).toBe(5);
  });

  it('a page that never had a listing is an error with the reason', async () => {
    server = await startServer({ '/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><div id="app"></div><script src="/app.js"></script></body></html>') });
    const r = await refreshSources([listing(server.url('/'))], deps());
    expect(r.results[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/JavaScript/) });
    expect(await db.sources.get('k21')).toMatchObject({ status: 'error', errorCount: 1 });
  });

  it('a catalogue feed that is missing falls back to its listing page, and back to the feed once it serves one', async () => {
    let feedUp = false;
    server = await startServer({
      '/feed': (_q, res) => (feedUp
        ? res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>K21</title><item><title>Aus dem Feed</title><link>https://www.kommune21.de/f1</link></item></channel></rss>')
        : res.writeHead(404).end('nicht gefunden')),
      '/meldungen/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', etag: '"page1"' }).end(K21),
    });
    const src: Source = { id: 'k21', name: 'Kommune21', url: server.url('/feed'), listingUrl: server.url('/meldungen/'), broad: false, confirmed: false };
    const first = await refreshSources([src], deps());
    expect(first.results[0]).toMatchObject({ status: 'ok', added: 5 });
    expect(await db.sources.get('k21')).toMatchObject({ viaListing: true, etag: '"page1"' });
    feedUp = true;
    clock += 60 * 60_000;
    const back = await refreshSources([src], deps(), { force: true });
    expect(back.added.map((i) => i.title)).toEqual(['Aus dem Feed']);
    expect(await db.sources.get('k21')).toMatchObject({ viaListing: false });
    // The feed was asked without the listing page's validators.
    expect(server.requests.filter((r) => r.path === '/feed').every((r) => r.headers['if-none-match'] === undefined)).toBe(true);
  });
});
