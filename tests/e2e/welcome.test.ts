/**
 * First start in real Chromium: the welcome page opens on install; choosing Sachsen and KI sets
 * the watch rule, switches Sachsen's sources on and starts the first refresh; without any
 * connection the popup says "offline" rather than a time or red errors.
 *
 * The test build has no built-in catalogue: each test writes one in the catalogue's format,
 * pointing at its local server, to storage.local (feeds/e2e.ts).
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogueEntry } from '../../feeds';
import { E2E_CATALOGUE_KEY } from '../../feeds/e2e';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import type { Extension } from './harness';
import { germanItems, hoursAgo, launchGermanExtension, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

let ext: Extension | undefined;
let server: TestServer | undefined;
let closeDropping: (() => Promise<void>) | undefined;
afterEach(async () => {
  await ext?.close();
  await server?.close();
  await closeDropping?.();
  ext = undefined;
  server = undefined;
  closeDropping = undefined;
});

function entry(id: string, land: CatalogueEntry['land'], url: string): CatalogueEntry {
  return { id, name: `Quelle ${id}`, url, homepage: url, kind: 'feed', land, category: land === 'DE' ? 'Bund' : 'Regional', broad: false, evidence: 'Local test feed.' };
}

/** Writes the test catalogue; the worker follows it, pages read it when they load. */
async function setCatalogue(e: Extension, entries: CatalogueEntry[]): Promise<void> {
  await e.worker.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [E2E_CATALOGUE_KEY, entries] as const);
}

/**
 * The welcome tab the install opened. Once the install refresh is over (nothing to fetch: the
 * test build starts without a catalogue), the test catalogue is written and the page reloaded,
 * so that it reads it.
 */
async function welcomeTab(e: Extension, entries: CatalogueEntry[]): Promise<Page> {
  const find = () => e.context.pages().find((p) => p.url().endsWith('/welcome.html'));
  await waitUntil(async () => find(), 15_000, 'the welcome page opened on install');
  const page = find()!;
  await page.waitForLoadState();
  await waitUntil(() => readMeta(page, 'firstRefreshDone'), 15_000, 'the install refresh');
  await setCatalogue(e, entries);
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.reload();
  await page.getByRole('heading', { name: 'Willkommen bei Kommunalradar' }).waitFor();
  return page;
}

interface StoredSettings {
  alertRules: { id: string; regions: string[]; themes: string[]; keywords: string[] }[];
  notifications: { muted: boolean };
  sourceOverrides: Record<string, { enabled?: boolean }>;
}

describe('first start', () => {
  it('choosing Sachsen and KI sets an alert rule, switches Sachsen\'s sources on and starts the first refresh', async () => {
    server = await startServer({
      '/bund.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Bund', [
        { title: 'Bund: KI-Assistent für Behörden startet', guid: 'bund-1', link: 'https://example.org/bund-1', pubDate: hoursAgo(1), description: 'Die Bundesverwaltung setzt Künstliche Intelligenz im Bürgerservice ein.' },
      ])),
      '/sn-regierung.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Sachsen', germanItems(server!.url).slice(1, 2))),
      '/sn-kommunal.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('SAKD', [
        { title: 'Leipzig: Chatbot beantwortet Fragen zum Bürgeramt', guid: 'lpz-1', link: 'https://example.org/lpz-1', pubDate: hoursAgo(3), description: 'Die Stadt Leipzig setzt einen KI-Chatbot im Bürgerservice ein.' },
      ])),
      '/th.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Thüringen', germanItems(server!.url).slice(0, 1))),
    });
    const s = server;
    ext = await launchGermanExtension();
    const catalogue = [
      entry('bund', 'DE', s.url('/bund.xml')),
      entry('sn-regierung', 'SN', s.url('/sn-regierung.xml')),
      entry('sn-kommunal', 'SN', s.url('/sn-kommunal.xml')),
      entry('th-regierung', 'TH', s.url('/th.xml')),
    ];
    const page = await welcomeTab(ext, catalogue);

    // Before any source was fetched the popup says so, instead of a time.
    const popup = await ext.open('popup.html');
    await expect.poll(() => popup.locator('.status-area').first().textContent(), { timeout: 10_000 }).toBe('Quellen werden zum ersten Mal abgerufen …');

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Sachsen', { exact: true }).check();
    await page.getByLabel('Künstliche Intelligenz').check();
    await page.getByLabel('Ja, benachrichtigen').check();
    await page.screenshot({ path: 'tests/e2e/screenshots/welcome.png', fullPage: true });
    await page.getByRole('button', { name: 'Speichern und Quellen abrufen' }).click();
    await expect.poll(() => page.locator('.welcome-form [role="status"]').textContent(), { timeout: 10_000 }).toMatch(/^Gespeichert\. Die Quellen werden jetzt abgerufen/);

    const settings = (await readMeta<StoredSettings>(page, 'settings'))!;
    expect(settings.alertRules).toEqual([{ id: 'welcome', regions: ['SN'], themes: ['ki'], keywords: [] }]);
    expect(settings.notifications.muted).toBe(false);
    expect(settings.sourceOverrides).toEqual({ 'sn-regierung': { enabled: true }, 'sn-kommunal': { enabled: true } });

    // The first refresh: Sachsen's sources and the federal one, never Thüringen's.
    const paths = () => [...new Set(s.requests.map((r) => r.path))].sort();
    await expect.poll(paths, { timeout: 20_000 }).toEqual(['/bund.xml', '/sn-kommunal.xml', '/sn-regierung.xml']);
    await expect.poll(() => popup.locator('.title-text', { hasText: 'Leipzig: Chatbot' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.first-run').count(), { timeout: 10_000 }).toBe(0);

    // Reachable again from the options page, with the answers filled in.
    const options = await ext.open('options.html');
    const [again] = await Promise.all([ext.context.waitForEvent('page'), options.getByRole('button', { name: 'Ersteinrichtung erneut öffnen' }).click()]);
    await again.waitForLoadState();
    expect(again.url()).toMatch(/\/welcome\.html$/);
    await expect.poll(() => again.getByLabel('Sachsen', { exact: true }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await again.getByLabel('Thüringen').isChecked()).toBe(false);
  });

  it('without any connection the popup says "offline", not a time and not a row of red errors', async () => {
    // Every connection is dropped as soon as it opens: each fetch fails as it does without a network.
    const dropping = createServer((socket) => socket.destroy());
    await new Promise<void>((r) => dropping.listen(0, '127.0.0.1', r));
    closeDropping = () => new Promise<void>((r) => dropping.close(() => r()));
    const base = `http://127.0.0.1:${(dropping.address() as AddressInfo).port}/`;
    ext = await launchGermanExtension();
    const page = await welcomeTab(ext, [
      entry('bund', 'DE', `${base}bund.xml`),
      entry('sn-regierung', 'SN', `${base}sn-regierung.xml`),
      entry('sn-kommunal', 'SN', `${base}sn-kommunal.xml`),
    ]);
    await page.getByLabel('Sachsen', { exact: true }).check();
    await page.getByRole('button', { name: 'Speichern und Quellen abrufen' }).click();
    await expect.poll(() => page.locator('.welcome-form [role="status"]').textContent(), { timeout: 10_000 }).toMatch(/^Gespeichert/);
    await waitUntil(async () => {
      const st = await readMeta<{ running: boolean; offline: boolean; total: number }>(page, 'refreshStatus');
      return st && !st.running && st.total === 3;
    }, 20_000, 'the first refresh to end');

    const popup = await ext.open('popup.html');
    await expect.poll(() => popup.locator('.status-area').first().textContent(), { timeout: 10_000 })
      .toBe('Offline: keine Verbindung. Die Quellen werden abgerufen, sobald eine Verbindung besteht.');
    const text = await popup.locator('body').textContent();
    expect(text).not.toContain('Zuletzt aktualisiert');
    expect(text).not.toContain('gerade eben');
    expect(await popup.locator('.notice-error').count()).toBe(0);
  });
});
