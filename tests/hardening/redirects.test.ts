/**
 * H03: in Node (the CLI and aggregate) redirects are followed hop by hop and every target is
 * checked before it is requested. Two real local servers: "the public catalogue host" (reached
 * through a host mapping, so the URL policy sees a public name) and a private one on 127.0.0.2
 * that counts the requests it gets: it must get none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAggregate } from '../../lib/cli/aggregate';
import type { CliIo } from '../../lib/cli/main';
import { fetchFeed, MAX_REDIRECTS } from '../../lib/fetch/fetch';
import type { Source } from '../../lib/model';
import { rss } from '../helpers/feed-server';

const FEED = rss('Intern', [{ title: 'Geheime Sitzung', link: 'https://intranet.example/1', guid: 'g1' }]);

type Reply = { status: number; headers?: Record<string, string>; body?: string };

function listen(host: string, handler: (path: string) => Reply) {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const r = handler(req.url ?? '/');
    res.writeHead(r.status, r.headers).end(r.body ?? '');
  });
  const ready = new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    seen,
    ready,
    base: () => `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const secret = listen('127.0.0.2', () => ({ status: 200, headers: { 'content-type': 'application/rss+xml' }, body: FEED }));
let hops = 0;
const pub = listen('127.0.0.1', (path): Reply => {
  if (path === '/feed') return { status: 302, headers: { location: `${secret.base()}/intern` } };
  if (path === '/kette') return { status: 301, headers: { location: 'http://spiegel.example/ok' } };
  if (path === '/ok') return { status: 200, headers: { 'content-type': 'application/rss+xml' }, body: FEED };
  if (path.startsWith('/schleife')) return { status: 302, headers: { location: `http://katalog.example/schleife?${++hops}` } };
  return { status: 404 };
});

/** Real fetch, with two public names mapped to the local "public" server. */
const mappedFetch: typeof fetch = (input, init) => {
  const url = new URL(String(input));
  if (url.hostname === 'katalog.example' || url.hostname === 'spiegel.example') {
    return fetch(`${pub.base()}${url.pathname}${url.search}`, init);
  }
  return fetch(url, init);
};

beforeAll(async () => {
  await Promise.all([secret.ready, pub.ready]);
});
afterAll(async () => {
  await Promise.all([secret.close(), pub.close()]);
});

describe('redirects in Node', () => {
  it('H03 a public host redirecting to 127.0.0.2 is refused before the private host gets a request', async () => {
    const res = await fetchFeed('http://katalog.example/feed', { fetch: mappedFetch, redirects: 'manual' });
    expect(res).toMatchObject({ kind: 'error', code: 'forbidden-url' });
    expect(res.kind === 'error' && res.message).toMatch(/redirected to a refused URL: private network address 127\.0\.0\.2/);
    expect(secret.seen).toEqual([]);
  });

  it('H03 aggregate: a catalogue source that redirects into the private network sends no request there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kr-redirect-'));
    const catalogue: Source[] = [{ id: 'katalog', name: 'Katalog', url: 'http://katalog.example/feed', broad: false, confirmed: true }];
    let stderr = '';
    const sink = new Writable({ write: (c: Buffer, _e, cb) => ((stderr += c.toString('utf8')), cb()) });
    const io: CliIo = { stdin: process.stdin, stdout: sink, stderr: sink };
    try {
      const code = await runAggregate(['--out', join(dir, 'out')], io, { catalogue, fetch: mappedFetch });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Fehler\s+Katalog\s/m);
      expect(secret.seen).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('H03 redirects between public hosts are still followed, to the last hop', async () => {
    const res = await fetchFeed('http://katalog.example/kette', { fetch: mappedFetch, redirects: 'manual' });
    expect(res).toMatchObject({ kind: 'ok', finalUrl: 'http://spiegel.example/ok', redirected: true });
  });

  it(`H03 a redirect loop ends after ${MAX_REDIRECTS} hops`, async () => {
    const res = await fetchFeed('http://katalog.example/schleife', { fetch: mappedFetch, redirects: 'manual' });
    expect(res).toMatchObject({ kind: 'error', code: 'network' });
    expect(hops).toBe(MAX_REDIRECTS + 1);
  });
});
