/** `aggregate --land SN,TH`: only those Länder's sources, plus the federal and nationwide ones. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../feeds';
import { runAggregate } from '../../lib/cli/aggregate';
import { parseAggregateArgs } from '../../lib/cli/aggregate/args';
import { selectLands } from '../../lib/cli/aggregate/select-lands';
import type { CliIo } from '../../lib/cli/main';
import { atomFeed, DRESDEN, KOMMUNE21, NUERNBERG, rssFeed } from '../fixtures/cli/feeds';
import { startServer, type TestServer } from '../helpers/feed-server';

const NOW = Date.now();
let server: TestServer;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-aggregate-land-'));
  server = await startServer({
    '/nuernberg/feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Stadt Nürnberg', NUERNBERG, NOW)),
    '/dresden/atom.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed('Dresden', DRESDEN, NOW)),
    '/k21/feed/': (_q, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(rssFeed('Kommune21', KOMMUNE21, NOW)),
  });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function aggregate(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (onText: (s: string) => void) => new Writable({ write: (c: Buffer, _e, cb) => (onText(c.toString('utf8')), cb()) });
  const io: CliIo = { stdin: process.stdin, stdout: sink(() => {}), stderr: sink((s) => (stderr += s)) };
  return { code: await runAggregate(args, io), stderr };
}

describe('aggregate --land', () => {
  it.each([
    ['SN,TH', ['SN', 'TH']],
    ['sn, th', ['SN', 'TH']],
    ['BY', ['BY']],
    ['SN,SN', ['SN']],
    ['SN,', ['SN']],
  ])('reads --land %s', (value, lands) => {
    const r = parseAggregateArgs(['--out', 'x', '--land', value]);
    expect(r.ok && r.opts.lands).toEqual(lands);
  });

  it.each([['XY'], [','], ['DE'], ['Sachsen']])('refuses --land %s', (value) => {
    const r = parseAggregateArgs(['--out', 'x', `--land=${value}`]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('--land');
  });

  it('keeps the chosen Länder of the built-in catalogue with every federal and nationwide source', () => {
    const chosen = selectLands(CATALOGUE, ['SN', 'TH']);
    const lands = new Set(chosen.map((s) => s.land ?? 'DE'));
    expect([...lands].sort()).toEqual(['DE', 'SN', 'TH']);
    expect(chosen.filter((s) => s.land === 'SN').length).toBe(CATALOGUE.filter((s) => s.land === 'SN').length);
    expect(chosen.filter((s) => s.nationwide).length).toBe(CATALOGUE.filter((s) => s.nationwide).length);
    expect(chosen.map((s) => s.id)).toContain('behoerden-spiegel');
    expect(chosen.map((s) => s.id)).not.toContain('tagesschau-bayern');
  });

  it('publishes only Sachsen and the nationwide sources, and never polls the others', async () => {
    const base = server.url('').replace(/\/$/, '');
    const file = join(dir, 'quellen.json');
    await writeFile(file, JSON.stringify([
      { id: 'nuernberg', name: 'Stadt Nürnberg', url: `${base}/nuernberg/feed.xml`, land: 'BY', kind: 'feed', broad: false },
      { id: 'dresden', name: 'Dresden', url: `${base}/dresden/atom.xml`, land: 'SN', kind: 'feed', broad: false },
      { id: 'kommune21', name: 'Kommune21', url: `${base}/k21/feed/`, land: 'DE', kind: 'feed', broad: false },
    ]));
    const out = join(dir, 'out');
    const r = await aggregate(['--out', out, '--sources', file, '--land', 'SN', '--quiet']);
    expect(r).toEqual({ code: 0, stderr: '' });
    expect(server.requests.map((q) => q.path).sort()).toEqual(['/dresden/atom.xml', '/k21/feed/']);
    const feed = JSON.parse(await readFile(join(out, 'feed.json'), 'utf8')) as { items: { title: string }[] };
    const titles = feed.items.map((i) => i.title).join('\n');
    expect(titles).toContain(DRESDEN[0]!.title);
    expect(titles).toContain(KOMMUNE21[0]!.title);
    for (const i of NUERNBERG) expect(titles).not.toContain(i.title);
  });
});
