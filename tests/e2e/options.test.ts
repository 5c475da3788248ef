import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import { storedItems, type Extension } from './harness';
import { germanItems, launchGermanExtension, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

let ext: Extension;
let server: TestServer;
let page: Page;

const card = (name: string) => page.locator('li.source', { has: page.locator('h3', { hasText: name }) });
async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
interface StoredSettings {
  alertRules: { id: string; themes: string[]; regions: string[]; keywords: string[] }[];
  badgeMode: string;
  retentionDays: number;
  notifications: { muted: boolean; maxPerHour: number };
  sourceOverrides: Record<string, { enabled?: boolean; intervalMin?: number }>;
  customSources: { id: string; name: string; url: string; category?: string }[];
}
const settings = () => readMeta<StoredSettings>(page, 'settings');

beforeAll(async () => {
  server = await startServer({
    '/gemeinde.xml': (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Gemeindenachrichten Süd', germanItems(server.url))),
    '/portal.html': (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html><head><title>Portal</title><link rel="alternate" type="application/rss+xml" title="Aktuelles" href="/gemeinde.xml"></head><body>Willkommen</body></html>'),
    '/kaputt.xml': (_q, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('Interner Fehler'),
  });
  ext = await launchGermanExtension();
  page = await ext.open('options.html');
  await page.setViewportSize({ width: 900, height: 1000 });
  await waitUntil(() => readMeta(page, 'firstRefreshDone'), 15_000, 'the install refresh');
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the options page', () => {
  it('C11 adding a web page offers the feed it links; adding that feed fetches it and shows its status', async () => {
    await page.getByLabel('Quelle hinzufügen').fill(server.url('/portal.html'));
    await page.getByRole('button', { name: 'Prüfen und hinzufügen' }).click();
    await expect.poll(() => page.locator('.discovered').textContent(), { timeout: 10_000 }).toContain(server.url('/gemeinde.xml'));
    await page.getByRole('button', { name: 'Diesen Feed hinzufügen' }).click();
    await expect.poll(() => page.locator('.add-source [role="status"]').textContent(), { timeout: 10_000 })
      .toContain('„Gemeindenachrichten Süd“ wurde hinzugefügt');
    const c = card('Gemeindenachrichten Süd');
    await expect.poll(() => c.locator('.status-badge').textContent(), { timeout: 20_000 }).toBe('in Ordnung');
    await expect.poll(() => c.locator('dl').textContent(), { timeout: 10_000 }).toMatch(/Meldungen4/);
    expect(await c.locator('dl').textContent()).toMatch(/Zuletzt abgerufen\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    expect(await c.locator('.source-url').first().textContent()).toBe(server.url('/gemeinde.xml'));
    expect((await storedItems(page)).length).toBe(4);
  });

  it('A05 a failing source shows its status and error text', async () => {
    await ext.command(page, { type: 'add-source', source: { name: 'Kaputte Quelle', url: server.url('/kaputt.xml'), broad: false, confirmed: false } });
    const c = card('Kaputte Quelle');
    await expect.poll(() => c.locator('.status-badge').textContent(), { timeout: 20_000 }).toBe('Fehler');
    expect(await c.locator('.source-error').textContent()).toMatch(/500/);
  });

  it('disables a source and keeps its interval at 15 minutes or more', async () => {
    const c = card('Kaputte Quelle');
    await c.getByLabel('Aktiv').uncheck();
    await c.getByLabel('Abrufintervall').fill('10');
    await c.getByLabel('Abrufintervall').press('Tab');
    const id = (await settings())!.customSources.find((s) => s.name === 'Kaputte Quelle')!.id;
    await expect.poll(async () => (await settings())!.sourceOverrides[id], { timeout: 10_000 }).toEqual({ enabled: false, intervalMin: 15 });
    await expect.poll(() => c.getByLabel('Aktiv').isChecked()).toBe(false);
  });

  it('saves an alert rule, badge mode, notifications and retention as they change, and says what the rule announces', async () => {
    await page.getByRole('button', { name: 'Benachrichtigungsregel hinzufügen' }).click();
    const rule = page.locator('fieldset.alert-rule').last();
    await rule.locator('summary', { hasText: 'Länder' }).click();
    await rule.getByRole('checkbox', { name: 'Sachsen', exact: true }).check();
    await rule.locator('summary', { hasText: 'Themen' }).click();
    await rule.getByRole('checkbox', { name: 'Künstliche Intelligenz' }).check();
    await rule.getByLabel('Stichwörter').fill('Bezahlkarte, Glasfaser');
    await page.getByRole('radio', { name: 'Ungelesene Meldungen' }).check();
    await page.getByLabel('Höchstens Benachrichtigungen pro Stunde').fill('2');
    await page.getByLabel('Höchstens Benachrichtigungen pro Stunde').press('Tab');
    await page.getByLabel('Meldungen aufbewahren').fill('14');
    await page.getByLabel('Meldungen aufbewahren').press('Tab');
    expect(await rule.locator('.rule-sentence').textContent()).toBe(
      'Benachrichtigt bei jeder neuen Meldung aus Sachsen zum Thema Künstliche Intelligenz mit einem der Stichwörter „Bezahlkarte“ oder „Glasfaser“.',
    );
    await expect.poll(async () => (await settings())?.retentionDays, { timeout: 10_000 }).toBe(14);
    await expect.poll(() => page.locator('form.settings [role="status"]').textContent(), { timeout: 10_000 }).toBe('Gespeichert.');
    const s = (await settings())!;
    expect(s.alertRules.map(({ id: _id, ...r }) => r)).toEqual([{ regions: ['SN'], themes: ['ki'], keywords: ['Bezahlkarte', 'Glasfaser'] }]);
    expect(s.badgeMode).toBe('unread');
    expect(s.notifications.maxPerHour).toBe(2);
  });

  it('shows the gazetteer attribution and has no serious or critical accessibility violations', async () => {
    expect(await page.locator('.attribution').textContent()).toBe(
      'Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; Daten verändert.',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/screenshots/options.png', fullPage: true });
  });

  it('exports the sources as OPML with categories, and importing the file brings a removed source back', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Quellen als OPML exportieren' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kommunalradar-quellen.opml');
    const opml = await text(file);
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toContain('<outline text="Eigene Quellen"');
    expect(opml).toContain(`xmlUrl="${server.url('/gemeinde.xml')}"`);
    expect(opml).toContain(`xmlUrl="${server.url('/kaputt.xml')}"`);

    const c = card('Gemeindenachrichten Süd');
    await c.getByRole('button', { name: 'Entfernen' }).click();
    await c.getByRole('button', { name: 'Entfernen und Meldungen löschen' }).click();
    await expect.poll(() => card('Gemeindenachrichten Süd').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await storedItems(page)).length, { timeout: 10_000 }).toBe(0);

    await page.getByLabel('OPML-Datei importieren').setInputFiles({ name: 'quellen.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await expect.poll(() => page.locator('.transfer [role="status"]').first().textContent(), { timeout: 10_000 })
      .toBe('1 von 2 Quellen übernommen (bekannte übersprungen).');
    await expect.poll(() => card('Gemeindenachrichten Süd').count(), { timeout: 10_000 }).toBe(1);
    const back = (await settings())!.customSources.find((s) => s.url === server.url('/gemeinde.xml'))!;
    expect(back.category).toBe('Eigene Quellen');
  });

  it('exports the stored items as a feed in the chosen format', async () => {
    await ext.command(page, { type: 'refresh' });
    await expect.poll(async () => (await storedItems(page)).length, { timeout: 20_000 }).toBe(4);
    await page.getByLabel('Format').selectOption('atom');
    const download = page.waitForEvent('download');
    await page.locator('.transfer').getByRole('button', { name: 'Als Feed exportieren' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kommunalradar.atom.xml');
    const atom = await text(file);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom).toContain('Dresden: Bezahlkarte für Asylsuchende gestartet');
  });
});
