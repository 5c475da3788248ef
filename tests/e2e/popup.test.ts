import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rss, startServer, type FeedEntry, type TestServer } from '../helpers/feed-server';
import { storedItems, type Extension } from './harness';
import { germanItems, hoursAgo, launchGermanExtension, readMeta, seriousA11yViolations } from './ui-helpers';

const SHOTS = 'tests/e2e/screenshots';
let ext: Extension;
let server: TestServer;
let entries: FeedEntry[] = [];
let popup: Page;

const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({})) as Promise<string>;
const rowTitles = (page: Page) => page.locator('[role="option"] .title-text').allTextContents();

beforeAll(async () => {
  server = await startServer({
    '/kommunal.xml': (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Kommunal-Nachrichten', entries)),
    '/meldung/nuernberg': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>Nürnberg</title>Meldung'),
    '/pixel.gif': (_q, res) => res.writeHead(200, { 'content-type': 'image/gif' }).end(),
    '/kaputt.xml': (_q, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('Interner Fehler'),
  });
  entries = germanItems(server.url);
  ext = await launchGermanExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the popup', () => {
  it('add source → refresh → the badge shows how many items are new', async () => {
    const page = await ext.open('options.html');
    // The install refresh (no sources in the test build) must be over, or ours would find the lock taken.
    await expect.poll(() => readMeta(page, 'firstRefreshDone'), { timeout: 15_000 }).toBe(true);
    await page.close();
    popup = await ext.open('options.html');
    const reply = await ext.command<{ ok: boolean }>(popup, {
      type: 'add-source', source: { name: 'Kommunal-Nachrichten', url: server.url('/kommunal.xml'), broad: false, confirmed: true },
    });
    expect(reply.ok).toBe(true);
    // These tests read teasers on every row: the comfortable list (the compact one is tests/e2e/triage.test.ts).
    await ext.command(popup, { type: 'save-settings', settings: { listDensity: 'comfortable' } });
    await expect.poll(async () => (await storedItems(popup)).length, { timeout: 20_000 }).toBe(4);
    await expect.poll(badge, { timeout: 10_000 }).toBe('4');
    await popup.close();
  });

  it('lists the items newest first with source, German date, teaser and Land and theme chips', async () => {
    popup = await ext.open('popup.html');
    await popup.setViewportSize({ width: 400, height: 580 });
    await expect.poll(() => rowTitles(popup), { timeout: 10_000 }).toEqual([
      'Nürnberg: Vier Abholstationen für Ausweisdokumente',
      'Dresden: Bezahlkarte für Asylsuchende gestartet',
      'Landkreis Uckermark: Bürgerservice per Videokabine',
      'Hessen: Förderprogramm für Glasfaser in Gewerbegebieten',
    ]);
    const nbg = popup.locator('[role="option"]', { hasText: 'Nürnberg:' });
    await expect.poll(() => nbg.locator('.chip-land').allTextContents()).toEqual(['Bayern']);
    expect(await nbg.locator('.row-meta').textContent()).toMatch(/Kommunal-Nachrichten · vor 1 Std\./);
    expect(await nbg.locator('.row-teaser').textContent()).toContain('Abholstationen für Personalausweise');
    const dd = popup.locator('[role="option"]', { hasText: 'Dresden:' });
    expect(await dd.locator('.chip-land').allTextContents()).toEqual(['Sachsen']);
    // Opening the popup resets the "new" count.
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    await popup.screenshot({ path: `${SHOTS}/popup-light.png` });
  });

  it('D01 D02 D07 feed markup is text, a javascript: link is not clickable, no remote image is loaded', async () => {
    expect(await popup.locator('.list script, .list img, .list iframe').count()).toBe(0);
    const onAttrs = await popup.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')));
    expect(onAttrs).toEqual([]);
    const he = popup.locator('[role="option"]', { hasText: 'Hessen:' });
    expect(await he.getAttribute('aria-disabled')).toBe('true');
    expect(await he.locator('.row-teaser').textContent()).toContain('Breitbandausbau');
    const pages = ext.context.pages().length;
    await he.dispatchEvent('click');
    await popup.waitForTimeout(300);
    expect(ext.context.pages().length).toBe(pages);
    expect(server.requests.some((r) => r.path === '/pixel.gif')).toBe(false);
  });

  it('choosing a Land narrows the list, with counts in the choice; search finds by teaser', async () => {
    const region = popup.locator('.filters select').first();
    expect(await region.locator('option[value="SN"]').textContent()).toBe('Sachsen (1)');
    await region.selectOption('SN');
    await expect.poll(() => rowTitles(popup)).toEqual(['Dresden: Bezahlkarte für Asylsuchende gestartet']);
    await region.selectOption('');
    await popup.locator('input[type="search"]').fill('videokabinen');
    await expect.poll(() => rowTitles(popup)).toEqual(['Landkreis Uckermark: Bürgerservice per Videokabine']);
    await popup.locator('input[type="search"]').fill('gibt es nicht');
    await expect.poll(() => popup.locator('.empty').textContent()).toContain('Nichts gefunden');
    await popup.locator('.empty button').click();
    await expect.poll(async () => (await rowTitles(popup)).length).toBe(4);
  });

  it('has no serious or critical accessibility violations (light)', async () => {
    expect(await seriousA11yViolations(popup)).toEqual([]);
  });

  it('keyboard: j/k and arrows move the selection, "/" focuses the search', async () => {
    await popup.locator('h1').click();
    await popup.mouse.move(5, 5);
    // Wherever the selection starts (none, or a row the pointer rested on), k often enough is the first row.
    const active = () => popup.locator('[role="listbox"]').getAttribute('aria-activedescendant');
    for (let i = 0; i < 5; i++) await popup.keyboard.press('k');
    await expect.poll(active).toBe('item-row-0');
    await popup.keyboard.press('j');
    await expect.poll(active).toBe('item-row-1');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.locator('[role="option"][aria-selected="true"] .title-text').textContent())
      .toBe('Landkreis Uckermark: Bürgerservice per Videokabine');
    await popup.keyboard.press('k');
    await expect.poll(active).toBe('item-row-1');
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
  });

  it('clicking an item opens its link in a tab, marks it read, and the unread badge goes down', async () => {
    await ext.command(popup, { type: 'save-settings', settings: { badgeMode: 'unread' } });
    await expect.poll(badge, { timeout: 10_000 }).toBe('4');
    const tab = ext.context.waitForEvent('page');
    await popup.locator('[role="option"]', { hasText: 'Nürnberg:' }).click();
    expect((await tab).url()).toBe(server.url('/meldung/nuernberg'));
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    await expect.poll(() => popup.locator('[role="option"]', { hasText: 'Nürnberg:' }).getAttribute('class')).toContain('read');
    expect((await storedItems(popup)).find((i) => i.title.startsWith('Nürnberg'))!.unread).toBe(0);
  });

  it('G05 watch rules for a theme: a new matching item notifies and appears in the open popup', async () => {
    await ext.command(popup, { type: 'save-settings', settings: { watch: { regions: [], themes: ['ki'], keywords: [] } } });
    await ext.worker.evaluate(() => {
      const g = globalThis as any;
      g.__notified = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = (...args: any[]) => {
        g.__notified.push(args);
        return create(...args);
      };
    });
    entries = [
      { title: 'Leipzig: Chatbot mit künstlicher Intelligenz beantwortet Fragen im Bürgerbüro', guid: 'l-ki-1',
        link: server.url('/meldung/leipzig'), pubDate: hoursAgo(0.2), description: 'Die Stadt Leipzig setzt im Bürgerbüro einen KI-Assistenten ein.' },
      ...entries,
    ];
    await ext.command(popup, { type: 'refresh' });
    const calls = () => ext.worker.evaluate(() => (globalThis as any).__notified as [string, { title: string }][]);
    await expect.poll(async () => (await calls()).length, { timeout: 15_000 }).toBe(1);
    expect((await calls())[0]![1].title).toBe('Leipzig: Chatbot mit künstlicher Intelligenz beantwortet Fragen im Bürgerbüro');
    expect(Object.keys(await ext.worker.evaluate(() => chrome.notifications.getAll()))).toHaveLength(1);
    await expect.poll(() => rowTitles(popup), { timeout: 10_000 }).toContain('Leipzig: Chatbot mit künstlicher Intelligenz beantwortet Fragen im Bürgerbüro');
    const ki = popup.locator('[role="option"]', { hasText: 'Leipzig:' });
    expect(await ki.locator('.chip-theme').allTextContents()).toContain('Künstliche Intelligenz');
    // With a watch rule the badge counts the unread items that match it.
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
  });

  it('"Alle als gelesen markieren" applies to the current filter only', async () => {
    await popup.locator('.filters select').first().selectOption('BB');
    await expect.poll(() => rowTitles(popup)).toEqual(['Landkreis Uckermark: Bürgerservice per Videokabine']);
    // With a filter the button says so: "Gefilterte als gelesen markieren".
    await popup.getByRole('button', { name: 'Gefilterte als gelesen markieren' }).click();
    const unread = async (start: string) => (await storedItems(popup)).find((i) => i.title.startsWith(start))!.unread;
    await expect.poll(() => unread('Landkreis Uckermark'), { timeout: 10_000 }).toBe(0);
    expect(await unread('Leipzig')).toBe(1);
    expect(await unread('Dresden')).toBe(1);
  });

  it('"Als Feed exportieren" downloads the current filter as RSS', async () => {
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Als Feed exportieren' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kommunalradar-brandenburg.rss.xml');
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    const xml = Buffer.concat(chunks).toString('utf8');
    expect(xml).toContain('<rss');
    expect(xml).toContain('<title>Kommunalradar – Brandenburg</title>');
    expect(xml).toContain('Landkreis Uckermark: Bürgerservice per Videokabine');
    expect(xml).not.toContain('Dresden');
    await popup.locator('.filters select').first().selectOption('');
  });

  it('flags a source in error, with a way to the options page', async () => {
    await ext.command(popup, { type: 'add-source', source: { name: 'Kaputte Quelle', url: server.url('/kaputt.xml'), broad: false, confirmed: false } });
    await expect.poll(() => popup.locator('.status-area .notice-error').textContent(), { timeout: 15_000 }).toContain('Quellen mit Fehlern: 1');
    const options = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'In den Einstellungen ansehen' }).click();
    expect((await options).url()).toBe(`chrome-extension://${ext.id}/options.html`);
  });

  it('dark mode follows the system and stays accessible', async () => {
    const dark = await ext.open('popup.html', { colorScheme: 'dark' });
    await dark.setViewportSize({ width: 400, height: 580 });
    await expect.poll(async () => (await rowTitles(dark)).length, { timeout: 10_000 }).toBe(5);
    const bg = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 24, 39)');
    await dark.screenshot({ path: `${SHOTS}/popup-dark.png` });
    expect(await seriousA11yViolations(dark)).toEqual([]);
    await dark.close();
  });
});
