/**
 * `kommunalradar aggregate` end to end: the CLI (spawned, or runAggregate with captured
 * streams where the process boundary does not matter) against a local feed server with
 * German items, writing into a temporary directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAggregate } from '../../lib/cli/aggregate';
import type { CliIo } from '../../lib/cli/io';
import type { Source } from '../../lib/model';
import { parseFeed } from '../../lib/parse';
import { findFeedparserPython, hasXmllint, runFeedparser, runXmllint } from '../feedgen/helpers';
import { atomFeed, DRESDEN, KOMMUNE21, NUERNBERG, rssFeed, sourcesFile, type FixtureItem } from '../fixtures/cli/feeds';
import { startServer, type TestServer } from '../helpers/feed-server';

const BIN = fileURLToPath(new URL('../../bin/kommunalradar.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DAY = 86_400_000;
const NOW = Date.now();

interface Feeds {
  nuernberg: FixtureItem[];
  dresden: FixtureItem[];
  k21: FixtureItem[];
  /** k21 answers 500. */
  k21Fails: boolean;
  /** dresden sends headers and half a body, then nothing. */
  dresdenHangs: boolean;
}

let server: TestServer;
let dir: string;
let feeds: Feeds;

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

beforeEach(async () => {
  feeds = { nuernberg: [...NUERNBERG], dresden: [...DRESDEN], k21: [...KOMMUNE21], k21Fails: false, dresdenHangs: false };
  dir = await mkdtemp(join(tmpdir(), 'kr-aggregate-'));
  server = await startServer({
    // ETag and 304, as WordPress behind a cache answers.
    '/nuernberg/feed.xml': (req, res) => {
      const body = rssFeed('Stadt Nürnberg – Pressemitteilungen', feeds.nuernberg, NOW);
      const etag = etagOf(body);
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    },
    '/dresden/atom.xml': (_req, res) => {
      const body = atomFeed('Landeshauptstadt Dresden – Pressemitteilungen', feeds.dresden, NOW);
      res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
      if (feeds.dresdenHangs) return void res.write(body.slice(0, 200));
      res.end(body);
    },
    // No validators at all: a full 200 every time.
    '/k21/feed/': (_req, res) => {
      if (feeds.k21Fails) return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Interner Fehler</h1>');
      res.writeHead(200, { 'content-type': 'text/xml' }).end(rssFeed('Kommune21', feeds.k21, NOW));
    },
  });
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Writes the sources fixture for the running server and returns its path. */
async function sources(name: 'sources.opml' | 'sources.json'): Promise<string> {
  const path = join(dir, `quellen${name.slice(name.indexOf('.'))}`);
  await writeFile(path, sourcesFile(name, server.url('').replace(/\/$/, '')));
  return path;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[]): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

const cli = (args: string[]) => spawnCli(args).done;

/** runAggregate in this process, its stderr captured. */
async function aggregate(args: string[], deps: Parameters<typeof runAggregate>[2] = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (onText: (s: string) => void) =>
    new Writable({ write: (chunk: Buffer, _enc, cb) => (onText(chunk.toString('utf8')), cb()) });
  const io: CliIo = { stdin: process.stdin, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) };
  const code = await runAggregate(args, io, deps);
  return { code, stdout, stderr };
}

/** Every file under the output directory: bytes and mtime, by relative path. */
async function snapshot(root: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else files.set(relative(root, p), { bytes: await readFile(p), mtimeMs: (await stat(p)).mtimeMs });
    }
  };
  await walk(root);
  return files;
}

const read = (path: string) => readFile(join(dir, 'out', path), 'utf8');
const titles = (xml: string) => {
  const r = parseFeed(xml, 'https://feeds.example.org/');
  if (!r.ok) throw new Error(r.error);
  return r.feed.items.map((i) => i.title);
};

async function until(cond: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('kommunalradar aggregate', () => {
  it('publishes all feeds, Land and theme feeds, index.html and feeds.opml from an OPML sources file', async () => {
    const run = await cli(['aggregate', '--out', join(dir, 'out'), '--sources', await sources('sources.opml')]);
    // Progress names each source by its title (cut at 32 characters), not by its internal id.
    expect(run.stderr).toMatch(/^ok\s+Landeshauptstadt Dresden\s+1 neu \/ 1\s+\d+\.\d s$/m);
    expect(run.stderr).toMatch(/^ok\s+Stadt Nürnberg – Pressemitteilu…\s+2 neu \/ 2\s+\d+\.\d s$/m);
    expect(run.stderr).toMatch(/^ok\s+Kommune21 \(Test\)\s+2 neu \/ 2\s+\d+\.\d s$/m);
    expect(run.stderr).not.toMatch(/opml-127/);
    expect(run.stderr).toMatch(/^3 Quellen: 3 ok; 5 neu; \d+ Dateien geschrieben$/m);
    expect(run.code).toBe(0);

    const all = titles(await read('feed.xml'));
    expect(all).toHaveLength(5);
    expect(all[0]).toBe('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    expect(all).toContain('Dresden: Bezahlkarte für Asylsuchende gestartet');
    expect(titles(await read('feed.atom'))).toEqual(all);
    expect((JSON.parse(await read('feed.json')) as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(all);

    const by = titles(await read('land/by.xml'));
    expect(by).toContain('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    expect(by).not.toContain('Dresden: Bezahlkarte für Asylsuchende gestartet');
    const sn = titles(await read('land/sn.xml'));
    expect(sn).toEqual(['Dresden: Bezahlkarte für Asylsuchende gestartet']);
    expect(titles(await read('land/he.xml'))).toEqual(['Hessen: Förderprogramm für Glasfaser in Gewerbegebieten']);
    expect(titles(await read('land/de.xml'))).not.toContain('Dresden: Bezahlkarte für Asylsuchende gestartet');
    expect(titles(await read('thema/breitband.xml'))).toEqual(['Hessen: Förderprogramm für Glasfaser in Gewerbegebieten']);
    expect(titles(await read('land/hh.xml'))).toEqual([]);

    const html = await read('index.html');
    expect(html).toContain('<span class="sr-only">Bayern: 2 Meldungen</span>');
    expect(html).toContain('Stadt Nürnberg – Pressemitteilungen');
    expect(await read('land/by.html')).toContain('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    const opml = await read('feeds.opml');
    expect(opml).toContain('xmlUrl="thema/breitband.xml"');
    // The local sources' addresses stay out of what is published.
    for (const path of ['feed.xml', 'feed.atom', 'feed.json', 'index.html', 'land/by.html', 'feeds.opml']) expect(await read(path), path).not.toContain('127.0.0.1');
    // Without --base-url the OPML's addresses are relative, which a downloaded copy cannot resolve: say so.
    expect(run.stderr).toMatch(/Hinweis: ohne --base-url .*feeds\.opml/);

    // Independent readers: xmllint for well-formedness, Python feedparser as a feed reader.
    const python = findFeedparserPython();
    if (!hasXmllint() || !python) console.warn('xmllint or feedparser missing: external checks skipped');
    for (const path of ['feed.xml', 'feed.atom', 'land/by.xml', 'thema/breitband.xml', 'feeds.opml']) {
      const xml = await read(path);
      if (hasXmllint()) expect(runXmllint(xml), path).toMatchObject({ status: 0 });
      if (python && path !== 'feeds.opml') {
        const view = runFeedparser(python, xml);
        expect(view.bozo, `${path}: ${view.bozo_exception}`).toBe(0);
        expect(view.entries.length).toBeGreaterThan(0);
      }
    }
    if (python) {
      expect(runFeedparser(python, await read('land/by.xml')).entries.map((e) => e.title)).toEqual([
        'Nürnberg: Vier Abholstationen für Ausweisdokumente',
        'Nürnberg führt digitale Terminvergabe im Bürgeramt Süd ein',
      ]);
    }
  });

  it('reads the catalogue JSON format and writes absolute self links under --base-url', async () => {
    const { code, stderr } = await aggregate(['--out', join(dir, 'out'), '--sources', await sources('sources.json'), '--base-url', 'https://feeds.example.org/kr']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ok\s+Stadt Nürnberg – Pressemitteilu…\s+2 neu \/ 2 /m);
    expect(stderr).not.toMatch(/Hinweis: ohne --base-url/);
    expect(titles(await read('feed.xml'))).toHaveLength(5);
    expect(await read('land/by.xml')).toContain('<atom:link href="https://feeds.example.org/kr/land/by.xml" rel="self" type="application/rss+xml"');
    expect(await read('feeds.opml')).toContain('xmlUrl="https://feeds.example.org/kr/land/by.xml"');
    expect(await read('index.html')).toContain('<link rel="canonical" href="https://feeds.example.org/kr/"');
    expect(await read('land/by.html')).toContain('<link rel="canonical" href="https://feeds.example.org/kr/land/by.html"');
  });

  it('a second run with nothing new rewrites nothing and asks conditionally', async () => {
    const args = ['--out', join(dir, 'out'), '--sources', await sources('sources.json')];
    expect((await aggregate(args)).code).toBe(0);
    const before = await snapshot(join(dir, 'out'));
    expect([...before.keys()].sort()).toEqual(expect.arrayContaining(['.state/state.json', 'feed.xml', 'feed.atom', 'feed.json', 'index.html', 'style.css', 'land/by.html', 'thema/ki.html', 'feeds.opml', 'land/by.xml', 'land/de.xml', 'thema/ki.xml']));
    await new Promise((r) => setTimeout(r, 50));

    const second = await aggregate(args);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^unverändert\s+Stadt Nürnberg – Pressemitteilu…\s+0 neu /m);
    expect(second.stderr).toMatch(/^ok\s+Kommune21 \(Test\)\s+0 neu \/ 2 /m);
    expect(second.stderr).toMatch(/keine Datei geändert/);
    const after = await snapshot(join(dir, 'out'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, file] of before) {
      expect(after.get(path)!.bytes.equals(file.bytes), path).toBe(true);
      expect(after.get(path)!.mtimeMs, path).toBe(file.mtimeMs);
    }
    const nbg = server.requests.filter((r) => r.path === '/nuernberg/feed.xml');
    expect(nbg).toHaveLength(2);
    expect(nbg[1]!.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(nbg[0]!.headers['user-agent']).toMatch(/^Kommunalradar\//);
  });

  it('a new item on the next run reaches feed.xml and its Land feed, and only the affected files change', async () => {
    const args = ['--quiet', '--out', join(dir, 'out'), '--sources', await sources('sources.json')];
    await aggregate(args);
    const before = await snapshot(join(dir, 'out'));
    feeds.dresden.unshift({
      guid: 'tag:dresden.de,2025:wlan', title: 'Dresden: Freies WLAN in allen Bürgerbüros',
      link: 'https://www.dresden.de/de/rathaus/aktuelles/pressemitteilungen/2025/05/pm_wlan.php',
      summary: 'Alle Bürgerbüros der Landeshauptstadt Dresden bieten ab Juni kostenfreies WLAN an.', daysAgo: 0.5,
    });
    expect((await aggregate(args)).code).toBe(0);
    const after = await snapshot(join(dir, 'out'));
    expect(titles(await read('feed.xml'))[0]).toBe('Dresden: Freies WLAN in allen Bürgerbüros');
    expect(titles(await read('land/sn.xml'))[0]).toBe('Dresden: Freies WLAN in allen Bürgerbüros');
    const changed = [...after].filter(([p, f]) => !before.get(p)!.bytes.equals(f.bytes)).map(([p]) => p);
    expect(changed).toEqual(expect.arrayContaining(['feed.xml', 'feed.atom', 'feed.json', 'land/sn.xml', 'index.html', 'land/sn.html', '.state/state.json']));
    expect(changed).not.toContain('land/by.xml');
    expect(changed).not.toContain('land/by.html');
    expect(changed).not.toContain('feeds.opml');
    expect(after.get('land/by.xml')!.mtimeMs).toBe(before.get('land/by.xml')!.mtimeMs);
  });

  it('G01 a run killed with SIGKILL mid-poll leaves the previous feeds and state byte-identical and parseable', async () => {
    const args = ['aggregate', '--out', join(dir, 'out'), '--sources', await sources('sources.json')];
    expect((await aggregate(args.slice(1))).code).toBe(0);
    const before = await snapshot(join(dir, 'out'));

    // News the killed run would have published, and one source that stalls mid-body.
    feeds.nuernberg.unshift({ guid: 'nbg-neu', title: 'Nürnberg: Neues Serviceportal online', link: 'https://www.nuernberg.de/presse/neu.html', summary: 'Das neue Serviceportal der Stadt Nürnberg ist online.', daysAgo: 0.1 });
    feeds.dresdenHangs = true;
    const run = spawnCli(args);
    await until(() => /^ok\s+Stadt Nürnberg/m.test(run.stderr()) && server.requests.filter((r) => r.path === '/dresden/atom.xml').length === 2, 'the second run to stall on Dresden');
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');

    const after = await snapshot(join(dir, 'out'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, file] of before) expect(after.get(path)!.bytes.equals(file.bytes), path).toBe(true);
    expect(titles(await read('feed.xml'))).toHaveLength(5);
    if (hasXmllint()) expect(runXmllint(await read('feed.xml')).status).toBe(0);

    // The next run picks up where the killed one failed.
    feeds.dresdenHangs = false;
    const next = await aggregate(args.slice(1));
    expect(next.code).toBe(0);
    expect(titles(await read('land/by.xml'))[0]).toBe('Nürnberg: Neues Serviceportal online');
  });

  it('a failing source exits 1, says so, and the feeds are still written', async () => {
    feeds.k21Fails = true;
    const run = await cli(['aggregate', '--out', join(dir, 'out'), '--sources', await sources('sources.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Fehler\s+Kommune21 \(Test\)\s+Der Server antwortet mit einem Fehler \(HTTP 500 Internal Server Error\)/m);
    expect(run.stderr).toMatch(/3 Quellen: 2 ok, 1 fehlgeschlagen; 3 neu/);
    expect(titles(await read('feed.xml'))).toHaveLength(3);
    expect(titles(await read('land/by.xml'))).toContain('Nürnberg: Vier Abholstationen für Ausweisdokumente');
    // The public page says what kind of failure, not the raw error line.
    const html = await read('index.html');
    expect(html).toContain('letzter Abruf fehlgeschlagen');
    expect(html).not.toContain('HTTP 500');
  });

  it('--quiet writes nothing to stderr', async () => {
    const { code, stderr } = await aggregate(['--quiet', '--out', join(dir, 'out'), '--sources', await sources('sources.opml')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('F07 items older than --days leave the feeds and do not come back while their feed still carries them', async () => {
    const args = ['--quiet', '--out', join(dir, 'out'), '--sources', await sources('sources.json'), '--days', '3'];
    // Ages at the three runs: Nürnberg 1.5/2.5/2.6 days, Dresden 2.5/3.5/3.6, the rest older.
    await aggregate(args, { now: () => NOW + 0.5 * DAY });
    expect(titles(await read('feed.xml'))).toEqual([
      'Nürnberg: Vier Abholstationen für Ausweisdokumente',
      'Dresden: Bezahlkarte für Asylsuchende gestartet',
    ]);
    for (const later of [1.5, 1.6]) {
      await aggregate(args, { now: () => NOW + later * DAY });
      expect(titles(await read('feed.xml'))).toEqual(['Nürnberg: Vier Abholstationen für Ausweisdokumente']);
    }
    const state = JSON.parse(await read('.state/state.json')) as { items: { id: string }[]; tombstones: { id: string }[] };
    expect(state.items.map((i) => i.id)).toEqual(['nuernberg|nbg-2025-0519']);
    // Dresden aged out; the items already older than --days at the first run were stored silenced
    // (the extension's rule, store/upsert-plan.ts) and left with the first prune.
    expect(state.tombstones.map((t) => t.id)).toEqual([
      'dresden|tag:dresden.de,2025:bezahlkarte',
      'kommune21|k21-hessen-glasfaser',
      'kommune21|k21-uckermark-video',
      'nuernberg|nbg-2025-0512',
    ]);
  });

  it('the progress line counts the entries older than --days and those over the per-feed cap', async () => {
    const fresh = Array.from({ length: 198 }, (_, k): FixtureItem => ({
      guid: `k21-neu-${k}`, title: `Digitales Bürgeramt Nr. ${k} eröffnet`, link: `https://www.kommune21.de/meldung_5${k}.html`,
      summary: 'Die Gemeinde bietet ihre Dienste nun online an.', daysAgo: 1,
    }));
    const ancient = Array.from({ length: 4 }, (_, k): FixtureItem => ({
      guid: `k21-archiv-${k}`, title: `Archivmeldung ${k}`, link: `https://www.kommune21.de/archiv_${k}.html`,
      summary: 'Aus dem Archiv.', daysAgo: 20 + k,
    }));
    // 204 entries: the newest 200 are read (198 fresh, the two fixture items 4 and 5 days old).
    feeds.k21 = [...ancient, ...KOMMUNE21, ...fresh];
    const { code, stderr } = await aggregate(['--out', join(dir, 'out'), '--sources', await sources('sources.json'), '--days', '3'], { now: () => NOW + 0.1 * DAY });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ok\s+Kommune21 \(Test\)\s+198 neu \/ 200, 2 älter als 3 Tage übersprungen, 4 über der Obergrenze von 200 {3}\d/m);
    // The line says what is kept: neither the old nor the capped entries.
    const state = JSON.parse(await read('.state/state.json')) as { items: { id: string }[] };
    const kept = state.items.map((i) => i.id).filter((id) => id.startsWith('kommune21|'));
    expect(kept).toHaveLength(198);
    expect(kept.every((id) => id.startsWith('kommune21|k21-neu-'))).toBe(true);
    // Nürnberg's older item is counted too; Dresden's one item is 2 days old and published.
    expect(stderr).toMatch(/^ok\s+Stadt Nürnberg – Pressemitteilu…\s+1 neu \/ 2, 1 älter als 3 Tage übersprungen {3}\d/m);
    expect(stderr).toMatch(/^ok\s+Landeshauptstadt Dresden\S*\s+1 neu \/ 1 {3}\d/m);
  });

  it('E08 an article two sources carry is published once, and still when its first source is no longer listed', async () => {
    const [nbg] = NUERNBERG;
    feeds.k21 = [...KOMMUNE21, { ...nbg!, guid: 'k21-nbg-abholstationen', title: 'Nürnberg eröffnet Abholstationen', link: `${nbg!.link}?utm_source=k21#start` }];
    const path = await sources('sources.json');
    const { code, stderr } = await aggregate(['--out', join(dir, 'out'), '--sources', path], { now: () => NOW });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ok\s+Kommune21 \(Test\)\s+2 neu \/ 3, 1 schon aus anderer Quelle {3}\d/m);
    const once = titles(await read('feed.xml')).filter((t) => t.includes('Abholstationen'));
    expect(once).toEqual(['Nürnberg: Vier Abholstationen für Ausweisdokumente']);
    const json = JSON.parse(await read('feed.json')) as { items: { title: string }[] };
    expect(json.items.filter((i) => i.title.includes('Abholstationen'))).toHaveLength(1);

    // Nürnberg leaves the sources file: the article stays, published as Kommune21's copy.
    const list = (JSON.parse(await readFile(path, 'utf8')) as { id: string }[]).filter((s) => s.id !== 'nuernberg');
    await writeFile(path, JSON.stringify(list));
    expect((await aggregate(['--quiet', '--out', join(dir, 'out'), '--sources', path], { now: () => NOW + 3_600_000 })).code).toBe(0);
    const feed = parseFeed(await read('feed.xml'), 'https://feeds.example.org/');
    if (!feed.ok) throw new Error(feed.error);
    expect(feed.feed.items.filter((i) => i.title.includes('Abholstationen')).map((i) => [i.title, i.link])).toEqual([
      ['Nürnberg: Vier Abholstationen für Ausweisdokumente', `${nbg!.link}#start`],
    ]);
  });

  it('without --sources polls the built-in catalogue, public hosts only', async () => {
    const catalogue: Source[] = [
      { id: 'kommune21', name: 'Kommune21', url: 'https://www.kommune21.de/k21-meldungen/feed/', homepage: 'https://www.kommune21.de/', broad: false, confirmed: true },
      // A catalogue entry pointing into the local network is refused; only a sources file may do that.
      { id: 'intranet', name: 'Intranet', url: server.url('/nuernberg/feed.xml'), broad: false, confirmed: true },
    ];
    const asked: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(rssFeed('Kommune21', KOMMUNE21, NOW), { status: 200, headers: { 'content-type': 'application/rss+xml' } });
    };
    const { code, stderr } = await aggregate(['--out', join(dir, 'out')], { catalogue, fetch: fakeFetch });
    expect(code).toBe(1);
    expect(asked).toEqual(['https://www.kommune21.de/k21-meldungen/feed/']);
    expect(stderr).toMatch(/^ok\s+Kommune21\s+2 neu \/ 2 /m);
    expect(stderr).toMatch(/^Fehler\s+Intranet\s+Diese Adresse wird nicht abgerufen: /m);
    expect(titles(await read('feed.xml'))).toEqual(KOMMUNE21.map((i) => i.title));
  });

  it('an unknown flag exits 2 with the usage text', async () => {
    const run = await cli(['aggregate', '--out', join(dir, 'out'), '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^aggregate: unbekannte Option: --verbose$/m);
    expect(run.stderr).toContain('Aufruf: kommunalradar aggregate --out DIR');
  });

  it.each([
    ['a missing --out', ['--quiet'], /--out DIR fehlt/],
    ['--out without a value', ['--out'], /--out braucht einen Wert/],
    ['--days without a number', ['--out', 'x', '--days', 'viele'], /--days erwartet/],
  ])('%s exits 2 with the usage text', async (_name, args, message) => {
    const run = await aggregate(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Aufruf: kommunalradar aggregate --out DIR');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await aggregate(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Aufruf: kommunalradar aggregate --out DIR/);
  });

  it('a missing sources file exits 2 and writes nothing', async () => {
    const run = await aggregate(['--out', join(dir, 'out'), '--sources', join(dir, 'fehlt.opml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^aggregate: Quellendatei: nicht gefunden: /m);
    await expect(stat(join(dir, 'out'))).rejects.toThrow();
  });
});
