/**
 * The full page (reader.html), the popup's map and the published site in real Chromium, with
 * realistic amounts of data: 600 stored items from seven sources (one failing), as a few
 * weeks of the catalogue give. Screenshots at real sizes go to tests/e2e/screenshots/.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../lib/cli/aggregate/outputs';
import type { Item, Source } from '../../lib/model';
import { FIXTURE_NOW, storedItems as fixtureItems } from '../../scripts/bench/fixtures';
import { IN_PAGE_HELPERS } from '../../scripts/bench/in-page';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import { launchExtension, storedItems, type Extension } from './harness';
import { hoursAgo, readMeta, seriousA11yViolations, waitUntil } from './ui-helpers';

const SHOTS = 'tests/e2e/screenshots';
const NAMES: Record<string, string> = {
  kommune21: 'Kommune21', egovernment: 'eGovernment', 'behoerden-spiegel': 'Behörden Spiegel', vdz: 'Verwaltung der Zukunft',
  negz: 'NEGZ', staedtetag: 'Deutscher Städtetag', dstgb: 'DStGB',
};
let ext: Extension;
let server: TestServer;
let reader: Page;

/** 600 items of the last 25 days, a third unread, the newest with the words that tagged them. */
function items(now: number): Item[] {
  return fixtureItems(600, 11, 0, now).map((i, n) => ({
    ...i,
    unread: n % 3 === 0 ? 1 : 0,
    ...(i.regions.length ? { evidence: { regions: { [i.regions[0]!]: [i.places[0]?.name ?? ''] }, themes: { [i.themes[0]!]: ['Digitalisierung'] }, places: {} } } : {}),
  }));
}

/** expect.poll with room for a command's round trip through the worker on a busy machine. */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) => expect.poll(fn, { timeout: 8_000, ...opts });
const selectedTitle = () => reader.locator('[role="option"][aria-selected="true"] .title-text').textContent();
const paneTitle = () => reader.locator('#reading-title').textContent();
const rowCount = () => reader.locator('[role="option"][data-item-id]').count();

beforeAll(async () => {
  const routes: Record<string, Parameters<typeof startServer>[0][string]> = {};
  for (const id of Object.keys(NAMES)) {
    routes[`/${id}.xml`] = (_q, res) =>
      id === 'dstgb'
        ? void res.writeHead(500, { 'content-type': 'text/plain' }).end('Interner Fehler')
        : void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
          .end(rss(NAMES[id]!, [
            { title: `${NAMES[id]}: Digitale Verwaltung in Leipzig`, guid: `${id}-1`, link: `https://example.org/${id}/1`, pubDate: hoursAgo(30), description: 'Die Stadt Leipzig digitalisiert ihre Bürgerämter.' },
            // eGovernment also carries Kommune21's article (E08), under its own guid and with a fragment.
            ...(id === 'egovernment' ? [{ title: 'Leipzig digitalisiert die Bürgerämter', guid: 'egovernment-k21', link: 'https://example.org/kommune21/1#leipzig', pubDate: hoursAgo(29), description: 'Wie Kommune21 berichtet.' }] : []),
          ]));
  }
  server = await startServer(routes);
  ext = await launchExtension({ german: true, viewport: { width: 1280, height: 900 } });
  const page = await ext.open('options.html');
  await waitUntil(async () => (await readMeta(page, 'firstRefreshDone')) === true, 15_000, 'the install refresh');
  const sources: Source[] = Object.entries(NAMES).map(([id, name]) => ({ id, name, url: server.url(`/${id}.xml`), broad: false, confirmed: true, custom: true, enabled: true }));
  await ext.command(page, { type: 'save-settings', settings: { customSources: sources } });
  await ext.command(page, { type: 'refresh' });
  await page.evaluate(IN_PAGE_HELPERS);
  const tagVersion = await page.evaluate('__bench.tagVersion()');
  const count = await page.evaluate(([j, v]) => (globalThis as never as { __bench: { insert(j: string, v: string): Promise<number> } }).__bench.insert(j, v), [JSON.stringify(items(Date.now())), String(tagVersion)] as const);
  expect(count).toBeGreaterThanOrEqual(600);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the full page', () => {
  it('shows the views, the map, the list grouped by day and the selected item with its tags', async () => {
    reader = await ext.open('reader.html');
    await poll(rowCount, { timeout: 10_000 }).toBeGreaterThan(8);
    expect(await reader.locator('.day-head').first().textContent()).toBe('Heute');
    // How many of today's items fill the first screen depends on the hour the test runs: scroll
    // down until yesterday's heading comes into view.
    await poll(async () => {
      const heads = await reader.locator('.day-head').allTextContents();
      if (!heads.includes('Gestern')) await reader.locator('.reader-list').evaluate((el) => el.scrollBy(0, 400));
      return heads;
    }, { timeout: 15_000 }).toContain('Gestern');
    await reader.locator('.reader-list').evaluate((el) => el.scrollTo(0, 0));
    expect(await reader.locator('.sidebar .tilemap [data-code]').count()).toBe(16);
    await poll(() => reader.locator('.sidebar [data-code="BY"] .tile-count').textContent()).not.toBe('0');
    expect(await paneTitle()).toBe(await selectedTitle());
    expect(await reader.locator('.reading .evidence').first().textContent()).toMatch(/wegen: .+/);
    await poll(() => reader.locator('.spark').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await poll(() => reader.locator('.sidebar .health-bad').count(), { timeout: 10_000 }).toBe(1);
    await reader.screenshot({ path: `${SHOTS}/reader-light.png` });
  });

  it('E08 an article two sources carried is one item, listed under either source, the reading pane naming the other', async () => {
    const page = await ext.open(`reader.html?quelle=egovernment&q=${encodeURIComponent('"Digitale Verwaltung in Leipzig"')}`);
    const titles = () => page.locator('[role="option"] .title-text').allTextContents();
    await poll(titles, { timeout: 10_000 }).toEqual(expect.arrayContaining(['Kommune21: Digitale Verwaltung in Leipzig', 'eGovernment: Digitale Verwaltung in Leipzig']));
    expect(await titles()).toHaveLength(2);
    expect((await storedItems(page)).filter((i) => i.title === 'Leipzig digitalisiert die Bürgerämter')).toEqual([]);
    await page.locator('[role="option"]', { hasText: 'Kommune21:' }).click();
    await poll(() => page.locator('.reading-also-in').textContent()).toBe('Auch erschienen in: eGovernment');
    expect(await page.locator('.reading-also-in a').getAttribute('href')).toBe('https://example.org/kommune21/1#leipzig');
    await page.close();
  });

  it('has no serious or critical accessibility violations, light and dark', async () => {
    expect(await seriousA11yViolations(reader)).toEqual([]);
    await reader.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yViolations(reader)).toEqual([]);
    await reader.screenshot({ path: `${SHOTS}/reader-dark.png` });
    await reader.emulateMedia({ colorScheme: 'light' });
  });

  it('keyboard: j/k move, o opens and marks read, m toggles, s keeps (listed under Gemerkt), / searches (keys then type), ? shows help', async () => {
    await reader.locator('.middle-head').click({ position: { x: 2, y: 2 } });
    const first = await selectedTitle();
    await reader.keyboard.press('j');
    await reader.keyboard.press('j');
    const third = await selectedTitle();
    expect(third).not.toBe(first);
    expect(await paneTitle()).toBe(third);
    await reader.keyboard.press('k');
    const second = await selectedTitle();
    expect(second).not.toBe(third);
    const row = reader.locator('[role="option"][aria-selected="true"]');
    const id = (await row.getAttribute('data-item-id'))!;
    const unread = async () => (await storedItems(reader)).find((i) => i.id === id)!.unread;
    if ((await unread()) === 0) {
      await reader.keyboard.press('m');
      await poll(unread).toBe(1);
    }
    await reader.keyboard.press('o');
    await poll(unread).toBe(0);
    await reader.keyboard.press('m');
    await poll(unread).toBe(1);
    await poll(() => row.getAttribute('class')).toContain('unread');

    // s keeps the item ("Merken"); "Gemerkt" then lists it, and s again releases it.
    const kept = await selectedTitle();
    await reader.keyboard.press('s');
    await poll(() => reader.locator('.reading-actions [aria-keyshortcuts="S"]').textContent()).toBe('Nicht mehr merken');
    await reader.locator('[data-choice="view-starred"]').click();
    await poll(() => reader.locator('[role="option"] .title-text').allTextContents()).toEqual([kept]);
    await reader.locator('.middle-head').click({ position: { x: 2, y: 2 } });
    await reader.keyboard.press('s');
    await poll(rowCount).toBe(0);
    await reader.locator('[data-choice="view-all"]').click();
    await poll(rowCount).toBeGreaterThan(8);
    await reader.locator('.middle-head').click({ position: { x: 2, y: 2 } });

    await reader.keyboard.press('/');
    expect(await reader.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await reader.keyboard.type('jk');
    // Typing j and k in the field searched, it did not move.
    expect(await reader.locator('input[type="search"]').inputValue()).toBe('jk');
    await reader.locator('input[type="search"]').fill('');
    await reader.keyboard.press('Escape');
    expect(await reader.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await reader.keyboard.press('?');
    await poll(() => reader.locator('[role="dialog"]').count()).toBe(1);
    expect(await reader.locator('[role="dialog"] kbd').allTextContents()).toEqual(expect.arrayContaining(['j', 'k', 'o', 'v', 'm', 's', '/', 'A', '?']));
    await reader.keyboard.press('Escape');
    await poll(() => reader.locator('[role="dialog"]').count()).toBe(0);
  });

  it('filters: views and themes narrow the list, the address carries them, and a reload keeps them', async () => {
    await reader.locator('[data-choice="view-unread"]').click();
    await poll(() => reader.url()).toContain('view=unread');
    await poll(async () => (await reader.locator('[role="option"].read').count()) === 0 && (await rowCount()) > 0).toBe(true);
    await reader.locator('[data-choice="theme-ki"]').click();
    await poll(() => reader.url()).toContain('thema=ki');
    await poll(async () => {
      const chips = await reader.locator('[role="option"]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('.chip-theme')].map((c) => c.textContent)));
      return chips.length > 0 && chips.every((c) => c.includes('Künstliche Intelligenz'));
    }).toBe(true);
    const shown = await reader.locator('[role="option"] .title-text').allTextContents();
    await reader.reload();
    await poll(() => reader.locator('[data-choice="theme-ki"]').getAttribute('aria-pressed')).toBe('true');
    await poll(() => reader.locator('[role="option"] .title-text').allTextContents()).toEqual(shown);
    await reader.locator('[data-choice="view-all"]').click();
    await reader.locator('[data-choice="theme-ki"]').click();
    await poll(() => reader.url()).not.toContain('?');
  });

  it('Shift+A marks read only what the filter shows', async () => {
    await reader.goto(`chrome-extension://${ext.id}/reader.html?land=HB`);
    await poll(rowCount).toBeGreaterThan(0);
    await reader.locator('.middle-head').click({ position: { x: 2, y: 2 } });
    const before = await storedItems(reader);
    const otherUnread = before.filter((i) => !i.regions.includes('HB') && i.unread === 1).length;
    expect(before.some((i) => i.regions.includes('HB') && i.unread === 1)).toBe(true);
    await reader.keyboard.press('Shift+A');
    await poll(async () => (await storedItems(reader)).filter((i) => i.regions.includes('HB') && i.unread === 1).length).toBe(0);
    expect((await storedItems(reader)).filter((i) => !i.regions.includes('HB') && i.unread === 1).length).toBe(otherUnread);
  });

  it('map: a click on a tile filters by that Land; the arrow keys move between tiles and Enter chooses', async () => {
    await reader.goto(`chrome-extension://${ext.id}/reader.html`);
    await poll(rowCount).toBeGreaterThan(0);
    await reader.locator('.sidebar [data-code="BY"]').click();
    await poll(() => reader.url()).toContain('land=BY');
    expect(await reader.locator('.sidebar [data-code="BY"]').getAttribute('aria-pressed')).toBe('true');
    await poll(async () => {
      const lands = await reader.locator('[role="option"]').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('.chip-land')].map((c) => c.textContent)));
      return lands.length > 0 && lands.every((l) => l.includes('Bayern'));
    }).toBe(true);
    // One tab stop: the selected tile. Up from Bayern is Thüringen, right from there Sachsen.
    expect(await reader.locator('.sidebar .tilemap [tabindex="0"]').count()).toBe(1);
    await reader.keyboard.press('ArrowUp');
    expect(await reader.evaluate(() => (document.activeElement as HTMLElement).dataset.code)).toBe('TH');
    await reader.keyboard.press('ArrowRight');
    expect(await reader.evaluate(() => (document.activeElement as HTMLElement).dataset.code)).toBe('SN');
    await reader.keyboard.press('Enter');
    await poll(() => reader.url()).toContain('land=SN');
    // The same tile again clears the filter.
    await reader.keyboard.press('Enter');
    await poll(() => reader.url()).not.toContain('land=');
  });

  it('a Land trend row filters by that Land', async () => {
    const row = reader.locator('.land-trends button[data-trend]').first();
    const code = await row.getAttribute('data-trend');
    await row.click();
    await poll(() => reader.url()).toContain(`land=${code}`);
    await row.click();
  });
});

describe('the popup map', () => {
  it('opens above the list, a tile filters the list, and "Alle Meldungen" leads to the full page with that view', async () => {
    const popup = await ext.open('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await poll(() => popup.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.locator('button[aria-controls="popup-map"]').click();
    await poll(() => popup.locator('#popup-map [data-code]').count()).toBe(16);
    await poll(() => popup.locator('#popup-map [data-code="NW"] .tile-count').textContent(), { timeout: 10_000 }).not.toBe('0');
    await popup.locator('#popup-map [data-code="NW"]').click();
    // Compact rows name their Länder by code ("NW BY"), all of them by name in the title.
    await poll(async () => {
      const lands = await popup.locator('[role="option"]').evaluateAll((rows) => rows.map((r) => (r.querySelector('.lands')?.getAttribute('title') ?? '').split(', ')));
      return lands.length > 0 && lands.every((l) => l.includes('Nordrhein-Westfalen'));
    }).toBe(true);
    expect(await popup.locator('select').first().inputValue()).toBe('NW');
    expect(await popup.locator('a', { hasText: 'Alle Meldungen' }).getAttribute('href')).toBe('reader.html?land=NW');
    await popup.locator('#popup-map [data-code="NW"]').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.code)).toBe('NI');
    expect(await seriousA11yViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/popup-map.png` });
    await popup.close();
  });
});

describe('the published site', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kommunalradar-site-'));
    const sources: Source[] = Object.entries(NAMES).map(([id, name]) => ({ id, name, url: `https://www.${id}.de/feed/`, homepage: `https://www.${id}.de/`, broad: false, confirmed: true }));
    const files = buildOutputs({
      items: fixtureItems(600, 11, 0, FIXTURE_NOW),
      sources,
      states: { dstgb: { sourceId: 'dstgb', lastCheckedAt: 0, lastSuccessAt: 0, nextCheckAt: 0, errorCount: 3, lastError: 'fetch: HTTP 500', status: 'failing', itemCount: 0 } },
      days: 30,
      baseUrl: 'https://feeds.example.org/kommunalradar/',
    });
    for (const [path, content] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('index.html works without script, light and dark, without serious accessibility violations', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(`file://${join(dir, 'index.html')}`);
    expect(await page.locator('#meldungen .headlines > li').count()).toBe(30);
    expect(await page.locator('#laender .tilemap a').count()).toBe(16);
    // The stylesheet applies: tiles are laid out as a grid.
    expect(await page.locator('#laender .tilemap').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/site-index.png` });
    await page.locator('#laender a[data-code="SN"]').click();
    await poll(() => page.url()).toMatch(/land\/sn\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Sachsen');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`file://${join(dir, 'index.html')}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/site-index-dark.png` });
    await page.close();
  });
});
