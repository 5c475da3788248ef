import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchFeed, type FetchFeedOptions } from '../../lib/fetch';
import type { FetchResult } from '../../lib/model';
import { parseRetryAfter } from '../../lib/fetch';
import { checkFetchTarget, isHttpUrl, isPrivateHost } from '../../lib/fetch';

const FEED = readFileSync(new URL('../fixtures/fetch/kommunal-feed.xml', import.meta.url));
const RSS = 'application/rss+xml; charset=utf-8';
const MiB = 1024 * 1024;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Handler>();
/** Headers of every request the server saw, by path. */
const seen = new Map<string, http.IncomingHttpHeaders[]>();
let server: http.Server;
let base = '';
let gzipBomb: Buffer;

const serveFeed =
  (headers: http.OutgoingHttpHeaders = {}, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': RSS, ...headers });
    res.end(FEED);
  };
const redirect =
  (status: number, location: string | (() => string)): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: typeof location === 'string' ? location : location() });
    res.end();
  };

beforeAll(async () => {
  // ≈50 KB on the wire, 50 MB once fetch has inflated it.
  gzipBomb = gzipSync(Buffer.alloc(50 * MiB, 0x20), { level: 9 });
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.set(path, [...(seen.get(path) ?? []), req.headers]);
    const handler = routes.get(path) ?? ((_q, r) => r.writeHead(404).end());
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes.clear();
  seen.clear();
});

/** Ordinary tests talk to 127.0.0.1, so they allow private targets; A13 tests the refusal. */
const opts = (extra: Partial<FetchFeedOptions> = {}): FetchFeedOptions => ({
  fetch: globalThis.fetch.bind(globalThis),
  allowPrivate: true,
  ...extra,
});

function expectError(r: FetchResult, code: string): Extract<FetchResult, { kind: 'error' }> {
  expect(r.kind).toBe('error');
  if (r.kind !== 'error') throw new Error('unreachable');
  expect(r.code).toBe(code);
  expect(r.message).toMatch(/^fetch: [^\n]+$/);
  return r;
}

describe('conditional GET and validators', () => {
  it('A01 200 with ETag and Last-Modified returns the decoded feed and its validators', async () => {
    routes.set('/feed', serveFeed({
      etag: '"v1"', 'last-modified': 'Tue, 11 Mar 2025 08:30:00 GMT', 'cache-control': 'public, max-age=900',
    }));
    const r = await fetchFeed(`${base}/feed`, opts());
    expect(r).toMatchObject({
      kind: 'ok', status: 200, finalUrl: `${base}/feed`, redirected: false, contentType: RSS,
      etag: '"v1"', lastModified: 'Tue, 11 Mar 2025 08:30:00 GMT', maxAgeSec: 900,
    });
    if (r.kind !== 'ok') return;
    expect(r.text).toContain('Münster führt digitale Bauantragsstellung ein');
    expect(r.text).toContain('Datenschützer begrüßen die Maßnahme');
    const sent = seen.get('/feed')![0]!;
    expect(sent.accept).toMatch(/^application\/rss\+xml/);
    expect(sent['if-none-match']).toBeUndefined();
  });

  it('A02 the next poll sends If-None-Match and If-Modified-Since; 304 → not-modified with the new Last-Modified', async () => {
    routes.set('/feed', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"', 'last-modified': 'Wed, 12 Mar 2025 07:00:00 GMT' }).end();
      } else serveFeed({ etag: '"v1"' })(req, res);
    });
    const r = await fetchFeed(`${base}/feed`, opts({
      etag: '"v1"', lastModified: 'Tue, 11 Mar 2025 08:30:00 GMT', userAgent: 'Kommunalradar/0.1',
    }));
    const sent = seen.get('/feed')![0]!;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Tue, 11 Mar 2025 08:30:00 GMT');
    expect(sent['user-agent']).toBe('Kommunalradar/0.1');
    expect(r).toEqual({
      kind: 'not-modified', finalUrl: `${base}/feed`, etag: '"v1"', lastModified: 'Wed, 12 Mar 2025 07:00:00 GMT',
    });
  });

  it('A03 200 with a new ETag and the same body returns the body and the new ETag', async () => {
    routes.set('/feed', serveFeed({ etag: '"v2"' }));
    const r = await fetchFeed(`${base}/feed`, opts({ etag: '"v1"' }));
    expect(r).toMatchObject({ kind: 'ok', etag: '"v2"', text: FEED.toString('utf8') });
  });

  it.each([
    ['Expires: 0', '0', false],
    ['Expires in the past', 'Thu, 01 Jan 2015 00:00:00 GMT', false],
    ['Expires in the future (control)', 'Fri, 01 Jan 2100 00:00:00 GMT', true],
  ])('A04 %s: validators kept only when the response is not already expired', async (_name, expires, kept) => {
    routes.set('/feed', serveFeed({ etag: '"v1"', 'last-modified': 'Tue, 11 Mar 2025 08:30:00 GMT', expires }));
    const r = await fetchFeed(`${base}/feed`, opts());
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.etag).toBe(kept ? '"v1"' : undefined);
    expect(r.lastModified).toBe(kept ? 'Tue, 11 Mar 2025 08:30:00 GMT' : undefined);
    expect(r.text).toContain('Görlitz');
  });
});

describe('status codes', () => {
  it.each([
    [404, 'fetch: HTTP 404 Not Found'],
    [500, 'fetch: HTTP 500 Internal Server Error'],
    [502, 'fetch: HTTP 502 Bad Gateway'],
  ])('A05/A06 HTTP %i → error "http" with the status', async (status, message) => {
    routes.set('/feed', serveFeed({}, status));
    const r = expectError(await fetchFeed(`${base}/feed`, opts()), 'http');
    expect(r).toMatchObject({ status, message });
  });

  it('A07 410 Gone → "gone"', async () => {
    routes.set('/feed', (_q, res) => res.writeHead(410, { 'content-type': 'text/html' }).end('<h1>Gone</h1>'));
    const r = expectError(await fetchFeed(`${base}/feed`, opts()), 'gone');
    expect(r.status).toBe(410);
    expect(r.message).toMatch(/^fetch: HTTP 410 Gone/);
  });

  it('A08 429 with Retry-After: 120 → rate-limited, 120 s', async () => {
    routes.set('/feed', (_q, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const r = expectError(await fetchFeed(`${base}/feed`, opts()), 'rate-limited');
    expect(r).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(r.message).toBe('fetch: HTTP 429 Too Many Requests, retry after 120 s');
  });

  const NOW = Date.parse('2025-03-11T10:00:00Z');
  it.each([
    ['HTTP-date 90 s ahead', 429, 'Tue, 11 Mar 2025 10:01:30 GMT', 90_000],
    ['garbage "soon" → undefined (normal backoff)', 429, 'soon', undefined],
    ['a year in seconds → clamped to 24 h', 429, '31536000', 24 * 3600 * 1000],
    ['503 with seconds', 503, '30', 30_000],
    ['503 without Retry-After', 503, undefined, undefined],
  ])('A09 Retry-After %s', async (_name, status, retryAfter, expected) => {
    routes.set('/feed', (_q, res) => res.writeHead(status, retryAfter ? { 'retry-after': retryAfter } : {}).end());
    const r = expectError(await fetchFeed(`${base}/feed`, opts({ now: () => NOW })), 'rate-limited');
    expect(r.status).toBe(status);
    expect(r.retryAfterMs).toBe(expected);
  });

  it('A18 403 with cf-mitigated: challenge → "blocked", body not parsed', async () => {
    routes.set('/feed', (_q, res) =>
      res.writeHead(403, { 'cf-mitigated': 'challenge', 'content-type': 'text/html; charset=UTF-8' })
        .end('<!DOCTYPE html><title>Just a moment...</title>'));
    const r = expectError(await fetchFeed(`${base}/feed`, opts()), 'blocked');
    expect(r.message).toMatch(/^fetch: blocked by bot protection/);
    expect(r.status).toBe(403);
  });

  it('A18 a plain 403 without bot-protection signs stays an HTTP error (control)', async () => {
    routes.set('/feed', (_q, res) => res.writeHead(403, { 'content-type': 'text/html' }).end('nein'));
    const r = expectError(await fetchFeed(`${base}/feed`, opts()), 'http');
    expect(r.message).toBe('fetch: HTTP 403 Forbidden');
  });
});

describe('redirects', () => {
  it('A10 301 → followed, finalUrl recorded, redirected true', async () => {
    routes.set('/alt/feed.xml', redirect(301, '/feed'));
    routes.set('/feed', serveFeed({ etag: '"v1"' }));
    const r = await fetchFeed(`${base}/alt/feed.xml`, opts());
    expect(r).toMatchObject({ kind: 'ok', finalUrl: `${base}/feed`, redirected: true, etag: '"v1"' });
    if (r.kind === 'ok') expect(r.text).toContain('Münster');
  });

  it.each([302, 307])('A11 %i temporary redirect → followed, finalUrl reported', async (status) => {
    routes.set('/temp', redirect(status, '/feed'));
    routes.set('/feed', serveFeed());
    const r = await fetchFeed(`${base}/temp`, opts());
    expect(r).toMatchObject({ kind: 'ok', finalUrl: `${base}/feed`, redirected: true });
  });

  it('A12 redirect loop A→B→A → network error, no hang', async () => {
    routes.set('/a', redirect(302, '/b'));
    routes.set('/b', redirect(302, '/a'));
    const r = expectError(await fetchFeed(`${base}/a`, opts({ timeoutMs: 5000 })), 'network');
    expect(r.message).toBe('fetch: network error: too many redirects');
  });

  it('A12 a chain of 25 hops → network error after 20', async () => {
    for (let i = 0; i < 25; i++) routes.set(`/hop/${i}`, redirect(301, `/hop/${i + 1}`));
    routes.set('/hop/25', serveFeed());
    const r = expectError(await fetchFeed(`${base}/hop/0`, opts({ timeoutMs: 5000 })), 'network');
    expect(r.message).toBe('fetch: network error: too many redirects');
    expect(seen.has('/hop/25')).toBe(false);
  });
});

describe('A13 URL policy', () => {
  it.each(['file:///etc/passwd', 'data:application/rss+xml,<rss/>', 'javascript:alert(1)'])(
    'A13 initial non-http(s) URL %s refused without a request',
    async (url) => {
      const spy = vi.fn(globalThis.fetch);
      const r = expectError(await fetchFeed(url, opts({ fetch: spy })), 'forbidden-url');
      expect(r.message).toMatch(/^fetch: only http and https URLs/);
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it.each(['file:///etc/passwd', 'data:application/rss+xml,%3Crss%2F%3E'])(
    'A13 redirect to %s → network error',
    async (target) => {
      routes.set('/evil', redirect(302, target));
      const r = expectError(await fetchFeed(`${base}/evil`, opts()), 'network');
      expect(r.message).toBe('fetch: network error: redirect to a non-http(s) URL');
    },
  );

  it('A13 intranet URL http://192.168.1.1/ refused without a request when allowPrivate is false', async () => {
    const spy = vi.fn(globalThis.fetch);
    const r = expectError(await fetchFeed('http://192.168.1.1/feed', opts({ fetch: spy, allowPrivate: false })), 'forbidden-url');
    expect(r.message).toBe('fetch: private network address 192.168.1.1 refused');
    expect(spy).not.toHaveBeenCalled();
  });

  it('A13 a redirect that ends at 127.0.0.1 is refused before the body is read', async () => {
    routes.set('/feed', serveFeed());
    routes.set('/moved', redirect(302, () => `${base}/feed`));
    // A public-looking host that the injected fetch routes to the test server, which then
    // redirects to its own 127.0.0.1 address.
    let bodyRead = false;
    const publicFetch: typeof fetch = async (input, init) => {
      const res = await fetch(String(input).replace('http://feeds.example.org', base), init);
      const reader = res.body!.getReader.bind(res.body!);
      Object.defineProperty(res.body!, 'getReader', { value: () => ((bodyRead = true), reader()) });
      return res;
    };
    const r = expectError(
      await fetchFeed('http://feeds.example.org/moved', opts({ fetch: publicFetch, allowPrivate: false })),
      'forbidden-url',
    );
    expect(r.finalUrl).toBe(`${base}/feed`);
    expect(r.message).toBe('fetch: redirected to a refused URL: private network address 127.0.0.1 refused');
    expect(seen.get('/feed')).toHaveLength(1);
    expect(bodyRead).toBe(false);
  });
});

describe('deadline', () => {
  it('A14 server accepts the connection and never sends headers → timeout', async () => {
    routes.set('/hang', () => undefined);
    const r = expectError(await fetchFeed(`${base}/hang`, opts({ timeoutMs: 400 })), 'timeout');
    expect(r.message).toBe('fetch: timeout after 0.4 s');
  });

  it('A14 the default deadline is 20 s', async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(20_000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // A fetch that, like a silent server, only ever ends when aborted.
      const silent: typeof fetch = (_url, init) =>
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      let result: FetchResult | undefined;
      void fetchFeed('https://feeds.example.org/rss', { fetch: silent }).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(19_999);
      expect(result).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toMatchObject({ kind: 'error', code: 'timeout', message: 'fetch: timeout after 20 s' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('A15 slow-loris body (headers, then a byte at a time) is cut off by the same deadline', async () => {
    let closed = false;
    routes.set('/slow', (_q, res) => {
      res.writeHead(200, { 'content-type': RSS });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Langsam</title>');
      const tick = setInterval(() => res.write(' '), 100);
      res.on('close', () => ((closed = true), clearInterval(tick)));
    });
    const r = expectError(await fetchFeed(`${base}/slow`, opts({ timeoutMs: 600 })), 'timeout');
    expect(r.message).toBe('fetch: timeout after 0.6 s');
    expect(r).not.toHaveProperty('text');
    await vi.waitFor(() => expect(closed).toBe(true));
  });
});

describe('size cap and empty bodies', () => {
  it('A16a Content-Length of 50 MB → too-large before reading the body', async () => {
    routes.set('/big', (_q, res) => {
      res.writeHead(200, { 'content-type': RSS, 'content-length': String(50 * MiB) });
      res.write(Buffer.alloc(16 * 1024, 0x20)); // and then nothing: reading would hit the deadline
    });
    const r = expectError(await fetchFeed(`${base}/big`, opts({ timeoutMs: 5000 })), 'too-large');
    expect(r.message).toBe('fetch: response larger than 5 MiB');
  });

  it('A16b chunked body without length is cancelled once past the 5 MiB cap', async () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * MiB);
    let written = 0;
    let closed = false;
    routes.set('/stream', (_q, res) => {
      res.writeHead(200, { 'content-type': RSS });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        // Respect backpressure so the server writes only what the client actually reads.
        while (!closed && written < 50 * MiB) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!closed) res.end();
      };
      res.on('close', () => (closed = true));
      pump();
    });
    const r = expectError(await fetchFeed(`${base}/stream`, opts()), 'too-large');
    expect(r.message).toBe('fetch: response larger than 5 MiB');
    await vi.waitFor(() => expect(closed).toBe(true));
    expect(written).toBeLessThan(25 * MiB);
  });

  it('A16c gzip bomb (≈50 KB → 50 MB): the cap applies to the inflated bytes', async () => {
    expect(gzipBomb.length).toBeLessThan(100 * 1024);
    routes.set('/bomb', (_q, res) => {
      res.writeHead(200, { 'content-type': RSS, 'content-encoding': 'gzip', 'content-length': gzipBomb.length });
      res.end(gzipBomb);
    });
    const r = expectError(await fetchFeed(`${base}/bomb`, opts()), 'too-large');
    expect(r.message).toBe('fetch: response larger than 5 MiB');
  });

  it('A16c a small gzip-encoded feed decodes normally (control)', async () => {
    const gz = gzipSync(FEED);
    routes.set('/gz', (_q, res) => res.writeHead(200, { 'content-type': RSS, 'content-encoding': 'gzip' }).end(gz));
    const r = await fetchFeed(`${base}/gz`, opts());
    expect(r).toMatchObject({ kind: 'ok', text: FEED.toString('utf8') });
  });

  it.each([
    ['chunked, no bytes', (_q: unknown, res: http.ServerResponse) => res.writeHead(200, { 'content-type': RSS }).end()],
    ['Content-Length: 0', (_q: unknown, res: http.ServerResponse) =>
      res.writeHead(200, { 'content-type': RSS, 'content-length': '0' }).end()],
    ['only whitespace', (_q: unknown, res: http.ServerResponse) => res.writeHead(200, { 'content-type': RSS }).end('\r\n  \n')],
  ])('A17 200 with an empty body (%s) → "empty"', async (_name, handler) => {
    routes.set('/empty', handler);
    const r = expectError(await fetchFeed(`${base}/empty`, opts()), 'empty');
    expect(r).toMatchObject({ status: 200, message: 'fetch: empty body' });
  });
});

describe('decoding and network failures', () => {
  it('B03 via HTTP: charset=utf-8 declared, body actually Latin-1 → "Grüße"', async () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Grüße aus Köln</title></channel></rss>', 'latin1');
    routes.set('/latin1', (_q, res) => res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(body));
    const r = await fetchFeed(`${base}/latin1`, opts());
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.text).toContain('<title>Grüße aus Köln</title>');
      expect(r.text).not.toContain('\uFFFD');
    }
  });

  it('connection refused → network error, one line', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = expectError(await fetchFeed(`http://127.0.0.1:${port}/feed`, opts()), 'network');
    expect(r.message).toBe('fetch: network error: connection refused');
  });

  it('an injected fetch that throws never escapes fetchFeed', async () => {
    const broken: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const r = expectError(await fetchFeed('https://feeds.example.org/rss', { fetch: broken }), 'network');
    expect(r.message).toBe('fetch: network error: Failed to fetch');
  });
});

describe('parseRetryAfter', () => {
  const NOW = Date.parse('2025-03-11T10:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Tue, 11 Mar 2025 10:02:00 GMT', 120_000],
    ['Tuesday, 11-Mar-25 10:02:00 GMT', 120_000],
    ['Tue, 11 Mar 2025 09:00:00 GMT', 0],
    ['31536000', 24 * 3600 * 1000],
    ['Fri, 01 Jan 2100 00:00:00 GMT', 24 * 3600 * 1000],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['', undefined],
    [null, undefined],
  ])('A09 Retry-After %j → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('URL policy helpers', () => {
  it.each([
    ['https://www.behoerden-spiegel.de/feed/', true],
    ['http://netzpolitik.org/feed/', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['file:///etc/passwd', false],
    ['data:text/xml,<rss/>', false],
    ['javascript:alert(1)', false],
    ['ftp://example.org/feed.xml', false],
    ['/relative/feed.xml', false],
    ['keine URL', false],
  ])('A13 isHttpUrl(%s) → %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });

  it.each([
    ['localhost', true], ['LocalHost.', true], ['127.0.0.1', true], ['127.8.9.10', true],
    ['2130706433', true], ['0x7f.1', true], ['10.20.30.40', true], ['172.16.0.1', true],
    ['172.31.255.255', true], ['192.168.1.1', true], ['169.254.169.254', true], ['0.0.0.0', true],
    ['::1', true], ['[::1]', true], ['::', true], ['fd12:3456::1', true], ['fc00::1', true], ['fe80::1', true],
    ['[::ffff:127.0.0.1]', true], ['::ffff:c0a8:101', true], ['rathaus.local', true], ['intranet.internal', true],
    ['172.15.0.1', false], ['172.32.0.1', false], ['192.169.1.1', false], ['8.8.8.8', false],
    ['::ffff:8.8.8.8', false], ['2001:db8::1', false], ['www.bsi.bund.de', false], ['local.example.org', false],
  ])('A13 isPrivateHost(%s) → %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });

  it('A13 checkFetchTarget gives a one-line reason, or undefined when allowed', () => {
    expect(checkFetchTarget('https://www.egovernment.de/rss/news.xml', { allowPrivate: false })).toBeUndefined();
    expect(checkFetchTarget('http://192.168.1.1/', { allowPrivate: true })).toBeUndefined();
    expect(checkFetchTarget('http://192.168.1.1/', { allowPrivate: false })).toBe('private network address 192.168.1.1 refused');
    expect(checkFetchTarget('http://[::ffff:10.0.0.1]/rss', { allowPrivate: false })).toMatch(/^private network address/);
    expect(checkFetchTarget('file:///etc/passwd', { allowPrivate: true })).toBe('only http and https URLs are fetched, not file:');
    expect(checkFetchTarget('nicht\nganz', { allowPrivate: true })).toBe('not a valid URL: nicht ganz');
  });
});

describe('finalUrl without redirects', () => {
  it('A10 a URL that only differs by normalisation (no path, a #fragment) is not reported as redirected', async () => {
    routes.set('/', serveFeed());
    const r = await fetchFeed(`${base}#oben`, opts());
    expect(r).toMatchObject({ kind: 'ok', finalUrl: `${base}/`, redirected: false });
  });
});
