/**
 * Listing pages in the built extension (Chrome: read in the offscreen document): a locally
 * served news list is added from the options page after its preview, its items appear in the
 * popup with places and dates; a page built by JavaScript is named as such; "Diese Seite
 * beobachten" in the popup adds the page in the active tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/feed-server';
import { storedItems, type Extension } from './harness';
import { launchGermanExtension, readMeta, waitUntil } from './ui-helpers';

const FIXTURES = join(__dirname, '../fixtures/listing');
const html = (file: string) => readFileSync(join(FIXTURES, file));
let ext: Extension;
let server: TestServer;
let options: Page;

beforeAll(async () => {
  const page = (file: string) => (_q: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html(file));
  server = await startServer({
    '/meldungen/': page('kommune21.html'),
    '/app/': page('js-rendered.html'),
    // Latin-1 bytes, charset only in the page's http-equiv.
    '/presse/': page('latin1-pressemitteilungen.html'),
  });
  ext = await launchGermanExtension();
  options = await ext.open('options.html');
  await options.setViewportSize({ width: 900, height: 1200 });
  await waitUntil(() => readMeta(options, 'firstRefreshDone'), 15_000, 'the install refresh');
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('listing pages in the extension', () => {
  it('a page without a feed shows its items before it is added; the rule can be edited with a live preview; added, its items reach the popup with places and dates', async () => {
    await options.getByLabel('Quelle hinzufügen').fill(server.url('/meldungen/'));
    await options.getByRole('button', { name: 'Prüfen und hinzufügen' }).click();
    const preview = options.locator('.listing-preview');
    await expect.poll(() => preview.locator('.listing-count').textContent(), { timeout: 15_000 }).toBe('5 Meldungen gefunden');
    const first = preview.locator('.listing-items li').first();
    expect(await first.locator('.listing-title').textContent()).toBe('Brandenburg: Bürgerservice per Videokabine');
    expect(await first.locator('.listing-date').textContent()).toBe('19.05.2025');
    expect(await first.locator('.listing-teaser').textContent()).toMatch(/^Der Landkreis Uckermark wurde .* ausgezeichnet\.$/);
    expect(await first.locator('.listing-link').textContent()).toBe(server.url('/meldungen/brandenburg-buergerservice-per-videokabine'));

    // Erweitert: a rule that finds nothing says so at once; the detected one finds the items again.
    await preview.locator('summary', { hasText: 'Erweitert' }).click();
    const item = preview.getByLabel('Meldung', { exact: true });
    const detected = await item.inputValue();
    expect(detected).toBe('div.k21-inhalt > div.k21-meldung');
    await item.fill('div.gibt-es-nicht');
    await expect.poll(() => preview.locator('[role="alert"]').textContent()).toBe('Diese Regel findet auf der Seite keine Meldungen.');
    await item.fill(detected);
    await expect.poll(() => preview.locator('.listing-count').textContent()).toBe('5 Meldungen gefunden');
    // Without the kicker field the titles lose their place.
    await preview.getByLabel('Dachzeile').fill('');
    await expect.poll(() => first.locator('.listing-title').textContent()).toBe('Bürgerservice per Videokabine');
    await preview.getByLabel('Dachzeile').fill('.k21-dachzeile');
    await expect.poll(() => first.locator('.listing-title').textContent()).toBe('Brandenburg: Bürgerservice per Videokabine');

    await preview.getByRole('button', { name: 'Diese Seite beobachten' }).click();
    await expect.poll(() => options.locator('.add-source [role="status"]').textContent(), { timeout: 10_000 }).toContain('„Kommune21 · Meldungen“ wurde hinzugefügt');
    await expect.poll(async () => (await storedItems(options)).length, { timeout: 20_000 }).toBe(5);
    const stored = await storedItems(options);
    expect(stored.find((i) => i.title === 'Nürnberg: Konzept Bürger-PC gestartet')?.regions).toEqual(['BY']);
    expect(stored.find((i) => i.title === 'Dresden: Bezahlkarte für Asylsuchende gestartet')?.regions).toEqual(['SN']);

    const popup = await ext.open('popup.html');
    const row = popup.locator('[role="option"]', { hasText: 'Nürnberg: Konzept Bürger-PC gestartet' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.locator('.lands').textContent()).toContain('BY');
    // The day the page gave, midnight in Berlin.
    expect(await row.locator('time').getAttribute('datetime')).toBe('2025-04-24T22:00:00.000Z');
    await row.hover();
    await expect.poll(() => row.textContent()).toContain('Nürnberg');
    await popup.close();
  });

  it('says plainly when a page holds no listing because JavaScript builds it', async () => {
    await options.getByLabel('Quelle hinzufügen').fill(server.url('/app/'));
    await options.getByRole('button', { name: 'Prüfen und hinzufügen' }).click();
    await expect.poll(() => options.locator('.add-source [role="status"]').textContent(), { timeout: 15_000 })
      .toContain('Diese Seite baut ihre Inhalte erst mit JavaScript auf');
    expect(await options.locator('.listing-preview').count()).toBe(0);
  });

  it('"Diese Seite beobachten" in the popup adds the page in the active tab', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(server.url('/presse/'));
    const tabId = await ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, server.url('/presse/'));
    expect(typeof tabId).toBe('number');
    const popup = await ext.open(`popup.html?tab=${tabId}`);
    const watch = popup.locator('.watch-page');
    await expect.poll(() => watch.textContent(), { timeout: 15_000 }).toContain('Nachrichtenliste mit 3 Meldungen');
    await watch.getByRole('button', { name: 'Diese Seite beobachten' }).click();
    await expect.poll(() => watch.textContent(), { timeout: 10_000 }).toContain('„Stadt Übelsbach - Pressemitteilungen“ wird jetzt beobachtet.');
    await expect.poll(async () => (await storedItems(popup)).map((i) => i.title), { timeout: 20_000 })
      .toContain('Gründung des Zweckverbands „Digitale Verwaltung Süd“');
    const row = popup.locator('[role="option"]', { hasText: 'Schöffenwahl: Bewerbung jetzt auch online möglich' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.locator('time').getAttribute('datetime')).toBe('2025-03-07T13:30:00.000Z');

    // Opened again, the popup knows the page is watched.
    await popup.reload();
    await expect.poll(() => popup.locator('.watch-page').textContent(), { timeout: 10_000 }).toBe('Diese Seite wird schon beobachtet.');
    await tab.close();
  });
});
