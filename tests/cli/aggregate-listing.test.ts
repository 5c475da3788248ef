/**
 * `aggregate` with a listing page named in the sources file: its items reach the published
 * feed with places and dates, and a second run over the unchanged page writes nothing new.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAggregate } from '../../lib/cli/aggregate';
import type { CliIo } from '../../lib/cli/io';
import { parseFeed } from '../../lib/parse';
import { startServer, type TestServer } from '../helpers/feed-server';

let server: TestServer;
let dir: string;
const K21 = await readFile(join(__dirname, '../fixtures/listing/kommune21.html'));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kr-aggregate-listing-'));
  // No validators: the page is compared by content.
  server = await startServer({ '/meldungen/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(K21) });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function aggregate(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (onText: (s: string) => void) => new Writable({ write: (chunk: Buffer, _enc, cb) => (onText(chunk.toString('utf8')), cb()) });
  const io: CliIo = { stdin: process.stdin, stdout: sink(() => undefined), stderr: sink((s) => (stderr += s)) };
  return { code: await runAggregate(args, io, { now: () => Date.parse('2025-05-20T08:00:00Z') }), stderr };
}

describe('aggregate with a listing page', () => {
  it('publishes the listing\'s items with Land and date; an unchanged page adds nothing', async () => {
    const sources = join(dir, 'quellen.json');
    await writeFile(sources, JSON.stringify([{ id: 'k21-liste', name: 'Kommune21 – Meldungen', url: server.url('/meldungen/'), kind: 'listing' }]));
    const out = join(dir, 'out');
    const args = ['--out', out, '--sources', sources, '--base-url', 'https://feeds.example.org/', '--days', '3650'];
    const first = await aggregate(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Kommune21 – Meldungen\s+5 neu/);
    const feed = parseFeed(await readFile(join(out, 'feed.xml'), 'utf8'), 'https://feeds.example.org/feed.xml');
    if (!feed.ok) throw new Error(feed.error);
    const nbg = feed.feed.items.find((i) => i.title === 'Nürnberg: Konzept Bürger-PC gestartet');
    expect(nbg).toMatchObject({ link: server.url('/meldungen/nuernberg-konzept-buerger-pc-gestartet'), publishedAt: Date.parse('2025-04-24T22:00:00Z') });
    const bavaria = parseFeed(await readFile(join(out, 'land/by.xml'), 'utf8'), 'https://feeds.example.org/land/by.xml');
    expect(bavaria.ok && bavaria.feed.items.map((i) => i.title)).toContain('Nürnberg: Konzept Bürger-PC gestartet');

    const before = (await stat(join(out, 'feed.xml'))).mtimeMs;
    const second = await aggregate(args);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/Kommune21 – Meldungen\s+0 neu/);
    expect((await stat(join(out, 'feed.xml'))).mtimeMs).toBe(before);
  });
});
