/**
 * aggregate across runs: H06 Retry-After and error backoff hold between runs unless --force;
 * H13 no writes through symlinked folders and a private state file.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAggregate } from '../../lib/cli/aggregate';
import type { CliIo } from '../../lib/cli/main';
import { rss, startServer, type TestServer } from '../helpers/feed-server';

let dir: string;
let server: TestServer;
let mode: 'ok' | '429' | '500' = 'ok';
const T0 = Date.UTC(2026, 2, 4, 8, 0, 0);
const MIN = 60_000;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-agg-'));
  mode = 'ok';
  server = await startServer({
    '/feed.xml': (_q, res) => {
      if (mode === '429') return void res.writeHead(429, { 'retry-after': '7200' }).end();
      if (mode === '500') return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Kiel', [{ title: 'Neues Portal in Kiel', guid: 'k1', pubDate: new Date(T0).toUTCString() }]));
    },
  });
  await writeFile(join(dir, 'quellen.json'), JSON.stringify([{ id: 'kiel', name: 'Kiel', url: server.url('/feed.xml') }]));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(at: number, ...extra: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = new Writable({ write: (c: Buffer, _e, cb) => ((stderr += c.toString('utf8')), cb()) });
  const io: CliIo = { stdin: process.stdin, stdout: sink, stderr: sink };
  const code = await runAggregate(['--out', join(dir, 'out'), '--sources', join(dir, 'quellen.json'), ...extra], io, { now: () => at, random: () => 0 });
  return { code, stderr };
}

const requests = () => server.requests.filter((r) => r.path === '/feed.xml').length;

describe('aggregate across runs', () => {
  it('H06 a Retry-After of two hours is honoured by the next runs; --force overrides it', async () => {
    mode = '429';
    await run(T0);
    expect(requests()).toBe(1);
    mode = 'ok';
    await run(T0 + 30 * MIN);
    await run(T0 + 60 * MIN);
    expect(requests()).toBe(1);
    await run(T0 + 125 * MIN);
    expect(requests()).toBe(2);
    await run(T0 + 126 * MIN, '--force');
    expect(requests()).toBe(3);
  });

  it('H06 after an error the source waits for its backoff instead of being polled at every run', async () => {
    mode = '500';
    await run(T0);
    await run(T0 + 1 * MIN);
    expect(requests()).toBe(1);
    await run(T0 + 2 * MIN, '--force');
    expect(requests()).toBe(2);
  });
});

describe('aggregate output directory', () => {
  it.each(['land', 'thema', '.state'])('H13 a symlinked %s folder is refused: nothing is written or deleted where it points', async (name) => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'by.xml'), 'fremd');
    await writeFile(join(elsewhere, '.x.1-ab.kr-tmp'), 'fremd');
    await mkdir(join(dir, 'out'));
    await symlink(elsewhere, join(dir, 'out', name));
    const { code, stderr } = await run(T0);
    expect(code).toBe(1);
    expect(stderr).toMatch(/symbolic link/);
    expect((await readdir(elsewhere)).sort()).toEqual(['.x.1-ab.kr-tmp', 'by.xml']);
    expect(requests()).toBe(0);
  });

  it('H13 the state file is readable by its owner only, its folder too', async () => {
    await run(T0);
    const state = join(dir, 'out', '.state', 'state.json');
    expect((await lstat(state)).isFile()).toBe(true);
    expect((await stat(state)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'out', '.state'))).mode & 0o777).toBe(0o700);
  });
});

/** Every published file under `root` (the private .state/ left out), by relative path. */
async function published(root: string, sub = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.name === '.state') continue;
    if (entry.isDirectory()) for (const [k, v] of await published(root, rel)) files.set(k, v);
    else files.set(rel, await readFile(join(root, rel), 'utf8'));
  }
  return files;
}

describe('what aggregate publishes', () => {
  it('H07 no published file names an intranet host: not in ids, not in errors, not as a feed address', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Quellen</title></head><body>
<outline type="rss" text="Kiel intern" xmlUrl="${server.url('/feed.xml')}"/>
<outline type="rss" text="Wiki" xmlUrl="http://127.0.0.1:1/wiki.xml"/>
</body></opml>`;
    await writeFile(join(dir, 'quellen.opml'), opml);
    let stderr = '';
    const sink = new Writable({ write: (c: Buffer, _e, cb) => ((stderr += c.toString('utf8')), cb()) });
    const io: CliIo = { stdin: process.stdin, stdout: sink, stderr: sink };
    const code = await runAggregate(['--out', join(dir, 'out'), '--sources', join(dir, 'quellen.opml')], io, { now: () => T0, random: () => 0 });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Fehler/m); // the operator sees the failure on stderr
    const files = await published(join(dir, 'out'));
    expect(files.get('feed.xml')).toContain('Neues Portal in Kiel');
    const leaks = [...files].filter(([, text]) => /127\.0\.0\.1|opml-/.test(text)).map(([path]) => path);
    expect(leaks).toEqual([]);
  });
});
