/** What the popup's and the options page's App components delegate, tested without a browser. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Command, CommandReply } from '../../lib/messages';
import { addSourceFlow } from '../../lib/ui/add-source';
import { sourceNamesOf, viewExportFile } from '../../lib/ui/export-feed';
import { catalogTranslate } from '../../lib/ui/i18n';
import { popupKeyAction, type KeyTarget } from '../../lib/ui/popup-keys';
import { readCatalog } from '../components/dom';
import { makeItem } from '../feedgen/helpers';

const t = catalogTranslate(readCatalog('de'));

function fakeBackground(replies: Partial<Record<Command['type'], CommandReply>>) {
  const sent: Command[] = [];
  return {
    sent,
    send: async (cmd: Command): Promise<CommandReply> => {
      sent.push(cmd);
      return replies[cmd.type] ?? { ok: false, error: 'unerwartet' };
    },
  };
}

describe('adding a source', () => {
  const feed: CommandReply = { ok: true, value: { ok: true, kind: 'feed', url: 'https://www.stadt-ulm.de/rss.xml', title: 'Stadt Ulm – Presse', format: 'rss2', items: 12 } };

  it('asks for the host first, then probes, then adds the feed under its title', async () => {
    const bg = fakeBackground({ 'probe-source': feed, 'add-source': { ok: true } });
    const asked: string[] = [];
    const outcome = await addSourceFlow('https://www.stadt-ulm.de/rss.xml', {
      granted: [], t, send: bg.send, requestPermission: async (p) => (asked.push(p), true),
    });
    expect(outcome).toEqual({ kind: 'added', name: 'Stadt Ulm – Presse' });
    expect(asked).toEqual(['https://www.stadt-ulm.de/*']);
    expect(bg.sent.map((c) => c.type)).toEqual(['probe-source', 'add-source']);
    expect(bg.sent[1]).toMatchObject({ source: { url: 'https://www.stadt-ulm.de/rss.xml', name: 'Stadt Ulm – Presse', category: 'Eigene Quellen' } });
  });

  it('a host already granted is not asked again; a refusal stops before the probe', async () => {
    const bg = fakeBackground({ 'probe-source': feed, 'add-source': { ok: true } });
    let asked = 0;
    await addSourceFlow('https://www.stadt-ulm.de/rss.xml', { granted: ['https://www.stadt-ulm.de/*'], t, send: bg.send, requestPermission: async () => (asked++, true) });
    expect(asked).toBe(0);
    const refused = fakeBackground({});
    const outcome = await addSourceFlow('https://www.stadt-ulm.de/rss.xml', { granted: [], t, send: refused.send, requestPermission: async () => false });
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toContain('www.stadt-ulm.de');
    expect(refused.sent).toEqual([]);
  });

  it('refuses anything but http(s) without asking anyone', async () => {
    const bg = fakeBackground({});
    const outcome = await addSourceFlow('javascript:alert(1)', { granted: [], t, send: bg.send, requestPermission: async () => true });
    expect(outcome).toEqual({ kind: 'error', message: t('onlyHttp') });
    expect(bg.sent).toEqual([]);
  });

  it('a web page offers the feeds it links; a failed probe says why in German', async () => {
    const page = fakeBackground({ 'probe-source': { ok: true, value: { ok: false, error: 'parse: not a feed (HTML page)', discovered: ['https://www.stadt-ulm.de/rss.xml'] } } });
    expect(await addSourceFlow('https://www.stadt-ulm.de/', { granted: ['<all_urls>'], t, send: page.send, requestPermission: async () => true }))
      .toEqual({ kind: 'discovered', urls: ['https://www.stadt-ulm.de/rss.xml'] });
    const broken = fakeBackground({ 'probe-source': { ok: true, value: { ok: false, error: 'fetch: HTTP 404 Not Found', errorInfo: { code: 'fetch.http', params: { line: 'HTTP 404 Not Found' } }, discovered: [] } } });
    expect(await addSourceFlow('https://www.stadt-ulm.de/alt.xml', { granted: ['<all_urls>'], t, send: broken.send, requestPermission: async () => true }))
      .toEqual({ kind: 'error', message: 'Der Server antwortet mit einem Fehler (HTTP 404 Not Found)' });
  });
});

describe('adding a listing page', () => {
  it('keeps the examined page and shows the rule with its first items; nothing is added yet', async () => {
    const rule = { item: 'article.news' };
    const preview = [{ title: 'Neues Bürgerportal', link: 'https://www.stadt-ulm.de/news/1', summary: '', publishedAt: null }];
    const bg = fakeBackground({ 'probe-source': { ok: true, value: { ok: true, kind: 'listing', url: 'https://www.stadt-ulm.de/aktuelles', title: 'Aktuelles', rule, items: 8, preview, html: '<html></html>' } } });
    const pages: { html: string; url: string }[] = [];
    const outcome = await addSourceFlow('https://www.stadt-ulm.de/aktuelles', {
      granted: ['<all_urls>'], t, send: bg.send, requestPermission: async () => true, onListingPage: (p) => pages.push(p),
    });
    expect(outcome).toEqual({ kind: 'listing', url: 'https://www.stadt-ulm.de/aktuelles', title: 'Aktuelles', rule, first: { ok: true, count: 8, items: preview } });
    expect(pages).toEqual([{ html: '<html></html>', url: 'https://www.stadt-ulm.de/aktuelles' }]);
    expect(bg.sent.map((c) => c.type)).toEqual(['probe-source']);
  });

  it('a page built by script says so', async () => {
    const bg = fakeBackground({ 'probe-source': { ok: true, value: { ok: false, error: 'listing: script', discovered: [], listing: 'script-rendered' } } });
    expect(await addSourceFlow('https://www.stadt-ulm.de/app', { granted: ['<all_urls>'], t, send: bg.send, requestPermission: async () => true }))
      .toEqual({ kind: 'no-listing', script: true });
  });
});

describe('popup keys', () => {
  const body: KeyTarget = { tagName: 'BODY', isList: false };
  const search: KeyTarget = { tagName: 'INPUT', type: 'search', isList: false };
  const button: KeyTarget = { tagName: 'BUTTON', isList: false };
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('moves through the list with arrows and j/k, within its bounds', () => {
    expect(popupKeyAction(key('j'), body, 5, 1)).toEqual({ kind: 'move', to: 2, focusList: false });
    expect(popupKeyAction(key('ArrowUp'), body, 5, 0)).toEqual({ kind: 'move', to: 0, focusList: false });
    expect(popupKeyAction(key('ArrowDown'), body, 5, 4)).toEqual({ kind: 'move', to: 4, focusList: false });
  });

  it('in the search field letters are text, arrows go to the list', () => {
    expect(popupKeyAction(key('j'), search, 5, 0)).toBeNull();
    expect(popupKeyAction(key('s'), search, 5, 0)).toBeNull();
    expect(popupKeyAction(key('/'), search, 5, 0)).toBeNull();
    expect(popupKeyAction(key('ArrowDown'), search, 5, 0)).toEqual({ kind: 'move', to: 1, focusList: true });
  });

  it('"/" goes to the search, Enter opens, letters act on the item, not with modifiers nor on other controls', () => {
    expect(popupKeyAction(key('/'), body, 5, 0)).toEqual({ kind: 'focus-search' });
    expect(popupKeyAction(key('Enter'), { tagName: 'DIV', isList: true }, 5, 0)).toEqual({ kind: 'open' });
    expect(popupKeyAction(key('s'), body, 5, 0)).toEqual({ kind: 'item-action', action: 'star' });
    expect(popupKeyAction(key('s', { ctrlKey: true }), body, 5, 0)).toBeNull();
    expect(popupKeyAction(key('Enter'), button, 5, 0)).toBeNull();
  });
});

describe('exporting the view', () => {
  it('names the file and the feed after the filter and carries the items', () => {
    const items = [makeItem({ id: 'k|1', title: 'Ulm digitalisiert das Bürgerbüro', regions: ['BW'], themes: ['ki'] })];
    const file = viewExportFile(items, { regions: ['BW'], themes: ['ki'], search: ' Bürgerbüro ' }, {
      appName: 'Kommunalradar', description: 'Nachrichten', regionName: () => 'Baden-Württemberg', themeName: () => 'Künstliche Intelligenz',
      sourceNames: sourceNamesOf([{ id: 'k', name: 'Kommune21', url: 'https://www.kommune21.de/feed' }]),
    });
    expect(file.filename).toBe('kommunalradar-baden-wuerttemberg-kuenstliche-intelligenz-buergerbuero.rss.xml');
    const rss = new XMLParser().parse(file.text) as { rss: { channel: { title: string; item: { title: string } } } };
    expect(rss.rss.channel.title).toBe('Kommunalradar – Baden-Württemberg – Künstliche Intelligenz – Bürgerbüro');
    expect(rss.rss.channel.item.title).toBe('Ulm digitalisiert das Bürgerbüro');
  });
});
