/** The command line under hostile conditions: H08 a slow reader, H12 a huge file, H15 entity expansion. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../lib/cli/io';
import { runTag } from '../../lib/cli/tag';

describe('tag behind a slow reader', () => {
  it('H08 waits for the reader: at most a few hundred KiB wait in memory, every line arrives', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ title: `Neues Bürgerportal in Kiel ${i}`, summary: 'Die Stadt Kiel startet ein Portal.' }));
    let maxQueued = 0;
    let received = '';
    const stdout = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _e, cb) {
        received += chunk.toString('utf8');
        setTimeout(cb, 2);
      },
    });
    const write = stdout.write.bind(stdout);
    stdout.write = ((chunk: string, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      maxQueued = Math.max(maxQueued, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const io: CliIo = { stdin: Readable.from([lines.join('\n') + '\n']), stdout, stderr: new Writable({ write: (_c, _e, cb) => cb() }) };
    expect(await runTag([], io)).toBe(0);
    await new Promise<void>((resolve) => stdout.end(resolve));
    expect(received.trim().split('\n')).toHaveLength(20_000);
    expect(maxQueued).toBeLessThan(256 * 1024);
  }, 60_000);
});

const LOL = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://a.example/1</link></item></channel></rss>`;

describe('entity expansion', () => {
  it('H15 a billion-laughs feed is refused with a clear error, not parsed with "&lol9;" as its title', async () => {
    const { parseFeed } = await import('../../lib/parse');
    const result = parseFeed(LOL, 'https://a.example/feed');
    expect(result).toMatchObject({ ok: false, code: 'rejected' });
    expect(!result.ok && result.error).toMatch(/^parse: entity "lol1" refers to other entities/);
  });

  it('H15 entities holding plain text still work; one holding a reference is refused, not dropped', async () => {
    const { parseFeed } = await import('../../lib/parse');
    const doc = (decl: string) => `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ort "Kiel">${decl}]><rss version="2.0"><channel><title>T</title><item><title>Portal in &ort;</title><link>https://a.example/1</link></item></channel></rss>`;
    const ok = parseFeed(doc(''), 'https://a.example/feed');
    expect(ok.ok && ok.feed.items.map((i) => i.title)).toEqual(['Portal in Kiel']);
    expect(parseFeed(doc('<!ENTITY ae "&#228;">'), 'https://a.example/feed')).toMatchObject({ ok: false, code: 'rejected' });
  });
});

describe('parse FILE size', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kr-parse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function parse(args: string[]): Promise<{ code: number; out: string }> {
    const { runParse } = await import('../../lib/cli/parse');
    let out = '';
    const sink = new Writable({ write: (c: Buffer, _e, cb) => ((out += c.toString('utf8')), cb()) });
    const code = await runParse(args, { stdin: process.stdin, stdout: sink, stderr: sink });
    return { code, out };
  }

  it('H12 a file over 5 MiB is refused like a fetched one; --max-mib raises the cap', async () => {
    const item = '<item><title>Neues Portal</title><link>https://a.example/1</link></item>';
    const big = `<rss version="2.0"><channel><title>T</title>${item.repeat(Math.ceil((5.5 * 1024 * 1024) / item.length))}</channel></rss>`;
    await writeFile(join(dir, 'gross.xml'), big);
    const refused = await parse([join(dir, 'gross.xml')]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).error).toMatch(/^Lesen: Datei größer als 5 MiB/);
    const raised = await parse(['--max-mib', '6', join(dir, 'gross.xml')]);
    expect(raised.code).toBe(0);
  }, 60_000);

  it('H12 a device that never ends is read only up to the cap', async () => {
    const { code, out } = await parse(['--max-mib', '1', '/dev/zero']);
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toMatch(/^Lesen: Datei größer als 1 MiB/);
  });
});
