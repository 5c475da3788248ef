import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../lib/labels';
import { buildOutputs, type OutputInput } from '../../lib/cli/aggregate/outputs';
import type { Item, Source, SourceState } from '../../lib/model';
import { FIXTURE_NOW, storedItems } from '../../scripts/bench/fixtures';

const SOURCES: Source[] = [
  { id: 'kommune21', name: 'Kommune21', url: 'https://www.kommune21.de/k21-meldungen/feed/', homepage: 'https://www.kommune21.de/', broad: false, confirmed: false },
  { id: 'egovernment', name: 'eGovernment', url: 'https://www.egovernment.de/rss/news.xml', homepage: 'https://www.egovernment.de/', broad: false, confirmed: true },
  { id: 'behoerden-spiegel', name: 'Behörden Spiegel', url: 'https://www.behoerden-spiegel.de/feed/', broad: false, confirmed: true },
  { id: 'intranet', name: 'Rathaus <intern> & Presse', url: 'http://192.168.10.4/presse.rss', homepage: 'http://intranet.rathaus.local/', broad: false, confirmed: false },
];

function state(sourceId: string, over: Partial<SourceState> = {}): SourceState {
  return { sourceId, lastCheckedAt: FIXTURE_NOW, lastSuccessAt: FIXTURE_NOW, nextCheckAt: FIXTURE_NOW, errorCount: 0, lastError: '', status: 'ok', itemCount: 0, ...over };
}

function input(items: Item[] = fixtureItems()): OutputInput {
  return {
    items,
    sources: SOURCES,
    states: {
      kommune21: state('kommune21'),
      egovernment: state('egovernment', { status: 'error', errorCount: 1, lastError: 'fetch: HTTP 500 from https://www.egovernment.de/rss/news.xml <Internal>' }),
      intranet: state('intranet', { status: 'failing', errorCount: 4, lastError: 'fetch: network error at http://192.168.10.4/presse.rss' }),
    },
    days: 30,
  };
}

/** 240 realistic items from the three public sources, plus one from the intranet source. */
function fixtureItems(): Item[] {
  const ids = ['kommune21', 'egovernment', 'behoerden-spiegel'];
  const items = storedItems(240).map((i, n) => ({ ...i, sourceId: ids[n % 3]!, id: `${ids[n % 3]}|${i.key}` }));
  items.push({
    ...items[0]!, id: 'intranet|1', sourceId: 'intranet', key: '1', title: 'Intern: <b>Neue</b> Dienstanweisung E-Akte',
    link: 'http://intranet.rathaus.local/presse/1.html', sortAt: FIXTURE_NOW, regions: ['BY'], themes: ['verwaltungsmodernisierung'],
  });
  return items;
}

const pages = (files: Map<string, string>) => [...files].filter(([path]) => path.endsWith('.html'));
const doc = (html: string) => parseHTML(html).document;

describe('the published site', () => {
  const files = buildOutputs(input());

  it('writes index.html, a page per Land (and for federal news) and per theme, and a stylesheet', () => {
    const paths = [...files.keys()];
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'style.css', 'land/by.html', 'land/de.html', 'land/sh.html', 'thema/ki.html', 'thema/breitband.html']));
    expect(paths.filter((p) => p.startsWith('land/') && p.endsWith('.html'))).toHaveLength(17);
    expect(paths.filter((p) => p.startsWith('thema/') && p.endsWith('.html'))).toHaveLength(THEME_IDS.length);
  });

  it('index.html is a news page: the latest headlines, newest first, with Land and theme chips linking their pages', () => {
    const d = doc(files.get('index.html')!);
    const heads = [...d.querySelectorAll('#meldungen .headlines > li')];
    expect(heads).toHaveLength(30);
    const times = heads.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const first = heads[0]!;
    expect(first.querySelector('.meta')!.textContent).toMatch(/^(Kommune21|eGovernment|Behörden Spiegel|Rathaus <intern> & Presse) · \d/);
    const chips = [...d.querySelectorAll('#meldungen a.chip-land')].map((a) => a.getAttribute('href'));
    expect(chips.length).toBeGreaterThan(10);
    for (const href of chips) expect(href).toMatch(/^land\/[a-z]{2}\.html$/);
    for (const a of d.querySelectorAll('#meldungen a.chip-theme')) expect(a.getAttribute('href')).toMatch(/^thema\/[a-z-]+\.html$/);
  });

  it('index.html has the tile map: sixteen links to the Land pages, counts matching the Land feeds', () => {
    const d = doc(files.get('index.html')!);
    const tiles = [...d.querySelectorAll('#laender .tilemap a')];
    expect(tiles).toHaveLength(16);
    const by = d.querySelector('#laender a[data-code="BY"]')!;
    expect(by.getAttribute('href')).toBe('land/by.html');
    const byItems = fixtureItems().filter((i) => i.regions.includes('BY')).length;
    expect(by.querySelector('.tile-count')!.textContent).toBe(String(byItems));
    expect(d.querySelector('#laender .tilemap')!.getAttribute('aria-label')).toBe('Meldungen der letzten 30 Tage nach Land');
  });

  it('a Land page lists its items and links its feed; a theme page likewise', () => {
    const by = doc(files.get('land/by.html')!);
    expect(by.querySelector('h1')!.textContent).toBe('Bayern');
    expect(by.querySelector('link[rel="alternate"]')!.getAttribute('href')).toBe('by.xml');
    expect(by.querySelector('a[href="by.xml"]')).not.toBeNull();
    const items = [...by.querySelectorAll('.headlines > li')];
    expect(items.length).toBeGreaterThan(5);
    for (const li of items) expect([...li.querySelectorAll('.chip-land')].map((a) => a.textContent)).toContain('Bayern');
    expect(by.querySelector('nav a[href="sn.html"]')!.textContent).toBe('Sachsen');
    expect(by.querySelector('a.chip-land')!.getAttribute('href')).toMatch(/^\.\.\/land\//);
    const ki = doc(files.get('thema/ki.html')!);
    expect(ki.querySelector('h1')!.textContent).toBe('Künstliche Intelligenz');
    expect(ki.querySelector('a[href="ki.xml"]')).not.toBeNull();
    for (const li of ki.querySelectorAll('.headlines > li')) {
      expect([...li.querySelectorAll('.chip-theme')].map((a) => a.textContent)).toContain('Künstliche Intelligenz');
    }
  });

  it('names no private host, and shows failures as short texts per kind, never the raw error', () => {
    for (const [path, html] of pages(files)) {
      expect(html, path).not.toMatch(/192\.168|rathaus\.local|HTTP 500|network error|<Internal>/);
      expect(html, path).not.toMatch(/<script|javascript:/i);
    }
    const d = doc(files.get('index.html')!);
    const sources = [...d.querySelectorAll('#quellen li')].map((li) => li.textContent);
    expect(sources).toContain('eGovernment · Feed – letzter Abruf fehlgeschlagen');
    expect(sources).toContain('Rathaus <intern> & Presse – seit mehreren Abrufen nicht erreichbar');
    expect(sources).toContain('Kommune21 · Feed');
    // The intranet item is listed by its title, without its link.
    const intern = [...d.querySelectorAll('.headlines h3')].find((h) => h.textContent!.startsWith('Intern:'))!;
    expect(intern.querySelector('a')).toBeNull();
    expect(intern.textContent).toBe('Intern: <b>Neue</b> Dienstanweisung E-Akte');
    expect(d.querySelector('b, main script, main img')).toBeNull();
  });

  it('every page is valid HTML (html-validate, recommended rules, with the serialisation style of Preact)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Preact writes void elements as <meta … /> and escapes '<' and '&' but not '>' (valid HTML:
        // a '>' cannot open markup; that feed text stays text is checked above).
        'void-style': ['error', { style: 'selfclose' }],
        'no-raw-characters': 'off',
        // A labelled list (the map, the chips) is named for screen readers on purpose.
        'aria-label-misuse': ['error', { allowAnyNamable: true }],
      },
    });
    const problems: string[] = [];
    for (const [path, html] of pages(files)) {
      const report = await validator.validateString(html, path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('the same input gives the same bytes (an unchanged run rewrites nothing); a new item changes the pages it is on', () => {
    const again = buildOutputs(input());
    expect([...again]).toEqual([...files]);
    const items = fixtureItems();
    items.push({ ...items[1]!, id: 'kommune21|neu', key: 'neu', title: 'Görlitz startet das digitale Bauamt', sortAt: FIXTURE_NOW + 1000, regions: ['SN'], themes: ['ozg-onlinedienste'] });
    const next = buildOutputs(input(items));
    const changed = [...next.keys()].filter((p) => next.get(p) !== files.get(p));
    expect(changed).toEqual(expect.arrayContaining(['index.html', 'land/sn.html', 'thema/ozg-onlinedienste.html']));
    expect(changed).not.toContain('style.css');
    expect(changed).not.toContain('land/by.html');
    expect(changed).not.toContain('thema/ki.html');
    expect(changed).not.toContain('feeds.opml');
  });

  it('has a stylesheet for light and dark', () => {
    const css = files.get('style.css')!;
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('.tilemap');
    expect(doc(files.get('index.html')!).querySelector('meta[name="color-scheme"]')!.getAttribute('content')).toBe('light dark');
  });
});
