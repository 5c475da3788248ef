/**
 * A listing's rule edited on the options page, in the worker: the probe reads the added page
 * with the stored rule (and hands back the page when the rule finds nothing), "Speichern"
 * stores the rule on the user's source or as an override of a catalogue entry and reads the
 * unchanged page again at once, "Neu erkennen" forgets it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scrapeDirect } from '../../lib/listing';
import type { ListingRule } from '../../lib/listing/rule';
import type { ProbeResult } from '../../lib/messages';
import type { Source } from '../../lib/model';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import { readSettings } from '../../lib/store/views';
import { GAZETTEER_SOURCE } from '../../lib/tag/builtin';
import type { WorkerBrowser } from '../../lib/worker/browser-api';
import { startWorker } from '../../lib/worker';
import { parseCommand } from '../../lib/worker/validate-command';
import { rss, startServer, TEASERS, type TestServer } from '../helpers/feed-server';

const K21 = readFileSync(join(__dirname, '../fixtures/listing/kommune21.html'), 'utf8');
const DETECTED: ListingRule = { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', link: 'h2 a[href]', kicker: '.k21-dachzeile', teaser: 'p:not(.k21-dachzeile)' };
const NO_KICKER: ListingRule = { item: 'div.k21-inhalt > div.k21-meldung', title: 'h2', link: 'h2 a[href]' };

let server: TestServer;
let db: KommunalradarDb;

function fakeBrowser(): { browser: WorkerBrowser; send(msg: unknown): Promise<any> } {
  const listeners: Record<string, ((...a: any[]) => unknown)[]> = {};
  const on = (name: string) => ({ addListener: (cb: (...a: any[]) => unknown) => void (listeners[name] ??= []).push(cb) });
  const browser: WorkerBrowser = {
    alarms: { get: async () => ({ name: 'x' }), create: async () => undefined, onAlarm: on('alarm') },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    notifications: { create: async (id) => id, clear: async () => true, onClicked: on('click') },
    runtime: { getURL: (p) => `chrome-extension://test${p}`, onMessage: on('message'), onInstalled: on('installed'), onStartup: on('startup') },
    tabs: { create: async () => undefined },
  };
  return { browser, send: (msg) => new Promise((resolve) => listeners.message![0]!(msg, {}, resolve)) };
}

beforeEach(async () => {
  const html = (_q: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(K21);
  server = await startServer({
    '/meldungen/': html,
    '/eigene/': html,
    '/feed.xml': (_q, res) => res.writeHead(200).end(rss('Feed', TEASERS.slice(0, 1))),
  });
  db = openDb({ name: `rule-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(async () => {
  await expect.poll(async () => ((await db.meta.get('refreshStatus'))?.value as { running?: boolean } | undefined)?.running ?? false, { timeout: 20_000 }).toBe(false);
  await server.close();
  db.close();
});

async function start() {
  const catalogue: Source[] = [
    { id: 'k21', name: 'Kommune21', url: server.url('/meldungen/'), kind: 'listing', broad: false, confirmed: true },
    { id: 'feed', name: 'Feed', url: server.url('/feed.xml'), broad: false, confirmed: true },
  ];
  const fake = fakeBrowser();
  const w = startWorker({ browser: fake.browser, db, catalogue, gazetteer: async () => GAZETTEER_SOURCE, fetch: globalThis.fetch.bind(globalThis), now: Date.now, random: () => 0, allowPrivate: true, scrape: scrapeDirect });
  await w.ready;
  return fake;
}
const titles = async (sourceId: string) => (await db.items.where('sourceId').equals(sourceId).toArray()).map((i) => i.title).sort();

describe('the rule of a listing already added', () => {
  it('the probe reads an added page with a given rule, and still hands back the page when the rule finds nothing', async () => {
    const w = await start();
    const read = (await w.send({ type: 'probe-source', url: server.url('/meldungen/'), listing: { rule: NO_KICKER } })).value as ProbeResult;
    expect(read).toMatchObject({ ok: true, kind: 'listing', items: 5, rule: NO_KICKER, html: K21 });
    expect(read.ok && read.kind === 'listing' && read.preview[0]!.title).toBe('Bürgerservice per Videokabine');
    const none = (await w.send({ type: 'probe-source', url: server.url('/meldungen/'), listing: { rule: { item: 'li.gibt-es-nicht' } } })).value as ProbeResult;
    expect(none).toMatchObject({ ok: false, listing: 'none', page: { html: K21, url: server.url('/meldungen/') } });
    // Without a rule the page is examined.
    const detected = (await w.send({ type: 'probe-source', url: server.url('/meldungen/'), listing: {} })).value as ProbeResult;
    expect(detected).toMatchObject({ ok: true, kind: 'listing', rule: DETECTED });
  });

  it('a catalogue listing keeps the rule as the user\'s override; the unchanged page is read again with it at once', async () => {
    const w = await start();
    await w.send({ type: 'refresh' });
    expect(await titles('k21')).toContain('Brandenburg: Bürgerservice per Videokabine');
    const before = server.requests.filter((r) => r.path === '/meldungen/').length;

    expect(await w.send({ type: 'set-source-rule', id: 'k21', rule: NO_KICKER })).toEqual({ ok: true });
    expect((await readSettings(db)).sourceOverrides.k21?.rule).toEqual(NO_KICKER);
    // Same page, same ETag: read again all the same, and the items (same links) now carry the titles the rule gives.
    await expect.poll(() => titles('k21'), { timeout: 10_000 }).toContain('Bürgerservice per Videokabine');
    expect(await db.items.where('sourceId').equals('k21').count()).toBe(5);
    expect(server.requests.filter((r) => r.path === '/meldungen/').length).toBe(before + 1);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();

    // "Neu erkennen" forgets it: detection again, kickers back.
    expect(await w.send({ type: 'redetect-source', id: 'k21' })).toEqual({ ok: true });
    expect((await readSettings(db)).sourceOverrides.k21?.rule).toBeUndefined();
    await expect.poll(() => titles('k21'), { timeout: 10_000 }).toContain('Brandenburg: Bürgerservice per Videokabine');
  });

  it('the user\'s own listing keeps the rule on the source; a feed or an unknown id has no rule to set', async () => {
    const w = await start();
    const added = await w.send({ type: 'add-source', source: { name: 'Eigene', url: server.url('/eigene/'), kind: 'listing', rule: DETECTED, broad: false, confirmed: true } });
    const id = (added.value as Source).id;
    expect(await w.send({ type: 'set-source-rule', id, rule: NO_KICKER })).toEqual({ ok: true });
    const settings = await readSettings(db);
    expect(settings.customSources.find((s) => s.id === id)?.rule).toEqual(NO_KICKER);
    expect(settings.sourceOverrides[id]?.rule).toBeUndefined();
    expect((await w.send({ type: 'set-source-rule', id: 'feed', rule: NO_KICKER })).ok).toBe(false);
    expect((await w.send({ type: 'set-source-rule', id: 'gibt-es-nicht', rule: NO_KICKER })).ok).toBe(false);
  });
});

describe('set-source-rule and the listing probe, checked field by field (H14)', () => {
  it.each([
    [{ type: 'set-source-rule', id: 'k21' }, 'no rule'],
    [{ type: 'set-source-rule', id: 'k21', rule: { title: 'h2' } }, 'a rule without an item selector'],
    [{ type: 'set-source-rule', id: 'k21', rule: { item: 'x'.repeat(301) } }, 'a selector over 300 characters'],
    [{ type: 'set-source-rule', id: 'k21', rule: { item: 'li', dateAttr: 'on load' } }, 'a date attribute that is no attribute name'],
    [{ type: 'set-source-rule', id: 7, rule: { item: 'li' } }, 'an id that is no text'],
    [{ type: 'probe-source', url: 'https://x.example/', listing: 'yes' }, 'a listing option that is no object'],
    [{ type: 'probe-source', url: 'https://x.example/', listing: { rule: { item: 5 } } }, 'a listing probe with a broken rule'],
  ] as [unknown, string][])('refuses %j (%s)', (msg) => {
    expect(parseCommand(msg)).toBeUndefined();
  });

  it('passes a rule with known fields only', () => {
    expect(parseCommand({ type: 'set-source-rule', id: 'k21', rule: { item: 'li', title: 'h3', evil: '<script>' } })).toEqual({ type: 'set-source-rule', id: 'k21', rule: { item: 'li', title: 'h3' } });
    expect(parseCommand({ type: 'probe-source', url: 'https://x.example/', listing: {} })).toEqual({ type: 'probe-source', url: 'https://x.example/', listing: {} });
  });
});
