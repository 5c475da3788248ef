/** The pieces of `kommunalradar aggregate` that need no network: arguments, sources files, writes, state. */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { THEME_IDS } from '../../lib/labels';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAggregateArgs } from '../../lib/cli/aggregate/args';
import { createFileStore, emptyState, parseState, serializeState } from '../../lib/cli/aggregate/file-store';
import { buildFeedsOpml } from '../../lib/cli/aggregate/feeds-opml';
import { feedSpecs } from '../../lib/cli/aggregate/feed-list';
import { progressLine } from '../../lib/cli/aggregate/progress';
import { loadSourcesFile, parseSourcesText, slug } from '../../lib/cli/aggregate/sources-file';
import { removeStaleTemps, writeIfChanged } from '../../lib/cli/aggregate/write-atomic';
import type { Source, SourceState } from '../../lib/model';
import { importedSourceId, parseOpml } from '../../lib/opml';
import type { TaggedItem } from '../../lib/refresh';
import { sourcesFile } from '../fixtures/cli/feeds';

const BASE = 'http://127.0.0.1:8080';
const DAY = 86_400_000;

describe('aggregate arguments', () => {
  it.each([
    [['--out', 'pub'], { out: 'pub', days: 30, quiet: false, force: false }],
    [['--out=pub', '--days', '7', '--quiet'], { out: 'pub', days: 7, quiet: true, force: false }],
    [['--sources', 'q.opml', '--out', 'pub'], { out: 'pub', sources: 'q.opml', days: 30, quiet: false, force: false }],
    [['--out', 'pub', '--base-url', 'https://feeds.example.org/kr'], { out: 'pub', days: 30, quiet: false, force: false, baseUrl: 'https://feeds.example.org/kr/' }],
    [['--out', 'pub', '--force'], { out: 'pub', days: 30, quiet: false, force: true }],
  ])('accepts %j', (args, opts) => {
    expect(parseAggregateArgs(args)).toEqual({ ok: true, opts });
  });

  it.each([
    [[], /--out DIR fehlt/],
    [['--out', 'pub', '--verbose'], /unbekannte Option: --verbose/],
    [['--out'], /--out braucht einen Wert/],
    [['--out', '--quiet'], /--out braucht einen Wert/],
    [['--out', 'pub', '--days', 'dreißig'], /--days erwartet/],
    [['--out', 'pub', '--days', '0'], /--days erwartet/],
    [['--out', 'pub', 'extra'], /unerwartetes Argument: extra/],
    [['--out', 'a', '--out', 'b'], /doppelt/],
    [['--out', 'pub', '--base-url', 'feeds.example.org'], /--base-url erwartet/],
    [['--out', 'pub', '--base-url', 'javascript:alert(1)'], /--base-url erwartet/],
  ])('refuses %j', (args, message) => {
    const r = parseAggregateArgs(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('sources files', () => {
  it('reads OPML outlines at any depth, with folder or own category, entities decoded', () => {
    const r = parseSourcesText(sourcesFile('sources.opml', BASE), []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const url = (path: string) => `${BASE}${path}`;
    expect(r.sources).toEqual([
      { id: importedSourceId(url('/nuernberg/feed.xml')), name: 'Stadt Nürnberg – Pressemitteilungen', url: url('/nuernberg/feed.xml'), homepage: 'https://www.nuernberg.de/', category: 'Städte & Gemeinden', broad: false, confirmed: false },
      { id: importedSourceId(url('/dresden/atom.xml')), name: 'Landeshauptstadt Dresden', url: url('/dresden/atom.xml'), homepage: 'https://www.dresden.de/', category: 'Kommunen', broad: false, confirmed: false },
      { id: importedSourceId(url('/k21/feed/?format=rss&lang=de')), name: 'Kommune21 (Test)', url: url('/k21/feed/?format=rss&lang=de'), category: 'Fachmedien', broad: false, confirmed: false },
    ]);
  });

  it('reads the catalogue JSON format and keeps ids, Land and broad', () => {
    const r = parseSourcesText(sourcesFile('sources.json', BASE), []);
    expect(r.ok && r.sources.map((s) => [s.id, s.land, s.broad])).toEqual([
      ['nuernberg', 'BY', false],
      ['dresden', 'SN', false],
      ['kommune21', undefined, false],
    ]);
  });

  it('takes id and settings from the catalogue when an OPML feed URL is a catalogue entry', () => {
    const entry: Source = { id: 'heise-it', name: 'heise online – IT', url: `${BASE}/k21/feed/?format=rss&lang=de`, broad: true, confirmed: true, land: 'NW' };
    const r = parseSourcesText(sourcesFile('sources.opml', BASE), [entry]);
    expect(r.ok && r.sources[2]).toEqual(entry);
  });

  it.each([
    ['not XML at all', 'Quellen: kommune21'],
    ['malformed OPML', '<opml><body><outline xmlUrl="https://a.de/feed"></body></opml>'],
    ['a javascript: feed URL', '<opml version="2.0"><body><outline type="rss" text="x" xmlUrl="javascript:alert(1)"/></body></opml>'],
    ['an OPML without feeds', '<opml version="2.0"><body><outline text="leer"/></body></opml>'],
    ['JSON that is not an array', '{"url":"https://a.de/feed"}'],
    ['JSON with an unknown Land', '[{"url":"https://a.de/feed","land":"XY"}]'],
  ])('refuses %s with a German message that names the sources file', (_name, text) => {
    const r = parseSourcesText(text, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Quellendatei: /);
  });

  it('gives repeated names distinct ids and drops repeated URLs', () => {
    const r = parseSourcesText(
      JSON.stringify([
        { name: 'Stadt Köln', url: 'https://www.stadt-koeln.de/a.xml' },
        { name: 'Stadt Köln', url: 'https://www.stadt-koeln.de/b.xml' },
        { name: 'Stadt Köln', url: 'https://www.stadt-koeln.de/a.xml' },
      ]),
      [],
    );
    expect(r.ok && r.sources.map((s) => s.id)).toEqual(['stadt-koeln', 'stadt-koeln-2']);
  });

  it('names a missing file', async () => {
    expect(await loadSourcesFile('gibt-es-nicht.opml', [])).toEqual({ ok: false, error: 'Quellendatei: nicht gefunden: gibt-es-nicht.opml' });
  });

  it.each([
    ['Stadt Nürnberg – Presse', 'stadt-nuernberg-presse'],
    ['Straße & Verkehr', 'strasse-verkehr'],
    ['Région Île-de-France', 'region-ile-de-france'],
  ])('slug(%s) = %s', (name, id) => expect(slug(name)).toBe(id));
});

describe('atomic writes', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kr-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes new bytes, leaves equal bytes and their mtime alone, and leaves no temp file', async () => {
    const path = join(dir, 'land', 'by.xml');
    expect(await writeIfChanged(path, '<rss>Bürgeramt</rss>')).toBe('written');
    const before = await stat(path);
    await new Promise((r) => setTimeout(r, 30));
    expect(await writeIfChanged(path, '<rss>Bürgeramt</rss>')).toBe('unchanged');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    expect(await writeIfChanged(path, '<rss>Bürgeramt Süd</rss>')).toBe('written');
    expect(await readFile(path, 'utf8')).toBe('<rss>Bürgeramt Süd</rss>');
    expect(await readdir(join(dir, 'land'))).toEqual(['by.xml']);
  });

  it('removes temp files a killed run left behind, and nothing else', async () => {
    await writeFile(join(dir, '.feed.xml.4711-abcd.kr-tmp'), 'halb');
    await writeFile(join(dir, 'feed.xml'), 'ganz');
    expect(await removeStaleTemps([dir, join(dir, 'fehlt')])).toBe(1);
    expect(await readdir(dir)).toEqual(['feed.xml']);
  });
});

function tagged(over: Partial<TaggedItem> & { id: string }): TaggedItem {
  const key = over.id.split('|')[1]!;
  return {
    sourceId: 'kommune21', key, guid: key, title: 'Bürgerportal freigeschaltet', link: `https://www.kommune21.de/${key}.html`,
    summary: 'Die Gemeinde Weißenthurm hat ihr Bürgerportal freigeschaltet.', categories: [], publishedAt: null,
    regions: ['RP'], places: [], themes: ['ozg-onlinedienste'], tagVersion: 'v1', ...over,
  };
}

function sourceState(over: Partial<SourceState> = {}): SourceState {
  return { sourceId: 'kommune21', lastCheckedAt: 5, lastSuccessAt: 5, nextCheckAt: 9, errorCount: 0, lastError: '', status: 'ok', itemCount: 1, etag: '"abc"', ...over };
}

describe('file store', () => {
  const t0 = Date.UTC(2025, 4, 19, 8, 0);

  it('E07 a pruned undated item stays out when the feed still carries it', async () => {
    const store = createFileStore(emptyState(), { retentionDays: 30 });
    const item = tagged({ id: 'kommune21|a' });
    expect((await store.commitSource(sourceState(), [item], t0)).added).toHaveLength(1);
    expect(store.prune(t0 + 31 * DAY)).toBe(1);
    const reloaded = createFileStore(parseState(serializeState(store.snapshot()))!, { retentionDays: 30 });
    expect((await reloaded.commitSource(sourceState(), [item], t0 + 32 * DAY)).added).toEqual([]);
    expect(reloaded.items()).toEqual([]);
  });

  it('E04 the same link under a new guid is not a new item', async () => {
    const store = createFileStore(emptyState(), { retentionDays: 30 });
    await store.commitSource(sourceState(), [tagged({ id: 'kommune21|a', link: 'https://www.kommune21.de/x.html' })], t0);
    expect((await store.commitSource(sourceState(), [tagged({ id: 'kommune21|b', link: 'https://www.kommune21.de/x.html' })], t0 + 1)).added).toEqual([]);
  });

  it('E06 changed content replaces the item but keeps firstSeenAt; F07 old items are not kept', async () => {
    const store = createFileStore(emptyState(), { retentionDays: 30 });
    await store.commitSource(sourceState(), [tagged({ id: 'kommune21|a' })], t0);
    const r = await store.commitSource(sourceState(), [tagged({ id: 'kommune21|a', title: 'Bürgerportal: neue Dienste' }), tagged({ id: 'kommune21|alt', publishedAt: t0 - 400 * DAY })], t0 + DAY);
    expect(r).toEqual({ added: [], old: 1, merged: 0 });
    store.prune(t0 + DAY);
    expect(store.items().map((i) => [i.id, i.title, i.firstSeenAt])).toEqual([['kommune21|a', 'Bürgerportal: neue Dienste', t0]]);
  });

  it('saves the same bytes when a later run found nothing new, validators kept', async () => {
    const store = createFileStore(emptyState(), { retentionDays: 30 });
    await store.commitSource(sourceState(), [tagged({ id: 'kommune21|a' })], t0);
    const first = serializeState(store.snapshot());
    const again = createFileStore(parseState(first)!, { retentionDays: 30 });
    await again.commitSource(sourceState({ lastCheckedAt: t0 + 3600_000, nextCheckAt: t0 + 7200_000 }), [tagged({ id: 'kommune21|a' })], t0 + 3600_000);
    again.prune(t0 + 3600_000);
    expect(serializeState(again.snapshot())).toBe(first);
    expect(parseState(first)!.sources.kommune21!.etag).toBe('"abc"');
  });

  it('refuses a state file of another shape', () => {
    expect(parseState('{"version":2,"sources":{},"items":[],"tombstones":[]}')).toBeUndefined();
    expect(parseState('kaputt')).toBeUndefined();
  });
});

describe('index.html and feeds.opml', () => {
  const specs = feedSpecs();

  it('lists 1 main, 17 region and one feed per theme of the taxonomy, with lower-case Land paths', () => {
    expect(specs.filter((s) => s.kind === 'land').map((s) => s.path)).toContain('land/by.xml');
    expect(specs.filter((s) => s.kind === 'land').map((s) => s.path)).toContain('land/de.xml');
    expect(specs.map((s) => s.kind)).toEqual(['all', ...Array(17).fill('land'), ...Array(THEME_IDS.length).fill('theme')]);
    expect(THEME_IDS.length).toBeGreaterThanOrEqual(16);
  });

  it('feeds.opml imports into the extension as every feed, absolute under the base URL', () => {
    const r = parseOpml(buildFeedsOpml(specs, 'https://feeds.example.org/kr/'));
    expect(r.ok && r.sources.length).toBe(1 + 17 + THEME_IDS.length);
    expect(r.ok && r.sources.find((s) => s.url.endsWith('/land/sn.xml'))).toMatchObject({
      url: 'https://feeds.example.org/kr/land/sn.xml', name: 'Kommunalradar – Sachsen', category: 'Länder', homepage: 'https://feeds.example.org/kr/',
    });
  });
});

describe('progress lines', () => {
  it.each([
    [{ sourceId: 'kommune21', status: 'ok', added: 12, items: 40, ms: 412 }, 'ok          kommune21   12 neu / 40   0.4 s\n'],
    [{ sourceId: 'kommune21', status: 'not-modified', added: 0, items: 0, ms: 80 }, 'unverändert kommune21   0 neu   0.1 s\n'],
    [{ sourceId: 'kommune21', status: 'error', added: 0, items: 0, ms: 1500, error: 'fetch: HTTP 500 Internal Server Error' }, 'Fehler      kommune21   fetch: HTTP 500 Internal Server Error   1.5 s\n'],
  ] as const)('%j', (result, line) => {
    expect(progressLine({ ...result }, 9)).toBe(line);
  });

  it.each([
    [{ old: 3, overCap: 5 }, 30, 'ok          Kommune21   12 neu / 40, 3 älter als 30 Tage übersprungen, 5 über der Obergrenze von 200   0.4 s\n'],
    [{ old: 1 }, 1, 'ok          Kommune21   12 neu / 40, 1 älter als 1 Tag übersprungen   0.4 s\n'],
    [{ overCap: 7 }, 30, 'ok          Kommune21   12 neu / 40, 7 über der Obergrenze von 200   0.4 s\n'],
    [{ merged: 2, old: 3 }, 30, 'ok          Kommune21   12 neu / 40, 2 schon aus anderer Quelle, 3 älter als 30 Tage übersprungen   0.4 s\n'],
    [{ old: 0, overCap: 0 }, 30, 'ok          Kommune21   12 neu / 40   0.4 s\n'],
  ])('names what was left out: %j with --days %i', (counts, days, line) => {
    expect(progressLine({ sourceId: 'kommune21', status: 'ok', added: 12, items: 40, ms: 412, ...counts }, 9, 'Kommune21', days)).toBe(line);
  });
});
