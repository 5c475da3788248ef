/**
 * The Firefox build (Manifest V2) in real Firefox ESR, where the background page reads listing
 * pages itself (`scrapeDirect`), not through Chrome's offscreen document. Every listing fixture,
 * served locally, is previewed through the extension and must give the items the command line's
 * `scrape` gives for the same served page, and the items the fixture test expects. Then a
 * listing page and a feed are added on the options page as a person would, and the popup shows
 * their items with places and dates; "Watch this page" in the popup adds the page in a tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScrape } from '../../lib/cli/scrape';
import type { ListingRule } from '../../lib/listing/rule';
import type { PreviewItem, ProbeResult } from '../../lib/messages';
import { rss, startServer, type TestServer } from '../helpers/feed-server';
import { FAMILY_CASES, LISTING_CASES } from '../listing/cases';
import { readMetaInPage } from './ui-helpers';
import { FIREFOX_MISSING, launchFirefoxExtension, pollFor, type FirefoxExtension } from './firefox-harness';
import { germanItems } from './ui-helpers';

const FIXTURES = join(__dirname, '../fixtures/listing');
/** The idealised page of each style, then the pages as the CMS families emit them. */
const CASES = [...LISTING_CASES, ...FAMILY_CASES];
const SCREENSHOT = join(__dirname, 'screenshots/firefox-popup.png');

/** One item as compared across Firefox, the command line and the fixture's expectation. */
interface Seen {
  title: string;
  link: string | null;
  summary: string;
  published: string | null;
}

/** What `kommunalradar scrape URL` prints for a page, run in this process. */
async function cliScrape(url: string): Promise<{ ok: boolean; title?: string; rule?: ListingRule; items?: Seen[]; error?: string }> {
  let out = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, done) { add(String(chunk)); done(); } });
  const code = await runScrape([url], { stdin: process.stdin, stdout: sink((s) => { out += s; }), stderr: sink(() => {}) });
  const line = JSON.parse(out.trim()) as { ok: boolean; title?: string; rule?: ListingRule; items?: (Seen & Record<string, unknown>)[]; error?: string };
  expect(code, `scrape ${url}: ${line.error ?? ''}`).toBe(0);
  return { ...line, items: line.items?.map(({ title, link, summary, published }) => ({ title, link, summary, published })) };
}

/** A preview item of the extension in the command line's terms (link null when none, ISO dates). */
const seen = (i: PreviewItem): Seen => ({
  title: i.title,
  link: i.link === '' ? null : i.link,
  summary: i.summary,
  published: i.publishedAt === null ? null : new Date(i.publishedAt).toISOString(),
});

/** Text of the first element matching `selector` under `root`, or undefined. */
async function text(root: Page | ElementHandle, selector: string): Promise<string | undefined> {
  const el = await root.$(selector);
  return el ? ((await el.evaluate((e) => e.textContent)) ?? '') : undefined;
}

/** All items in the extension's IndexedDB, read as the page's origin sees them. */
function storedItems(page: Page): Promise<{ title: string; regions: string[]; places: { name: string; land: string }[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolveItems, reject) => {
        const req = indexedDB.open('kommunalradar');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('items')) {
            db.close();
            return resolveItems([]);
          }
          const all = db.transaction('items', 'readonly').objectStore('items').getAll();
          all.onsuccess = () => {
            db.close();
            resolveItems(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  ) as never;
}

/** One key of the extension's meta table; never creates the database. */
function readMeta(page: Page, key: string): Promise<unknown> {
  return page.evaluate(readMetaInPage, key);
}

/** Clears a field and types into it, key by key. */
async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  const field = (await page.$(selector))!;
  await field.click({ count: 3 });
  await field.evaluate((e) => ((e as HTMLInputElement).value = ''));
  await field.type(value);
}

/** The button inside `root` whose text is `label`. */
async function button(root: Page | ElementHandle, scope: string, label: string): Promise<ElementHandle> {
  return pollFor(
    async () => {
      for (const b of await root.$$(`${scope} button`)) {
        if ((await b.evaluate((e) => e.textContent?.trim())) === label) return b;
      }
      return undefined;
    },
    15_000,
    `the button "${label}"`,
  );
}

if (FIREFOX_MISSING) {
  console.warn(`The Firefox build's end-to-end test is skipped: ${FIREFOX_MISSING}`);
  describe('the Firefox build in Firefox', () => {
    it.skip(`skipped: ${FIREFOX_MISSING}`, () => {});
  });
} else {
  let ext: FirefoxExtension;
  /** One server per fixture, each page at the path it had on its own site. */
  const servers = new Map<string, TestServer>();
  let k21: TestServer;
  let feed: TestServer;
  let options: Page;

  beforeAll(async () => {
    for (const c of CASES) {
      const body = readFileSync(join(FIXTURES, c.file));
      // Served as many sites serve them: text/html without a charset (the Latin-1 page names its own).
      servers.set(c.file, await startServer({ [new URL(c.url).pathname]: (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body) }));
    }
    k21 = servers.get('kommune21.html')!;
    feed = await startServer({
      '/gemeinde.xml': (_q, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Gemeindenachrichten Süd', germanItems(feed.url))),
    });
    // FIREFOX_CONSOLE=1 shows the extension's console (background page included) in the output.
    ext = await launchFirefoxExtension({ consoleToStdout: process.env.FIREFOX_CONSOLE === '1' });
    options = await ext.open('options.html');
    await options.setViewport({ width: 900, height: 1200 });
    await pollFor(() => readMeta(options, 'firstRefreshDone'), 60_000, 'the install refresh');
  });
  afterAll(async () => {
    await ext?.close();
    for (const s of [...servers.values(), feed]) await s?.close();
  });

  describe('the Firefox build in Firefox', () => {
    it.each(CASES.map((c) => ({ ...c, name: c.file })))(
      '$name: the preview in Firefox gives the items of the command line and of the fixture',
      async ({ file, url: siteUrl, items: expected }) => {
        const server = servers.get(file)!;
        const url = server.url(new URL(siteUrl).pathname);
        const reply = await ext.command<{ ok: boolean; value: ProbeResult }>({ type: 'probe-source', url });
        expect(reply.ok).toBe(true);
        const probe = reply.value;
        if (!probe.ok || probe.kind !== 'listing') throw new Error(`${file}: no listing in Firefox: ${JSON.stringify(probe).slice(0, 300)}`);
        const firefox = probe.preview.map(seen);

        const cli = await cliScrape(url);
        expect(cli.ok).toBe(true);
        expect(probe.items).toBe(cli.items!.length);
        expect(firefox).toEqual(cli.items);
        expect(probe.rule).toEqual(cli.rule);
        expect(probe.title).toBe(cli.title);

        // The fixture's own expectation, its site's address in place of the local server's.
        const origin = server.url('');
        const site = new URL(siteUrl).origin;
        const onSite = (link: string | null) => (link?.startsWith(`${origin}/`) ? site + link.slice(origin.length) : link);
        expect(firefox.map((i) => ({ title: i.title, link: onSite(i.link), published: i.published }))).toEqual(
          expected.map(({ title, link, published }) => ({ title, link, published })),
        );
        firefox.forEach((item, i) => {
          const teaser = expected[i]!.teaser;
          if (teaser === '') expect(item.summary).toBe('');
          else expect(item.summary.startsWith(teaser), `${item.summary} should start with ${teaser}`).toBe(true);
        });
      },
    );

    it('a listing page added on the options page: preview, "Watch this page", its items in the popup with places and dates', async () => {
      await typeInto(options, '#add-url', k21.url('/meldungen/'));
      await (await button(options, 'form.add-source', 'Check and add')).click();
      const count = await pollFor(() => text(options, '.listing-preview .listing-count'), 30_000, 'the listing preview');
      expect(count).toBe('5 items found');
      const first = (await options.$('.listing-preview .listing-items li'))!;
      expect(await text(first, '.listing-title')).toBe('Brandenburg: Bürgerservice per Videokabine');
      expect(await text(first, '.listing-date')).toBe('19 May 2025');
      expect(await text(first, '.listing-teaser')).toMatch(/^Der Landkreis Uckermark wurde .* ausgezeichnet\.$/);
      expect(await text(first, '.listing-link')).toBe(k21.url('/meldungen/brandenburg-buergerservice-per-videokabine'));

      await (await button(options, '.listing-preview', 'Watch this page')).click();
      await pollFor(async () => (await text(options, '.add-source [role="status"]'))?.includes('“Kommune21 · Meldungen” was added'), 20_000, 'the "added" status');
      const stored = await pollFor(async () => {
        const items = await storedItems(options);
        return items.length === 5 ? items : undefined;
      }, 60_000, 'the 5 items of the page in the database');
      const nbg = stored.find((i) => i.title === 'Nürnberg: Konzept Bürger-PC gestartet')!;
      expect(nbg.regions).toEqual(['BY']);
      expect(nbg.places.map((p) => p.name)).toContain('Nürnberg');
      expect(stored.find((i) => i.title === 'Dresden: Bezahlkarte für Asylsuchende gestartet')?.regions).toEqual(['SN']);

      const popup = await ext.open('popup.html');
      await popup.setViewport({ width: 400, height: 600 });
      const row = await pollFor(async () => {
        for (const r of await popup.$$('[role="option"]')) {
          if ((await text(r, '.title-text')) === 'Nürnberg: Konzept Bürger-PC gestartet') return r;
        }
        return undefined;
      }, 30_000, 'the Nürnberg row in the popup');
      expect(await text(row, '.lands')).toContain('BY');
      // The day the page gave, midnight in Berlin.
      expect(await row.$eval('time', (t) => t.getAttribute('datetime'))).toBe('2025-04-24T22:00:00.000Z');
      // The selected row opens to its chips; the Land's chip names the place it came from.
      await row.hover();
      const chip = await pollFor(() => row.$('.chip-land'), 10_000, 'the Land chip of the opened row');
      expect(await chip.evaluate((e) => e.textContent)).toBe('Bayern');
      expect(await chip.evaluate((e) => e.getAttribute('title'))).toContain('Places: Nürnberg');
      await popup.close();
    });

    it('a feed added on the options page: its items reach the popup; the popup as a picture', async () => {
      await typeInto(options, '#add-url', feed.url('/gemeinde.xml'));
      await (await button(options, 'form.add-source', 'Check and add')).click();
      await pollFor(async () => (await text(options, '.add-source [role="status"]'))?.includes('“Gemeindenachrichten Süd” was added'), 30_000, 'the "added" status');
      await pollFor(async () => (await storedItems(options)).length === 9, 60_000, 'the 4 items of the feed in the database');
      // The refresh ran to its end: the status says finished and the toolbar button (browserAction
      // in Manifest V2) counts the 4 items that came after the popup was last opened.
      await pollFor(async () => ((await readMeta(options, 'refreshStatus')) as { running?: boolean } | undefined)?.running === false, 30_000, 'the refresh to finish');
      const badge = () => options.evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({}));
      await pollFor(async () => (await badge()) === '4', 30_000, 'the badge to count 4');

      const popup = await ext.open('popup.html');
      await popup.setViewport({ width: 400, height: 600 });
      const titles = () => popup.$$eval('[role="option"] .title-text', (els) => els.map((e) => e.textContent));
      await pollFor(async () => (await titles()).length >= 9, 30_000, 'nine rows in the popup');
      const shown = await titles();
      for (const t of ['Nürnberg: Vier Abholstationen für Ausweisdokumente', 'Dresden: Bezahlkarte für Asylsuchende gestartet', 'Nürnberg: Konzept Bürger-PC gestartet']) {
        expect(shown).toContain(t);
      }
      // Newest first: the feed's items are hours old, the page's from 2025.
      expect(shown[0]).toBe('Nürnberg: Vier Abholstationen für Ausweisdokumente');
      const dresden = (await popup.$$('[role="option"]'))[shown.indexOf('Dresden: Bezahlkarte für Asylsuchende gestartet')]!;
      expect(await text(dresden, '.lands')).toContain('SN');
      await popup.screenshot({ path: SCREENSHOT });
      await popup.close();
    });
    it('"Watch this page" in the popup adds the page in the tab it is about', async () => {
      const presse = servers.get('latin1-pressemitteilungen.html')!.url('/presse/');
      const tab = await ext.browser.newPage();
      await tab.goto(presse);
      // Every tab, found by its address (a url filter is a match pattern, and Firefox's take no port).
      type Tabs = { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      const tabId = await pollFor(() => ext.control.evaluate(async (url) => (await (globalThis as unknown as Tabs).browser.tabs.query({})).find((t) => t.url === url)?.id, presse), 15_000, 'the page\'s tab');
      const popup = await ext.open(`popup.html?tab=${tabId}`);
      const watch = () => text(popup, '.watch-page');
      await pollFor(async () => (await watch())?.includes('News listing with 3 items'), 30_000, 'the offer to watch the page');
      await (await button(popup, '.watch-page', 'Watch this page')).click();
      await pollFor(async () => (await watch())?.includes('“Stadt Übelsbach - Pressemitteilungen” is now being watched.'), 20_000, 'the "watched" status');
      const stored = await pollFor(async () => {
        const items = await storedItems(popup);
        return items.some((i) => i.title === 'Gründung des Zweckverbands „Digitale Verwaltung Süd“') ? items : undefined;
      }, 60_000, 'the page\'s items in the database');
      expect(stored).toHaveLength(12);
      await popup.close();
      // Opened again, the popup knows the page is watched.
      const again = await ext.open(`popup.html?tab=${tabId}`);
      await pollFor(async () => (await text(again, '.watch-page')) === 'This page is already being watched.', 15_000, 'the "already watched" note');
      const row = await pollFor(async () => {
        for (const r of await again.$$('[role="option"]')) {
          if ((await text(r, '.title-text')) === 'Schöffenwahl: Bewerbung jetzt auch online möglich') return r;
        }
        return undefined;
      }, 15_000, 'the Schöffenwahl row');
      // A date and time the Latin-1 page gave in German, Berlin time.
      expect(await row.$eval('time', (t) => t.getAttribute('datetime'))).toBe('2025-03-07T13:30:00.000Z');
      await again.close();
      await tab.close();
    });
  });
}
