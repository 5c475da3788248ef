/** Errors as the fetcher and parser write them, named in German words on the options page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../lib/fetch';
import { parseFeed } from '../../lib/parse';
import { catalogTranslate } from '../../lib/ui/i18n';
import { sourceErrorText } from '../../lib/ui/source-error';
import { readCatalog } from '../components/dom';
import { startServer, type TestServer } from '../helpers/feed-server';

const de = catalogTranslate(readCatalog('de'));
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/weg': (_q, res) => res.writeHead(410).end(),
    '/kaputt': (_q, res) => res.writeHead(500).end('Fehler'),
    '/langsam': () => undefined,
    '/leer': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(''),
    '/pause': (_q, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
  });
});
afterAll(() => server.close());

/** The line the fetcher stores for `path`. */
async function fetchError(path: string, opts: { timeoutMs?: number; maxBytes?: number } = {}): Promise<string> {
  const r = await fetchFeed(server.url(path), { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true, ...opts });
  if (r.kind !== 'error') throw new Error(`no error for ${path}`);
  return r.message;
}
const words = (line: string) => {
  const e = sourceErrorText(line);
  return e ? de(e.key, e.subs) : undefined;
};

describe('a source error in German words', () => {
  it.each([
    ['/nirgends', {}, 'Unter dieser Adresse gibt es nichts (Fehler 404).'],
    ['/kaputt', {}, 'Der Server meldet einen Fehler (500).'],
    ['/weg', {}, 'Diese Adresse gibt es nicht mehr.'],
    ['/langsam', { timeoutMs: 200 }, 'Der Server hat nicht rechtzeitig geantwortet.'],
    ['/leer', {}, 'Die Antwort war leer.'],
    ['/pause', {}, 'Der Server bittet um eine Pause; der nächste Abruf wartet.'],
  ])('%s', async (path, opts, expected) => {
    expect(words(await fetchError(path, opts))).toBe(expected);
  });

  it('names a connection that fails and a response that is not a feed', async () => {
    const r = await fetchFeed('http://127.0.0.1:9/feed', { fetch: globalThis.fetch.bind(globalThis), allowPrivate: true });
    expect(r.kind === 'error' && words(r.message)).toBe('Keine Verbindung zum Server.');
    const parsed = parseFeed('<html><body>Willkommen</body></html>', 'https://example.org/');
    expect(!parsed.ok && words(parsed.error)).toBe('Die Antwort ist kein lesbarer Feed.');
  });

  it('leaves a line it does not know to be shown as it is, and reads at most 300 characters', () => {
    expect(sourceErrorText('something else')).toBeUndefined();
    expect(sourceErrorText(`fetch: ${'x'.repeat(400)} timeout`)).toBeUndefined();
  });
});
