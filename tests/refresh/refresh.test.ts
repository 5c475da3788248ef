import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshDeps } from '../../lib/refresh';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { createTagger } from '../../lib/tag/builtin';
import { rss, startServer, TEASERS, type TestServer } from '../helpers/feed-server';

const tagger = createTagger();
let servers: TestServer[] = [];
let db: KommunalradarDb;
let clock: number;

beforeEach(() => {
  db = openDb({ name: `refresh-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  clock = Date.UTC(2025, 4, 20, 8, 0, 0);
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  db.close();
});

async function serve(routes: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(routes);
  servers.push(s);
  return s;
}

function deps(over: Partial<RefreshDeps> = {}): RefreshDeps {
  return {
    store: createDexieRefreshStore(db, { retentionDays: 3650 }),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => clock,
    random: () => 0,
    tag: (i) => tagger.tag(i),
    tagVersion: tagger.version,
    allowPrivate: true,
    timeoutMs: 1_000,
    ...over,
  };
}

const source = (id: string, url: string, extra: Partial<Source> = {}): Source => ({
  id, name: id, url, broad: false, confirmed: true, ...extra,
});

const FEED = rss('Kommune21', TEASERS.map((t, i) => ({ ...t, link: `https://www.kommune21.de/meldung/${i}`, guid: `k21-${i}` })));

describe('refresh against a local server', () => {
  it('stores items, keeps validators, then polls conditionally and writes nothing on 304 (A01, A02)', async () => {
    const server = await serve({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 19 May 2025 10:00:00 GMT' }).end(FEED);
      },
    });
    const src = source('k21', server.url('/feed.xml'));
    const first = await refreshSources([src], deps());
    expect(first.results[0]).toMatchObject({ status: 'ok', added: 4 });
    const items = await db.items.orderBy('sortAt').reverse().toArray();
    expect(items.map((i) => i.title)).toEqual([
      'Nürnberg: Vier Abholstationen für Ausweisdokumente',
      'Landkreis Uckermark: Bürgerservice per Videokabine',
      'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten',
      'Dresden: Bezahlkarte für Asylsuchende gestartet',
    ]);
    expect(items.find((i) => i.title.startsWith('Nürnberg'))).toMatchObject({ regions: ['BY'], unread: 1 });
    const state = await db.sources.get('k21');
    expect(state).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 19 May 2025 10:00:00 GMT', errorCount: 0, status: 'ok' });
    expect(state!.nextCheckAt).toBeGreaterThanOrEqual(clock + 30 * 60_000);

    clock += 31 * 60_000;
    const second = await refreshSources([src], deps());
    expect(second.results[0]).toMatchObject({ status: 'not-modified', added: 0 });
    const last = server.requests.at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(last.headers['if-modified-since']).toBe('Mon, 19 May 2025 10:00:00 GMT');
    expect(await db.items.count()).toBe(4);
  });

  it('a source that is not due is not fetched; force fetches it', async () => {
    const server = await serve({ '/feed.xml': (_q, res) => res.writeHead(200).end(FEED) });
    const src = source('k21', server.url('/feed.xml'));
    await refreshSources([src], deps());
    clock += 60_000;
    expect((await refreshSources([src], deps())).total).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect((await refreshSources([src], deps(), { force: true })).total).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('500, 429, 410, redirect, slow body and oversized body: each source gets its own status, the good ones their items', async () => {
    const good = await serve({
      '/feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
      '/moved': (_q, res) => res.writeHead(301, { location: '/feed.xml' }).end(),
    });
    const bad = await serve({ '/500': (_q, res) => res.writeHead(500).end('kaputt') });
    const limited = await serve({ '/429': (_q, res) => res.writeHead(429, { 'retry-after': '120' }).end() });
    const gone = await serve({ '/410': (_q, res) => res.writeHead(410).end() });
    const slow = await serve({
      '/slow': (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => res.write(' '), 200);
        res.on('close', () => clearInterval(timer));
      },
    });
    const huge = await serve({
      '/huge': (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 8 && res.write(chunk)) sent++;
          if (sent < 8) res.once('drain', pump);
          else res.end();
        };
        pump();
      },
    });
    const sources = [
      source('good', good.url('/feed.xml')),
      source('moved', good.url('/moved')),
      source('bad', bad.url('/500')),
      source('limited', limited.url('/429')),
      source('gone', gone.url('/410')),
      source('slow', slow.url('/slow')),
      source('huge', huge.url('/huge')),
    ];
    // A generous deadline: the oversized body must be cut by the size cap, not the clock.
    const summary = await refreshSources(sources, deps({ timeoutMs: 5_000 }));
    const status = Object.fromEntries(summary.results.map((r) => [r.sourceId, r.status]));
    expect(status).toEqual({
      good: 'ok', moved: 'ok', bad: 'error', limited: 'deferred', gone: 'gone', slow: 'error', huge: 'error',
    });
    expect(summary.offline).toBe(false);
    const states = Object.fromEntries((await db.sources.toArray()).map((s) => [s.sourceId, s]));
    expect(states.moved!.finalUrl).toBe(good.url('/feed.xml'));
    expect(states.bad).toMatchObject({ errorCount: 1, status: 'error' });
    expect(states.bad!.lastError).toMatch(/500/);
    expect(states.bad!.error).toEqual({ code: 'fetch.http', params: { status: 500, line: expect.stringMatching(/^HTTP 500/) } });
    expect(states.limited!.errorCount).toBe(0);
    expect(states.limited!.nextCheckAt).toBeGreaterThanOrEqual(clock + 120_000);
    expect(states.gone!.status).toBe('gone');
    expect(states.slow!.lastError).toMatch(/timeout/i);
    expect(states.slow!.error?.code).toBe('fetch.timeout');
    expect(states.huge!.lastError).toMatch(/5 MiB|too large|zu groß/i);
    expect(states.huge!.error).toEqual({ code: 'fetch.too-large', params: { limit: '5 MiB' } });
    expect(await db.items.where('sourceId').equals('good').count()).toBe(4);
    // The same feed reached through a redirect carries the same articles: recorded on good's items (E08).
    expect(await db.items.where('sourceId').equals('moved').count()).toBe(0);
    expect((await db.items.toArray()).map((i) => i.alsoIn?.map((a) => a.sourceId))).toEqual([['moved'], ['moved'], ['moved'], ['moved']]);
  });

  it('a feed that breaks keeps its earlier items and shows a readable error; the others go on', async () => {
    let broken = false;
    const server = await serve({
      '/a.xml': (_q, res) => res.writeHead(200).end(broken ? '<html><body>Wartungsarbeiten</body></html>' : FEED),
    });
    const other = await serve({ '/b.xml': (_q, res) => res.writeHead(200).end(rss('B', [{ title: 'Kiel: Neues Serviceportal', link: 'https://www.kiel.de/1' }])) });
    const sources = [source('a', server.url('/a.xml')), source('b', other.url('/b.xml'))];
    await refreshSources(sources, deps());
    broken = true;
    const again = await refreshSources(sources, deps(), { force: true });
    expect(again.results.find((r) => r.sourceId === 'a')).toMatchObject({ status: 'error' });
    expect((await db.sources.get('a'))!.lastError).toMatch(/^parse: not a feed/);
    expect((await db.sources.get('a'))!.error?.code).toBe('parse.not-a-feed');
    expect(await db.items.where('sourceId').equals('a').count()).toBe(4);
    expect(await db.items.where('sourceId').equals('b').count()).toBe(1);
  });

  it('A08 a 429 defers the other sources on the same host without counting errors', async () => {
    const server = await serve({
      '/1': (_q, res) => res.writeHead(429, { 'retry-after': '600' }).end(),
      '/2': (_q, res) => res.writeHead(200).end(FEED),
    });
    const summary = await refreshSources([source('one', server.url('/1')), source('two', server.url('/2'))], deps());
    expect(summary.results.map((r) => r.status)).toEqual(['deferred', 'deferred']);
    expect(server.requests.map((r) => r.path)).toEqual(['/1']);
    const two = await db.sources.get('two');
    expect(two!.errorCount).toBe(0);
    expect(two!.nextCheckAt).toBeGreaterThanOrEqual(clock + 600_000);
  });

  it('A19 when every source fails with a network error the state is offline and no counter goes up', async () => {
    const dead = await serve({});
    const urls = [dead.url('/a'), dead.url('/b')];
    await dead.close();
    servers = [];
    const sources = [source('a', urls[0]!), source('b', urls[1]!.replace('127.0.0.1', 'localhost'))];
    const summary = await refreshSources(sources, deps());
    expect(summary.offline).toBe(true);
    for (const s of await db.sources.toArray()) expect(s.errorCount).toBe(0);
  });

  it('C13 at most the newest 200 items of a 1,000-item feed are processed per poll', async () => {
    const many = rss('Viel', Array.from({ length: 1000 }, (_, i) => ({
      title: `Meldung ${i}`, link: `https://example.org/${i}`, guid: `g${i}`,
      pubDate: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toUTCString(),
    })));
    const server = await serve({ '/many': (_q, res) => res.writeHead(200).end(many) });
    await refreshSources([source('many', server.url('/many'))], deps());
    expect(await db.items.count()).toBe(200);
    expect(await db.items.get('many|g999')).toBeDefined();
    expect(await db.items.get('many|g0')).toBeUndefined();
  });

  it('broad sources keep only items about the public sector', async () => {
    const feed = rss('heise', [
      { title: 'Neues Smartphone vorgestellt', link: 'https://heise.example/1', description: 'Das Gerät hat eine bessere Kamera.' },
      { title: 'Landkreis führt E-Akte ein', link: 'https://heise.example/2', description: 'Die Kreisverwaltung arbeitet künftig papierlos.' },
    ]);
    const server = await serve({ '/heise': (_q, res) => res.writeHead(200).end(feed) });
    await refreshSources([source('heise', server.url('/heise'), { broad: true })], deps());
    expect((await db.items.toArray()).map((i) => i.title)).toEqual(['Landkreis führt E-Akte ein']);
  });

  it('G11 a host whose permission was revoked is not fetched and not counted as an error', async () => {
    const server = await serve({ '/feed.xml': (_q, res) => res.writeHead(200).end(FEED) });
    const summary = await refreshSources([source('k21', server.url('/feed.xml'))], deps({ hasPermission: async () => false }));
    expect(summary.results[0]!.status).toBe('error');
    expect(server.requests).toHaveLength(0);
    expect(await db.sources.get('k21')).toMatchObject({ status: 'permission', errorCount: 0 });
    expect((await db.sources.get('k21'))!.lastError).toMatch(/permission/);
    expect((await db.sources.get('k21'))!.error?.code).toBe('fetch.permission');
  });
});
