/**
 * E08 through the whole refresh: two local feeds on 127.0.0.1 carry the same article (the second
 * with a tracking parameter and a fragment); the store keeps one item that names both sources.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../lib/model';
import { refreshSources, type RefreshDeps } from '../../lib/refresh';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { countNew, queryItems } from '../../lib/store/queries';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { createTagger } from '../../lib/tag/builtin';
import { rss, startServer, type Handler, type TestServer } from '../helpers/feed-server';

const tagger = createTagger();
const ARTICLE = 'https://www.egovernment.de/bayern-buendelt-onlinedienste-a-4711/';
let server: TestServer;
let db: KommunalradarDb;
let clock: number;
let secondCarries = true;

const EGOV = rss('eGovernment', [
  { title: 'Bayern bündelt 40 Onlinedienste im BayernPortal', link: ARTICLE, guid: 'eg-4711', description: 'Der Freistaat bündelt die Onlinedienste der Kommunen.', pubDate: 'Mon, 19 May 2025 10:00:00 +0200' },
  { title: 'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten', link: 'https://www.egovernment.de/hessen-glasfaser-a-4712/', guid: 'eg-4712', description: 'Das Land Hessen fördert den Breitbandausbau.', pubDate: 'Mon, 19 May 2025 09:00:00 +0200' },
]);
const spiegel = () => rss('Behörden Spiegel', [
  ...(secondCarries ? [{ title: 'BayernPortal: 40 Onlinedienste gebündelt', link: `${ARTICLE}?utm_source=rss&utm_medium=feed#kommentare`, guid: 'bs-99', description: 'Wie eGovernment berichtet, bündelt Bayern seine Onlinedienste.', pubDate: 'Mon, 19 May 2025 11:00:00 +0200' }] : []),
  { title: 'Sachsen startet Bürgerkonto', link: 'https://www.behoerden-spiegel.de/sachsen-buergerkonto/', guid: 'bs-100', description: 'Sachsen führt ein Bürgerkonto ein.', pubDate: 'Mon, 19 May 2025 08:00:00 +0200' },
]);

beforeEach(async () => {
  db = openDb({ name: `same-article-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  clock = Date.UTC(2025, 4, 20, 8, 0, 0);
  secondCarries = true;
  const xml = (body: () => string): Handler => (_req, res) =>
    void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body());
  server = await startServer({ '/egov.xml': xml(() => EGOV), '/spiegel.xml': xml(spiegel) });
});
afterEach(async () => {
  await server.close();
  db.close();
});

function deps(): RefreshDeps {
  return {
    store: createDexieRefreshStore(db, { retentionDays: 3650 }),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => clock,
    random: () => 0,
    tag: (i) => tagger.tag(i),
    tagVersion: tagger.version,
    allowPrivate: true,
    timeoutMs: 2_000,
  };
}

// Both on one host: polled one after another, in this order.
const sources = (): Source[] => [
  { id: 'egovernment', name: 'eGovernment', url: server.url('/egov.xml'), broad: false, confirmed: true },
  { id: 'behoerden-spiegel', name: 'Behörden Spiegel', url: server.url('/spiegel.xml'), broad: false, confirmed: true },
];

describe('the same article in two local feeds (E08)', () => {
  it('is stored once, announced once, and names the second source', async () => {
    const first = await refreshSources(sources(), deps(), { force: true });
    expect(first.results.map((r) => [r.sourceId, r.status, r.added, r.items, r.merged])).toEqual([
      ['egovernment', 'ok', 2, 2, undefined],
      ['behoerden-spiegel', 'ok', 1, 2, 1],
    ]);
    // What the worker announces and the badge counts.
    expect(first.added.map((i) => i.title).sort()).toEqual([
      'Bayern bündelt 40 Onlinedienste im BayernPortal',
      'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten',
      'Sachsen startet Bürgerkonto',
    ]);
    expect(await countNew(db, { since: 0, now: clock, retentionDays: 3650 })).toBe(3);
    expect(await db.items.count()).toBe(3);
    const item = await db.items.get('egovernment|eg-4711');
    expect(item?.alsoIn).toEqual([{ sourceId: 'behoerden-spiegel', id: 'behoerden-spiegel|bs-99', link: `${ARTICLE}#kommentare`, seenAt: clock }]);
    const bySpiegel = await queryItems(db, { sourceIds: ['behoerden-spiegel'] }, { limit: 10 });
    expect(bySpiegel.map((i) => i.title)).toEqual(['Bayern bündelt 40 Onlinedienste im BayernPortal', 'Sachsen startet Bürgerkonto']);

    clock += 3_600_000;
    const again = await refreshSources(sources(), deps(), { force: true });
    expect(again.added).toEqual([]);
    expect(await db.items.count()).toBe(3);
  });

  it('when the second source carries it later, nothing new is announced; when it drops it, the item stays', async () => {
    secondCarries = false;
    await refreshSources(sources(), deps(), { force: true });
    secondCarries = true;
    clock += 3_600_000;
    const later = await refreshSources(sources(), deps(), { force: true });
    expect(later.added).toEqual([]);
    expect((await db.items.get('egovernment|eg-4711'))?.alsoIn?.map((a) => a.sourceId)).toEqual(['behoerden-spiegel']);
    secondCarries = false;
    clock += 3_600_000;
    await refreshSources(sources(), deps(), { force: true });
    expect((await db.items.get('egovernment|eg-4711'))?.alsoIn?.map((a) => a.sourceId)).toEqual(['behoerden-spiegel']);
  });
});
