/**
 * Load run (not part of `npm test`): `npx tsx scripts/load/run.ts [--sources 200] [--items 200] [--stored 100000]`.
 *
 * 1. One refresh of 200 sources × 200 items each through the real pipeline (fetch → parse →
 *    normalise → tag → Dexie store over fake-indexeddb) against local servers, 20 hosts.
 * 2. A feed just under the 5 MiB cap (parsed and stored), and one just over it (refused).
 * 3. The store grown to 100,000 items: a second refresh of all sources, the first page of the
 *    list and the unread count.
 * Prints total time, slowest source, slowest fetch, peak RSS and heap, and whether the run fits
 * a service worker's 5-minute event limit. Figures from fake-indexeddb are slower than Chrome's
 * IndexedDB, so they are an upper bound for the storage part.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../lib/fetch';
import type { Item, Source } from '../../lib/model';
import { refreshSources, type RefreshSummary } from '../../lib/refresh';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { countUnread, queryItems } from '../../lib/store/queries';
import { createDexieRefreshStore } from '../../lib/store/refresh-store';
import { createTagger } from '../../lib/tag/builtin';

const { values: args } = parseArgs({
  options: {
    sources: { type: 'string', default: '200' },
    items: { type: 'string', default: '200' },
    hosts: { type: 'string', default: '20' },
    stored: { type: 'string', default: '100000' },
  },
});
const SOURCES = Number(args.sources);
const ITEMS = Number(args.items);
const HOSTS = Number(args.hosts);
const STORED = Number(args.stored);
const WORKER_EVENT_LIMIT_MS = 5 * 60_000;
const MiB = 1024 * 1024;

// ---- memory sampling -------------------------------------------------------------------------
const peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
};
const sampler = setInterval(sample, 25);

// ---- feeds -----------------------------------------------------------------------------------
const TOWNS = ['Köln', 'München', 'Görlitz', 'Lüneburg', 'Düsseldorf', 'Würzburg', 'Saarbrücken', 'Jena', 'Kiel', 'Rostock'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of `n` German items; `pad` adds teaser text to reach a size. */
function feed(id: string, n: number, pad = 0): string {
  const now = Date.now();
  const items: string[] = [];
  for (let k = 0; k < n; k++) {
    const town = TOWNS[(k + id.length) % TOWNS.length]!;
    const text = `<p>Die Stadt ${town} startet die digitale Antragstellung für Bürgerinnen und Bürger (${id}/${k}).</p>${pad > 0 ? `<p>${'Verwaltungsdigitalisierung schreitet voran. '.repeat(pad)}</p>` : ''}`;
    items.push(`<item><title>${esc(`${town}: Online-Dienst Nr. ${k} im Bürgerbüro freigeschaltet`)}</title>`
      + `<link>https://www.example-kommune.de/${id}/meldung/${k}</link><guid isPermaLink="false">${id}-${k}</guid>`
      + `<pubDate>${new Date(now - k * 600_000).toUTCString()}</pubDate><description><![CDATA[${text}]]></description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Quelle ${id}</title>`
    + `<link>https://www.example-kommune.de/${id}/</link><description>Last</description>${items.join('')}</channel></rss>`;
}

const bodies = new Map<string, string>();
async function startHost(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// ---- helpers ---------------------------------------------------------------------------------
const fetchTimes: number[] = [];
let slowestFetchMs = 0;
/** fetch, timed from the call until the body has been read (the caller reads it). */
const timedFetch: typeof fetch = async (input, init) => {
  const t0 = performance.now();
  const res = await fetch(input, init);
  const blob = await res.arrayBuffer();
  fetchTimes.push(performance.now() - t0);
  slowestFetchMs = Math.max(slowestFetchMs, performance.now() - t0);
  return new Response(blob, { status: res.status, statusText: res.statusText, headers: res.headers });
};

function refreshWith(db: KommunalradarDb, sources: Source[], tagger: ReturnType<typeof createTagger>, force = true): Promise<RefreshSummary> {
  return refreshSources(sources, {
    store: createDexieRefreshStore(db, { retentionDays: 30 }),
    fetch: timedFetch, now: Date.now, random: Math.random,
    tag: (i) => tagger.tag(i as never), tagVersion: tagger.version, allowPrivate: true,
  }, { force });
}

function report(label: string, s: RefreshSummary, ms: number) {
  const slow = s.results.reduce((a, r) => (r.ms > a.ms ? r : a), s.results[0]!);
  const failed = s.results.filter((r) => r.status === 'error');
  console.log(`${label}: ${s.results.length} sources in ${(ms / 1000).toFixed(1)} s, ${s.added.length} new items, `
    + `slowest source ${slow.sourceId} ${(slow.ms / 1000).toFixed(2)} s, slowest fetch ${(Math.max(...fetchTimes) / 1000).toFixed(2)} s, `
    + `errors ${failed.length}${failed.length ? ` (${failed.slice(0, 3).map((f) => f.error).join('; ')})` : ''}`);
  return { slowMs: slow.ms, failed: failed.length };
}

const mb = (n: number) => `${(n / MiB).toFixed(0)} MiB`;

// ---- run -------------------------------------------------------------------------------------
const hosts = await Promise.all(Array.from({ length: HOSTS }, startHost));
const sources: Source[] = Array.from({ length: SOURCES }, (_, k) => {
  const id = `last-${String(k).padStart(3, '0')}`;
  bodies.set(`/${id}.xml`, feed(id, ITEMS));
  return { id, name: `Quelle ${k}`, url: `${hosts[k % HOSTS]!.base}/${id}.xml`, broad: false, confirmed: true, custom: true, enabled: true };
});
const db = openDb({ name: 'load', indexedDB: new IDBFactory(), IDBKeyRange });
const tagger = createTagger();
sample();
console.log(`Load run: ${SOURCES} sources × ${ITEMS} items on ${HOSTS} hosts; feed size ${(bodies.get('/last-000.xml')!.length / 1024).toFixed(0)} KiB; RSS at start ${mb(peak.rss)}`);

let t0 = performance.now();
const first = await refreshWith(db, sources, tagger);
const firstMs = performance.now() - t0;
const r1 = report('1. first refresh', first, firstMs);

// A feed just under the cap and one over it.
const bigId = 'gross';
let pad = 1;
while (feed(bigId, 200, pad).length < DEFAULT_MAX_BYTES - 64 * 1024) pad *= 2;
while (feed(bigId, 200, pad).length > DEFAULT_MAX_BYTES - 16 * 1024) pad = Math.floor(pad * 0.97);
bodies.set(`/${bigId}.xml`, feed(bigId, 200, pad));
bodies.set('/zu-gross.xml', feed('zu-gross', 200, pad * 2));
const big: Source[] = [
  { id: bigId, name: 'Groß', url: `${hosts[0]!.base}/${bigId}.xml`, broad: false, confirmed: true, custom: true },
  { id: 'zu-gross', name: 'Zu groß', url: `${hosts[1]!.base}/zu-gross.xml`, broad: false, confirmed: true, custom: true },
];
t0 = performance.now();
const bigRun = await refreshWith(db, big, tagger);
const bigMs = performance.now() - t0;
console.log(`2. feeds of ${(bodies.get(`/${bigId}.xml`)!.length / MiB).toFixed(2)} MiB and ${(bodies.get('/zu-gross.xml')!.length / MiB).toFixed(2)} MiB: `
  + bigRun.results.map((r) => `${r.sourceId} ${r.status} ${r.items} items ${(r.ms / 1000).toFixed(2)} s${r.error ? ` (${r.error})` : ''}`).join('; ')
  + `; together ${(bigMs / 1000).toFixed(2)} s`);

// Grow the store to STORED items (old, read ones, as a long-running install has).
const have = await db.items.count();
t0 = performance.now();
const template = (await db.items.limit(1).toArray())[0]!;
for (let start = have; start < STORED; start += 5_000) {
  const batch: Item[] = [];
  for (let k = start; k < Math.min(STORED, start + 5_000); k++) {
    const at = Date.now() - 20 * 86_400_000 - k * 1_000;
    batch.push({ ...template, id: `archiv|${k}`, sourceId: 'archiv', key: String(k), guid: String(k), link: `https://www.example-kommune.de/archiv/${k}`,
      title: `Archiv ${k}: ${template.title}`, firstSeenAt: at, sortAt: at, updatedAt: at, unread: 0, notifiedAt: at });
  }
  await db.items.bulkPut(batch);
  sample();
}
console.log(`3. store grown from ${have} to ${await db.items.count()} items in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
fetchTimes.length = 0;
t0 = performance.now();
const second = await refreshWith(db, sources, tagger);
const secondMs = performance.now() - t0;
const r2 = report(`   refresh of all ${SOURCES} sources with ${STORED} items stored`, second, secondMs);
t0 = performance.now();
const page = await queryItems(db, {}, { limit: 50 });
const pageMs = performance.now() - t0;
t0 = performance.now();
const unread = await countUnread(db);
const countMs = performance.now() - t0;
console.log(`   first page (${page.length} items) ${pageMs.toFixed(0)} ms; unread count ${unread} in ${countMs.toFixed(0)} ms`);

clearInterval(sampler);
sample();
const slowestMs = Math.max(r1.slowMs, r2.slowMs);
console.log(`Peak RSS ${mb(peak.rss)}, peak heap ${mb(peak.heapUsed)}`);
console.log(`Slowest fetch ${(slowestFetchMs / 1000).toFixed(2)} s against the ${DEFAULT_TIMEOUT_MS / 1000} s deadline: ${slowestFetchMs < DEFAULT_TIMEOUT_MS ? 'none exceeded it' : 'EXCEEDED'}; `
  + `slowest source (fetch, parse, tag, store, waiting for the store) ${(slowestMs / 1000).toFixed(2)} s`);
console.log(`Longest refresh ${(Math.max(firstMs, secondMs) / 1000).toFixed(1)} s of the ${WORKER_EVENT_LIMIT_MS / 60_000}-minute event limit `
  + `(refreshSources stops starting sources after 4 minutes): ${Math.max(firstMs, secondMs) < WORKER_EVENT_LIMIT_MS ? 'fits' : 'DOES NOT FIT'}`);
db.close();
await Promise.all(hosts.map((h) => new Promise((r) => h.server.close(r))));
