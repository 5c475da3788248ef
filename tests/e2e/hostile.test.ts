/**
 * Hostile feed content in the built extension (D01, D06–D08) and in generated feeds (D09).
 * A local feed carries script tags, event handlers, javascript: links, bidi overrides, a
 * tracking pixel on a second local server and a 2,000-character HTML title; the popup must
 * show text only, load nothing from the feed, and notifications must be short plain text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtom, buildRss } from '../../lib/feedgen';
import type { Item } from '../../lib/model';
import { normalizeItems } from '../../lib/normalize';
import { parseFeed } from '../../lib/parse';
import { startServer, type TestServer } from '../helpers/feed-server';
import { EXTENSION_DIR } from './harness';
import { launch, readStore, removeProfile, sleep, type Browser } from './lifecycle-helpers';

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;
const LONG_WORDS = 'Bürgerportal <b>Digitalisierung</b> &amp; <i>Verwaltung</i> für Köln, München und Görlitz ';

/** The hostile feed; `pixel` is the tracking server, `self` the feed server. */
function hostileFeed(self: (p: string) => string, pixel: (p: string) => string): string {
  const date = (h: number) => new Date(Date.now() - h * 3_600_000).toUTCString();
  const longTitle = `Langtitel ${LONG_WORDS.repeat(40)}`.slice(0, 2_000);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feindliche Meldungen</title><link>${self('/')}</link><description>Test</description>
<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Haushalt 2025 beschlossen</title><link>${self('/artikel/1')}</link><guid>d01-escaped</guid>
  <description>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Der Rat hat den Haushalt beschlossen.</description><pubDate>${date(1)}</pubDate></item>
<item><title><![CDATA[<img src=x onerror=alert(1)>Glasfaser für alle Ortsteile]]></title><link>${self('/artikel/2')}</link><guid>d01-cdata</guid>
  <description><![CDATA[<script>alert(1)</script><img src=x onerror="alert(1)"><svg onload=alert(1)></svg> Ausbau beginnt im Juni.]]></description><pubDate>${date(2)}</pubDate></item>
<item><title>Klick mich: Bürgerbüro</title><link>javascript:alert(1)</link><guid>d02-js</guid>
  <description><![CDATA[<a href="javascript:alert(1)">Termin</a> <a href="JaVaScRiPt:alert(1)">hier</a>]]></description><pubDate>${date(3)}</pubDate></item>
<item><title>&lt;b&gt;Neu&lt;/b&gt; Gebühren \u202Egnudlemrov\u202C in Köln &amp;lt;b&amp;gt;</title><link>${self('/artikel/4')}</link><guid>d06-bidi</guid>
  <description>Die Stadt Köln \u2066ändert\u2069 die Gebühren.</description><pubDate>${date(4)}</pubDate></item>
<item><title>Newsletter mit Zählpixel</title><link>${self('/artikel/5')}</link><guid>d07-pixel</guid>
  <description><![CDATA[<p>Text <img src="${pixel('/pixel.gif?id=1')}" width="1" height="1"><iframe src="${pixel('/frame')}"></iframe>
  <video poster="${pixel('/poster.jpg')}"></video><link rel="stylesheet" href="${pixel('/style.css')}"><div style="background:url(${pixel('/bg.png')})">Hintergrund</div>
  <object data="${pixel('/object')}"></object></p>]]></description><pubDate>${date(5)}</pubDate></item>
<item><title>${longTitle.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title><link>${self('/artikel/6')}</link><guid>d08-long</guid>
  <description>&lt;p&gt;${'Ein sehr langer Text über die Verwaltung. '.repeat(30)}&lt;/p&gt;</description><pubDate>${date(0.5)}</pubDate></item>
</channel></rss>`;
}

let feeds: TestServer;
let tracker: TestServer;
let b: Browser;
let popup: Page;
const dialogs: string[] = [];
const consoleProblems: string[] = [];
let notes: { title: string; message: string }[] = [];

interface StoredItem { id: string; title: string; summary: string; link: string }

/** Everything in the popup that could run code or load a resource. */
async function auditDom(page: Page) {
  return page.evaluate((origin) => {
    const all = [...document.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ tag: el.tagName.toLowerCase(), name: a.name, value: a.value })));
    return {
      foreignScripts: [...document.querySelectorAll('script')].filter((s) => !s.src.startsWith(origin) || s.textContent!.trim() !== '').map((s) => s.outerHTML.slice(0, 200)),
      handlers: attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${a.tag}[${a.name}]`),
      scriptUrls: attrs.filter((a) => /^\s*(javascript|vbscript|data):/i.test(a.value)).map((a) => `${a.tag}[${a.name}=${a.value.slice(0, 60)}]`),
      // Elements that load something from outside the extension.
      loaders: [...document.querySelectorAll('img, iframe, frame, object, embed, video, audio, source, link, svg image, use')]
        .filter((el) => ['src', 'href', 'xlink:href', 'data', 'poster', 'srcset'].some((n) => {
          const v = el.getAttribute(n);
          return v !== null && !v.startsWith('#') && !new URL(v.split(/[\s,]/)[0]!, location.href).href.startsWith(origin);
        }))
        .map((el) => el.outerHTML.slice(0, 200)),
      inlineStyleUrls: attrs.filter((a) => a.name === 'style' && /url\(/i.test(a.value)).map((a) => a.value),
      text: document.body.innerText,
    };
  }, `chrome-extension://${b.id}/`);
}

describe('hostile feed content in the popup', () => {
  beforeAll(async () => {
    tracker = await startServer({});
    feeds = await startServer({
      '/hostile.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(hostileFeed(feeds.url, tracker.url)),
      '/artikel/6': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Artikel</title><p>Artikel</p>'),
    });
    b = await launch();
    // Watching "Langtitel": exactly the 2,000-character item is announced (D08).
    await b.command({ type: 'save-settings', settings: {
      watch: { regions: [], themes: [], keywords: ['Langtitel'] },
      customSources: [{ id: 'hostile', name: 'Feindlich <b>Quelle</b>', url: feeds.url('/hostile.xml'), broad: false, confirmed: true, custom: true, enabled: true }],
    } });
    await b.command({ type: 'refresh', sourceIds: [] }); // the first refresh never notifies
    // Record what the worker hands to chrome.notifications.
    await b.command({ type: 'popup-opened' });
    await b.worker.evaluate(() => {
      const g = globalThis as unknown as { notes: unknown[] };
      g.notes = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = (id: string, opts: unknown) => {
        g.notes.push(opts);
        return create(id, opts);
      };
    });
    const reply = await b.command<{ ok: boolean; value: { added: number } }>({ type: 'refresh' });
    expect(reply).toEqual({ ok: true, value: { added: 6, offline: false } });
    notes = await b.worker.evaluate(() => (globalThis as unknown as { notes: { title: string; message: string }[] }).notes);

    popup = await b.context.newPage();
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    popup.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) consoleProblems.push(m.text());
    });
    popup.on('pageerror', (e) => consoleProblems.push(e.message));
    await popup.goto(`chrome-extension://${b.id}/popup.html`);
    await popup.setViewportSize({ width: 400, height: 580 }); // the virtual list measures on resize
    await popup.waitForSelector('[data-item-id]', { timeout: 15_000, state: 'attached' });
    await sleep(1_000); // let late loads (images, frames) happen, if anything would load
  });

  afterAll(async () => {
    if (b) {
      await b.close();
      await removeProfile(b.profile);
    }
    await feeds?.close();
    await tracker?.close();
  });

  it('D01 script tags and event handlers from the feed are shown as text, never as elements; no alert, no CSP report', async () => {
    const audit = await auditDom(popup);
    expect(audit.foreignScripts).toEqual([]);
    expect(audit.handlers).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(consoleProblems).toEqual([]);
    // Every stored item is in the list, and its title is rendered as plain text.
    const stored = (await readStore<StoredItem>(popup, 'items')).filter((i) => i.id.startsWith('hostile|'));
    expect(stored).toHaveLength(6);
    for (const item of stored) {
      const rowText = await popup.locator(`[data-item-id="${item.id}"]`).first().innerText();
      expect(rowText.replace(/\s+/g, ' ')).toContain(item.title.replace(/\s+/g, ' ').slice(0, 80));
    }
    expect(audit.text).toContain('Haushalt 2025 beschlossen');
    expect(audit.text).toContain('Glasfaser für alle Ortsteile');
  });

  it('D02 a javascript: link leaves no javascript: URL in the DOM, and opening that item opens no tab', async () => {
    const audit = await auditDom(popup);
    expect(audit.scriptUrls).toEqual([]);
    const [js] = (await readStore<StoredItem>(popup, 'items')).filter((i) => i.id === 'hostile|d02-js');
    expect(js!.link).toBe('');
    const pages = b.context.pages().length;
    const reply = await b.command<{ ok: boolean; error?: string }>({ type: 'open-item', id: 'hostile|d02-js' });
    expect(reply).toMatchObject({ ok: false, errorInfo: { code: 'item.no-link' } });
    await sleep(300);
    expect(b.context.pages().length).toBe(pages);
  });

  it('D06 tags in titles are stripped or shown literally, and bidi overrides are removed', async () => {
    const [bidi] = (await readStore<StoredItem>(popup, 'items')).filter((i) => i.id === 'hostile|d06-bidi');
    expect(bidi!.title).not.toMatch(BIDI);
    // Escaped once, <b> is markup and is stripped; escaped twice it is text and shown as written.
    expect(bidi!.title).toBe('Neu Gebühren gnudlemrov in Köln <b>');
    const audit = await auditDom(popup);
    expect(audit.text).not.toMatch(BIDI);
    expect(await popup.locator('[data-item-id="hostile|d06-bidi"]').first().innerText()).toContain('Köln <b>');
    expect(await popup.locator('b, strong, i, em').filter({ hasText: /^Neu$/ }).count()).toBe(0);
  });

  it('D07 a tracking pixel, frame, poster, stylesheet or background in a teaser makes no request', async () => {
    const audit = await auditDom(popup);
    expect(audit.loaders).toEqual([]);
    expect(audit.inlineStyleUrls).toEqual([]);
    expect(tracker.requests).toEqual([]);
  });

  it('D08 a 2,000-character HTML title is stored capped, notified as short plain text, and the click opens only its http(s) link', async () => {
    const [long] = (await readStore<StoredItem>(popup, 'items')).filter((i) => i.id === 'hostile|d08-long');
    expect(long!.title.length).toBeLessThanOrEqual(300);
    expect(long!.title).not.toMatch(/<\/?[a-z]/i);
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(note!.title.startsWith('Langtitel Bürgerportal Digitalisierung & Verwaltung')).toBe(true);
    expect(note!.title.length).toBeLessThanOrEqual(120);
    expect(note!.title.endsWith('…')).toBe(true);
    expect(note!.message.length).toBeLessThanOrEqual(200);
    for (const text of [note!.title, note!.message]) {
      expect(text).not.toMatch(/<\/?[a-z]/i);
      expect(text).not.toMatch(BIDI);
    }
    // A click on the notification (the worker's onClicked handler) opens the item's link.
    const ids = Object.keys((await popup.evaluate(() => chrome.notifications.getAll())) as Record<string, boolean>).filter((id) => id.startsWith('kr-'));
    expect(ids).toHaveLength(1);
    const opened = b.context.waitForEvent('page');
    // A page may not raise the click (H14); the worker's own handler is called as onClicked would.
    expect(await b.command({ type: 'notification-clicked', id: ids[0] })).toMatchObject({ ok: false });
    await b.worker.evaluate((id) => (globalThis as unknown as { krNotificationClicked(id: string): Promise<unknown> }).krNotificationClicked(id), ids[0]!);
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(feeds.url('/artikel/6'));
    await tab.close();
  });

  it('the extension keeps the default MV3 content security policy and ships no eval', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const js = files(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|setTimeout\(\s*["'`]/);
      expect(code, f).not.toMatch(/https?:\/\/[^"'`\s]*\.js\b/); // no remote script URLs
    }
  });
});

describe('hostile items in generated feeds', () => {
  const t = Date.UTC(2025, 4, 19, 8, 0, 0);
  const raw = (id: string, title: string, summary: string, link: string): Item => ({
    id: `hostile|${id}`, sourceId: 'hostile', key: id, guid: id, title, link, summary, categories: [], publishedAt: t,
    regions: ['NW'], places: [], themes: [], firstSeenAt: t, sortAt: t, updatedAt: t, unread: 1, notifiedAt: t, tagVersion: 'test',
  });
  const controls = Array.from({ length: 9 }, (_, k) => String.fromCharCode(k)).join('');
  const hostileItems: Item[] = [
    raw('cdata', 'Ende ]]> mitten im Titel', 'Kommentar --> und <![CDATA[ verschachtelt ]]> ]]]]><![CDATA[>', 'https://www.koeln.de/a?x=1&y=2'),
    raw('ctrl', `Steuerzeichen ${controls} und \uFFFE\uFFFF`, 'Einsames Surrogat \uD800 und \uDFFF hier', 'https://www.koeln.de/b'),
    raw('markup', '<script>alert(1)</script> & <b>fett</b>', '<img src=x onerror=alert(1)> "Zitat" \'x\'', 'javascript:alert(1)'),
    raw('bidi', 'Neu \u202Egnudlemrov\u202C', 'a < b & c > d', 'data:text/html,<script>alert(1)</script>'),
  ];

  const xmllint = spawnSync('xmllint', ['--version']).status === 0;
  const strict = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    if (xmllint) {
      const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    const links = [...xml.matchAll(/<link>([^<]*)<\/link>|<link[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? m[2]!);
    for (const l of links) expect(l.replace(/&amp;/g, '&')).toMatch(/^https?:\/\//);
  };

  it.each([['RSS 2.0', buildRss], ['Atom 1.0', buildAtom]] as const)('D09 %s from items with ]]>, -->, <, &, C0 controls and lone surrogates is strictly well-formed, links only http(s)', (_name, build) => {
    const xml = build(hostileItems, { title: 'Kommunalradar <Test> & "Feed"', selfUrl: 'https://example.org/feed.xml', homeUrl: 'https://example.org/' });
    strict(xml);
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('data:text/html');
  });

  it('D09 the hostile popup feed, parsed and normalised, round-trips to strictly well-formed RSS', () => {
    const text = hostileFeed((p) => `http://127.0.0.1:1${p}`, (p) => `http://127.0.0.1:2${p}`);
    const parsed = parseFeed(text, 'http://127.0.0.1:1/hostile.xml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const items = normalizeItems(parsed.feed.items, { sourceId: 'hostile' }).map((n): Item => ({
      ...n, regions: [], places: [], themes: [], firstSeenAt: t, sortAt: t, updatedAt: t, unread: 1, notifiedAt: t, tagVersion: 'test',
    }));
    expect(items).toHaveLength(6);
    strict(buildRss(items, { title: 'Rundreise' }));
  });
});
