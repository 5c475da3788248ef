import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, startServer, TEASERS, type TestServer } from '../helpers/feed-server';

const run = promisify(execFile);

/** Runs `kommunalradar parse …` as a user would and returns exit code and JSON lines. */
async function cli(...args: string[]): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/kommunalradar.mjs', 'parse', ...args]);
    return { code: 0, lines: stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, lines: err.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: err.stderr };
  }
}

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer({
    '/feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(rss('Kommune21', TEASERS.map((t, i) => ({ ...t, link: `/meldung/${i}`, guid: `k21-${i}` })))),
    '/page.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' })
      .end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Startseite</body></html>'),
  });
  dir = await mkdtemp(join(tmpdir(), 'kr-cli-'));
  // A windows-1252 feed without any charset information: „Grüße“ and € as single bytes.
  const latin = Buffer.concat([
    Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Stadt '),
    Buffer.from([0x84, 0x47, 0x72, 0xfc, 0xdf, 0x65, 0x93, 0x20, 0x80]),
    Buffer.from('</title><link>https://www.stadt.example/</link><item><title>Geb'),
    Buffer.from([0xfc, 0x68, 0x72, 0x65, 0x6e]),
    Buffer.from('</title><link>https://www.stadt.example/1</link><pubDate>05.03.2025</pubDate></item></channel></rss>'),
  ]);
  await writeFile(join(dir, 'cp1252.xml'), latin);
  await writeFile(join(dir, 'broken.xml'), '{"not": "a feed"}');
  // Relative links, an item without a link, a refused link and two entries alike.
  await writeFile(join(dir, 'relative.xml'), '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
    + '<title>Gemeinde Beispiel</title><link>https://www.gemeinde.example/rathaus/</link>'
    + '<item><title>Sprechstunde</title><link>../aktuelles/7.html</link><guid isPermaLink="false">7</guid></item>'
    + '<item><title>Ohne Link</title><guid isPermaLink="false">8</guid></item>'
    + '<item><title>Böser Link</title><link>javascript:alert(1)</link><guid isPermaLink="false">9</guid></item>'
    + '<item><title>Doppelt</title><guid isPermaLink="false">10</guid></item>'
    + '<item><title>Doppelt</title><guid isPermaLink="false">10</guid></item>'
    + '</channel></rss>');
  await writeFile(join(dir, 'no-channel-link.xml'), '<rss version="2.0"><channel><title>Ohne</title><item><title>A</title><link>/a</link></item></channel></rss>');
}, 30_000);
afterAll(async () => server?.close());

describe('kommunalradar parse', () => {
  it('prints one line per input in input order, with ISO dates and resolved links; exit 1 when any failed', async () => {
    const { code, lines } = await cli(join(dir, 'cp1252.xml'), server.url('/feed.xml'), join(dir, 'broken.xml'), server.url('/page.html'));
    expect(code).toBe(1);
    expect(lines.map((l) => l.input)).toEqual([join(dir, 'cp1252.xml'), server.url('/feed.xml'), join(dir, 'broken.xml'), server.url('/page.html')]);
    const [latin, feed, broken, page] = lines as Array<Record<string, any>>;
    expect(latin).toMatchObject({ ok: true, format: 'rss2', title: 'Stadt „Grüße“ €' });
    expect(latin!.items[0]).toMatchObject({ title: 'Gebühren', published: '2025-03-04T23:00:00.000Z', link: 'https://www.stadt.example/1' });
    expect(feed!.items).toHaveLength(4);
    expect(feed!.items[0]).toMatchObject({
      guid: 'k21-0', title: 'Nürnberg: Vier Abholstationen für Ausweisdokumente',
      link: server.url('/meldung/0'), published: '2025-05-19T08:00:00.000Z', categories: [],
    });
    expect(typeof feed!.items[0].id).toBe('string');
    expect(feed!.items[0].summary).not.toMatch(/<p>/);
    expect(broken).toMatchObject({ ok: false });
    expect(broken!.error).toMatch(/not a feed/);
    expect(page!.ok).toBe(false);
    expect(page!.error).toContain(server.url('/feed.xml'));
    for (const l of lines) expect(String(l.error ?? '')).not.toContain('\n');
  });

  it('link null never "": a missing or refused link is null; a file resolves relative links against the channel link', async () => {
    const { code, lines } = await cli(join(dir, 'relative.xml'), join(dir, 'no-channel-link.xml'));
    expect(code).toBe(0);
    const [file, bare] = lines as Array<Record<string, any>>;
    expect(file!.link).toBe('https://www.gemeinde.example/rathaus/');
    expect(file!.items.map((i: { title: string; link: string | null }) => [i.title, i.link])).toEqual([
      ['Sprechstunde', 'https://www.gemeinde.example/aktuelles/7.html'],
      ['Ohne Link', null],
      ['Böser Link', null],
      ['Doppelt', null],
      ['Doppelt', null],
    ]);
    expect(bare!.link).toBeNull();
    expect(bare!.items[0].link).toBeNull();
    for (const l of lines) expect(JSON.stringify(l)).not.toContain('"link":""');
  });

  it('every entry comes out: two entries alike are two output items', async () => {
    const { lines } = await cli(join(dir, 'relative.xml'));
    const items = (lines[0] as { items: { id: string; title: string }[] }).items;
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.title === 'Doppelt').map((i) => i.id)).toEqual(['10', '10']);
  });

  it('exit 0 when every input parsed', async () => {
    const { code, lines } = await cli(server.url('/feed.xml'));
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
  });

  it('exit 2 and a usage text without inputs', async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/Aufruf/);
  });
});
