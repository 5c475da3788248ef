/** First start in the worker: the welcome page on install, the answers applied, nothing asked on update. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSource, type CatalogueEntry } from '../feeds';
import type { Source } from '../lib/model';
import { readSettings } from '../lib/store/views';
import { openDb, type KommunalradarDb } from '../lib/store/db';
import type { WorkerBrowser } from '../lib/worker/browser-api';
import { GAZETTEER_SOURCE } from '../lib/tag/builtin';
import { startWorker } from '../lib/worker';
import { resolveSources } from '../lib/settings';
import { rss, startServer, TEASERS, type TestServer } from './helpers/feed-server';

let server: TestServer;
let db: KommunalradarDb;
let catalogue: Source[];

function fakeBrowser() {
  const listeners: Record<string, ((...a: any[]) => unknown)[]> = {};
  const on = (name: string) => ({ addListener: (cb: (...a: any[]) => unknown) => void (listeners[name] ??= []).push(cb) });
  const tabs: string[] = [];
  const browser: WorkerBrowser = {
    alarms: { get: async () => ({ name: 'x' }), create: async () => undefined, onAlarm: on('alarm') },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    notifications: { create: async (id) => id, clear: async () => true, onClicked: on('click') },
    runtime: { getURL: (p) => `chrome-extension://test${p}`, onMessage: on('message'), onInstalled: on('installed'), onStartup: on('startup') },
    tabs: { create: async ({ url }) => void tabs.push(url) },
  };
  const send = (msg: unknown) => new Promise<any>((resolve) => listeners.message![0]!(msg, {}, resolve));
  const install = (reason: string) => listeners.installed![0]!({ reason });
  return { browser, tabs, send, install };
}

function entry(id: string, land: CatalogueEntry['land'], path: string): CatalogueEntry {
  return { id, name: id, url: server.url(path), homepage: server.url('/'), kind: 'feed', land, category: 'Regional', broad: false, evidence: 'Local test feed.' };
}

beforeEach(async () => {
  const feed = (name: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200).end(rss(name, TEASERS.slice(0, 1).map((t) => ({ ...t, link: `https://example.org/${name}`, guid: name }))));
  server = await startServer({ '/bund.xml': feed('bund'), '/sn.xml': feed('sn'), '/by.xml': feed('by'), '/own.xml': feed('own') });
  catalogue = [entry('bund', 'DE', '/bund.xml'), entry('sn-a', 'SN', '/sn.xml'), entry('by-a', 'BY', '/by.xml')].map(toSource);
  db = openDb({ name: `welcome-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(async () => {
  // A refresh started by a test runs on after it: let it finish before the database closes under it.
  await expect.poll(async () => ((await db.meta.get('refreshStatus'))?.value as { running?: boolean } | undefined)?.running ?? false, { timeout: 20_000 }).toBe(false);
  await server.close();
  db.close();
});

function start() {
  const fake = fakeBrowser();
  const w = startWorker({ browser: fake.browser, db, catalogue, gazetteer: async () => GAZETTEER_SOURCE, fetch: globalThis.fetch.bind(globalThis), now: Date.now, random: () => 0, allowPrivate: true });
  return { ...fake, ready: w.ready };
}
const requested = () => server.requests.map((r) => r.path).sort();

describe('first start in the worker', () => {
  it('on install opens the welcome page and fetches only what is on for everyone', async () => {
    const w = start();
    await w.ready;
    w.install('install');
    await expect.poll(() => w.tabs).toEqual(['chrome-extension://test/welcome.html']);
    await expect.poll(requested).toEqual(['/bund.xml']);
  });

  it('applies the answers: watch rule, notifications, the chosen Land on, and a refresh of what is now due', async () => {
    const w = start();
    await w.ready;
    w.install('install');
    await expect.poll(requested).toEqual(['/bund.xml']);
    const reply = await w.send({ type: 'apply-welcome', answers: { lands: ['SN'], themes: ['ki'], notifications: false } });
    expect(reply).toEqual({ ok: true });
    const settings = await readSettings(db);
    expect(settings.alertRules).toEqual([{ id: 'welcome', regions: ['SN'], themes: ['ki'], keywords: [] }]);
    expect(settings.notifications.muted).toBe(true);
    expect(resolveSources(catalogue, settings).map((s) => [s.id, s.enabled])).toEqual([['bund', true], ['sn-a', true], ['by-a', false]]);
    await expect.poll(requested, { timeout: 5000 }).toEqual(['/bund.xml', '/sn.xml']);
    expect(((await db.meta.get('welcomeAnsweredAt'))?.value as number) > 0).toBe(true);
    // The Saxon item is stored and the refresh has finished (so nothing writes after the test closes the database).
    await expect.poll(() => db.items.where('sourceId').equals('sn-a').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => ((await db.meta.get('refreshStatus'))?.value as { running?: boolean } | undefined)?.running, { timeout: 10_000 }).toBe(false);
  });

  it('on update asks nothing and keeps the formerly default sources on, once', async () => {
    catalogue.push(toSource({ ...entry('tagesschau-bayern', 'BY', '/by.xml'), name: 'tagesschau – Bayern' }));
    const w = start();
    await w.ready;
    w.install('update');
    await expect.poll(async () => (await readSettings(db)).sourceOverrides['tagesschau-bayern']).toEqual({ enabled: true });
    expect((await db.meta.get('welcomeAnsweredAt'))?.value).toBe(0);
    await w.send({ type: 'update-source', id: 'tagesschau-bayern', enabled: false });
    w.install('update');
    await new Promise((r) => setTimeout(r, 200));
    expect((await readSettings(db)).sourceOverrides['tagesschau-bayern']).toEqual({ enabled: false });
    expect(w.tabs).toEqual([]);
    expect(requested()).toEqual([]);
  });

  it('an update after an install whose welcome page went unanswered switches nothing on', async () => {
    catalogue.push(toSource({ ...entry('tagesschau-bayern', 'BY', '/by.xml'), name: 'tagesschau – Bayern' }));
    const w = start();
    await w.ready;
    w.install('install');
    await expect.poll(requested).toEqual(['/bund.xml']);
    w.install('update');
    await new Promise((r) => setTimeout(r, 200));
    expect((await readSettings(db)).sourceOverrides).toEqual({});
    expect(w.tabs).toEqual(['chrome-extension://test/welcome.html']);
  });

  it('two changes of one source sent at once are both kept', async () => {
    const w = start();
    await w.ready;
    await Promise.all([
      w.send({ type: 'update-source', id: 'bund', enabled: false }),
      w.send({ type: 'update-source', id: 'bund', intervalMin: 10 }),
      w.send({ type: 'update-source', id: 'bund', name: 'Bund' }),
      w.send({ type: 'switch-sources', ids: ['sn-a', 'by-a'], enabled: true }),
    ]);
    expect((await readSettings(db)).sourceOverrides).toEqual({
      bund: { enabled: false, intervalMin: 15, name: 'Bund' }, 'sn-a': { enabled: true }, 'by-a': { enabled: true },
    });
  });

  it('renames a source, and a removed source keeps its name for the items it leaves', async () => {
    const w = start();
    await w.ready;
    await w.send({ type: 'update-source', id: 'bund', name: '  Bund   (eigener Name) ' });
    expect(resolveSources(catalogue, await readSettings(db)).find((s) => s.id === 'bund')!.name).toBe('Bund (eigener Name)');
    await w.send({ type: 'update-source', id: 'bund', name: '' });
    expect(resolveSources(catalogue, await readSettings(db)).find((s) => s.id === 'bund')!.name).toBe('bund');
    const added = await w.send({ type: 'add-source', source: { name: 'Meine Quelle', url: server.url('/own.xml'), broad: false, confirmed: true } });
    const id = (added.value as Source).id;
    await w.send({ type: 'update-source', id, name: 'Umbenannt' });
    await w.send({ type: 'remove-source', id, deleteItems: false });
    const { sourceNames } = await import('../lib/settings');
    expect(sourceNames(catalogue, await readSettings(db))[id]).toBe('Umbenannt');
  });
});
