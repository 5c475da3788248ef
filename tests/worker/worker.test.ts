import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../lib/model';
import { openDb, type KommunalradarDb } from '../../lib/store/db';
import type { WorkerBrowser } from '../../lib/worker/browser-api';
import { GAZETTEER_SOURCE } from '../../lib/tag/builtin';
import { catalogTranslate } from '../../lib/ui/i18n';
import { replyText } from '../../lib/ui/error-text';
import type { CommandReply } from '../../lib/messages';
import { readCatalog } from '../components/dom';
import { startWorker } from '../../lib/worker';
import { parseOpml } from '../../lib/opml';
import { rss, startServer, TEASERS, type TestServer } from '../helpers/feed-server';

/** A small in-memory stand-in for the extension API, recording what the worker does. */
function fakeBrowser() {
  const listeners: Record<string, ((...a: any[]) => unknown)[]> = {};
  const on = (name: string) => ({ addListener: (cb: (...a: any[]) => unknown) => void (listeners[name] ??= []).push(cb) });
  const alarms = new Map<string, object>();
  const rec = { badge: '', notifications: [] as { title: string; message: string }[], tabs: [] as string[] };
  const browser: WorkerBrowser = {
    alarms: {
      get: async (n) => (alarms.has(n) ? { name: n } : undefined),
      create: async (n, info) => void alarms.set(n, info),
      onAlarm: on('alarm'),
    },
    action: { setBadgeText: async ({ text }) => void (rec.badge = text), setBadgeBackgroundColor: async () => undefined },
    notifications: {
      create: async (id, o) => (rec.notifications.push({ title: o.title, message: o.message }), id),
      clear: async () => true,
      onClicked: on('notificationClick'),
    },
    runtime: { getURL: (p) => `chrome-extension://test${p}`, onMessage: on('message'), onInstalled: on('installed'), onStartup: on('startup') },
    tabs: { create: async ({ url }) => void rec.tabs.push(url) },
  };
  const send = (msg: unknown) =>
    new Promise<any>((resolve) => listeners.message![0]!(msg, {}, resolve));
  return { browser, rec, alarms, send, listeners };
}

let server: TestServer;
let db: KommunalradarDb;
let feed = TEASERS.slice(0, 2);
beforeEach(async () => {
  feed = TEASERS.slice(0, 2);
  const k21 = (guidPrefix: string) => rss('K21', feed.map((t, i) => ({
    ...t, link: `https://k21.example/${t.title.length}-${i}`, guid: `${guidPrefix}${t.title}`,
    // Recent dates: items older than the retention window never count as new (F07).
    pubDate: new Date(Date.now() - (i + 1) * 3_600_000).toUTCString(),
  })));
  server = await startServer({
    '/k21.xml': (_q, res) => res.writeHead(200).end(k21('')),
    // Another source carrying the same articles under its own guids (E08).
    '/copy.xml': (_q, res) => res.writeHead(200).end(k21('kopie-')),
  });
  db = openDb({ name: `worker-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(async () => {
  await server.close();
  db.close();
});

/** Waits until no refresh is running (add-source starts one in the background). */
async function idle(): Promise<void> {
  await expect.poll(async () => ((await db.meta.get('refreshStatus'))?.value as { running?: boolean } | undefined)?.running).toBe(false);
}

function start(fake = fakeBrowser()) {
  const catalogue: Source[] = [];
  const w = startWorker({ browser: fake.browser, db, catalogue, gazetteer: async () => GAZETTEER_SOURCE, fetch: globalThis.fetch.bind(globalThis), now: Date.now, random: () => 0 });
  return { ...fake, ready: w.ready };
}

describe('the worker wired to a fake browser', () => {
  it('creates its alarm, refreshes on command, counts new items on the badge and resets it when the popup opens', async () => {
    const w = start();
    await w.ready;
    expect([...w.alarms.keys()]).toEqual(['kommunalradar-refresh']);
    const added = await w.send({ type: 'add-source', source: { name: 'K21', url: server.url('/k21.xml'), broad: false, confirmed: true } });
    expect(added.ok).toBe(true);
    await expect.poll(() => db.items.count()).toBe(2);
    await expect.poll(() => w.rec.badge).toBe('2');
    await w.send({ type: 'popup-opened' });
    expect(w.rec.badge).toBe('');
    expect(w.rec.notifications).toHaveLength(0); // first refresh after install: silent by design
  });

  it('announces a new matching item once, and opening it marks it read and opens only its http(s) link', async () => {
    const w = start();
    await w.ready;
    await w.send({ type: 'add-source', source: { id: 'k21', name: 'K21', url: server.url('/k21.xml'), broad: false, confirmed: true } });
    await expect.poll(() => db.items.count()).toBe(2);
    await idle();
    await w.send({ type: 'save-settings', settings: { watch: { regions: ['HE'], themes: [], keywords: [] } } });
    feed = TEASERS.slice(0, 4);
    expect((await w.send({ type: 'refresh' })).ok).toBe(true);
    expect(w.rec.notifications).toEqual([{ title: 'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten', message: expect.stringContaining('Breitbandausbau') }]);
    await w.send({ type: 'refresh' });
    expect(w.rec.notifications).toHaveLength(1);
    const hessen = (await db.items.toArray()).find((i) => i.regions.includes('HE'))!;
    expect((await w.send({ type: 'open-item', id: hessen.id })).ok).toBe(true);
    expect(w.rec.tabs).toEqual([hessen.link]);
    expect((await db.items.get(hessen.id))!.unread).toBe(0);
  });

  it('E08 an article a second source also carries is announced and counted once', async () => {
    const w = start();
    await w.ready;
    await w.send({ type: 'add-source', source: { id: 'k21', name: 'K21', url: server.url('/k21.xml'), broad: false, confirmed: true } });
    await expect.poll(() => db.items.count()).toBe(2);
    await idle();
    await w.send({ type: 'popup-opened' });
    await w.send({ type: 'save-settings', settings: { watch: { regions: ['HE'], themes: [], keywords: [] } } });
    await w.send({ type: 'add-source', source: { id: 'kopie', name: 'Kopie', url: server.url('/copy.xml'), broad: false, confirmed: true } });
    const copies = async () => (await db.items.toArray()).filter((i) => i.alsoIn?.length).length;
    await expect.poll(copies).toBe(2);
    await idle();
    feed = TEASERS.slice(0, 4);
    expect((await w.send({ type: 'refresh' })).ok).toBe(true);
    await expect.poll(copies).toBe(4);
    await idle();
    await w.send({ type: 'refresh' });
    await idle();
    expect(await db.items.count()).toBe(4);
    expect((await db.items.toArray()).every((i) => i.sourceId === 'k21' && i.alsoIn?.[0]?.sourceId === 'kopie')).toBe(true);
    expect(w.rec.notifications).toEqual([{ title: 'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten', message: expect.stringContaining('Breitbandausbau') }]);
    // The badge counts the new items matching the rule: the Hessen article, once.
    await expect.poll(() => w.rec.badge).toBe('1');
  });

  it('re-tags stored items when the user adds a keyword rule', async () => {
    const w = start();
    await w.ready;
    await w.send({ type: 'add-source', source: { name: 'K21', url: server.url('/k21.xml'), broad: false, confirmed: true } });
    await expect.poll(() => db.items.count()).toBe(2);
    const before = (await db.items.toArray()).map((i) => i.tagVersion);
    await w.send({ type: 'save-settings', settings: { keywordRules: [{ id: 'ausweis', label: 'Ausweise', keywords: ['Ausweis'] }] } });
    const items = await db.items.toArray();
    expect(items.every((i) => i.tagVersion !== before[0])).toBe(true);
    expect(items.find((i) => i.title.startsWith('Nürnberg'))!.themes).toContain('ausweis');
    expect(items.find((i) => i.title.startsWith('Dresden'))!.themes).not.toContain('ausweis');
  });

  it('unknown messages get a clear error, not an exception', async () => {
    const w = start();
    await w.ready;
    expect(await w.send({ type: 'format-disk' })).toMatchObject({ ok: false });
    expect(await w.send('hello')).toMatchObject({ ok: false, errorInfo: { code: 'cmd.unknown' } });
  });

  it('a refused command says why as a code, which the page reads in its own language', async () => {
    const w = start();
    await w.ready;
    const reply = await w.send({ type: 'add-source', source: { name: 'x', url: 'javascript:alert(1)', broad: false } });
    expect(reply).toMatchObject({ ok: false, errorInfo: { code: 'input.not-http' } });
    const missing = await w.send({ type: 'open-item', id: 'gibt-es-nicht' });
    expect(missing).toMatchObject({ ok: false, errorInfo: { code: 'item.missing' } });
    const de = catalogTranslate(readCatalog('de'));
    const en = catalogTranslate(readCatalog('en'));
    expect(replyText(de, missing as CommandReply & { ok: false })).toBe('Die Meldung gibt es nicht mehr');
    expect(replyText(en, missing as CommandReply & { ok: false })).toBe('This item no longer exists');
  });
});

describe('sources added, imported, removed and added again', () => {
  it('an imported source is fetched at once; removing it with its items kept and adding the URL again stores nothing twice', async () => {
    const fake = fakeBrowser();
    const titles: string[] = [];
    fake.browser.action.setTitle = async ({ title }) => void titles.push(title);
    const w = start(fake);
    await w.ready;
    const url = server.url('/k21.xml');
    // As the options page sends it: parsed from an OPML file.
    const opml = parseOpml(`<opml version="2.0"><body><outline type="rss" text="K21" xmlUrl="${url}"/></body></opml>`);
    if (!opml.ok) throw new Error(opml.error);
    const imported = await w.send({ type: 'import-sources', sources: opml.sources });
    expect(imported).toEqual({ ok: true, value: 1 });
    await expect.poll(() => db.items.count()).toBe(2);
    await idle();
    expect(titles.at(-1)).toBe('Kommunalradar: 2 neue Meldungen seit dem letzten Öffnen');
    await w.send({ type: 'remove-source', id: opml.sources[0]!.id, deleteItems: false });
    const added = await w.send({ type: 'add-source', source: { name: 'K21', url, broad: false, confirmed: true } });
    expect(added.ok).toBe(true);
    // The add started a refresh of its own; ours waits its turn, then both are over.
    await expect.poll(async () => (await w.send({ type: 'refresh' })).value, { timeout: 10_000 }).not.toBe('busy');
    await idle();
    const items = await db.items.toArray();
    expect(items).toHaveLength(2);
    expect(new Set(items.map((i) => i.link)).size).toBe(2);
  });
});

describe('adding a probed source', () => {
  it('downloads the feed once: the refresh that adding starts reuses the probe\'s response', async () => {
    const w = start();
    await w.ready;
    const url = server.url('/k21.xml');
    const probe = await w.send({ type: 'probe-source', url });
    expect(probe.value).toMatchObject({ ok: true, url });
    expect((await w.send({ type: 'add-source', source: { name: 'K21', url, broad: false, confirmed: true } })).ok).toBe(true);
    await expect.poll(() => db.items.count()).toBe(2);
    await idle();
    expect(server.requests.filter((r) => r.path === '/k21.xml')).toHaveLength(1);
    // The next refresh asks the server again (conditionally), as always.
    await w.send({ type: 'refresh' });
    expect(server.requests.filter((r) => r.path === '/k21.xml')).toHaveLength(2);
  });
});

describe('the gazetteer file at worker start', () => {
  const startCounting = () => {
    let reads = 0;
    const fake = fakeBrowser();
    const w = startWorker({
      browser: fake.browser, db, catalogue: [], fetch: globalThis.fetch.bind(globalThis), now: Date.now, random: () => 0,
      gazetteer: async () => {
        reads++;
        return GAZETTEER_SOURCE;
      },
    });
    return { ...fake, ready: w.ready, reads: () => reads };
  };

  it('is read when stored items need re-tagging, and not at a start where they are up to date', async () => {
    const first = startCounting();
    await first.ready;
    // A fresh database has no tag version yet: the first start re-tags (nothing) and records it.
    expect(first.reads()).toBe(1);
    const again = startCounting();
    await again.ready;
    expect(again.reads()).toBe(0);
    // Tagging still works when asked for: the file is read then.
    const added = await again.send({ type: 'add-source', source: { name: 'K21', url: server.url('/k21.xml'), broad: false, confirmed: true } });
    expect(added.ok).toBe(true);
    await idle();
    expect(again.reads()).toBe(1);
    expect((await db.items.toArray()).some((i) => i.regions.length > 0)).toBe(true);
  });
});
