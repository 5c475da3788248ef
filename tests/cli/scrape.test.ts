import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/feed-server';

const run = promisify(execFile);
const FIXTURES = join(__dirname, '../fixtures/listing');

/** Runs `kommunalradar scrape …` as a user would and returns exit code and JSON lines. */
async function cli(...args: string[]): Promise<{ code: number; lines: Record<string, any>[]; stderr: string }> {
  const parse = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  try {
    const { stdout, stderr } = await run('node', ['bin/kommunalradar.mjs', 'scrape', ...args]);
    return { code: 0, lines: parse(stdout), stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, lines: parse(err.stdout), stderr: err.stderr };
  }
}

let server: TestServer;
let dir: string;
beforeAll(async () => {
  const latin1 = await readFile(join(FIXTURES, 'latin1-pressemitteilungen.html'));
  const k21 = await readFile(join(FIXTURES, 'kommune21.html'));
  server = await startServer({
    // Served without a charset in the header: the page's http-equiv says ISO-8859-1.
    '/presse/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(latin1),
    '/meldungen/': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(k21),
    '/impressum': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Impressum</h1><p>Stadt Übelsbach</p></body></html>'),
  });
  dir = await mkdtemp(join(tmpdir(), 'kr-scrape-'));
  await writeFile(join(dir, 'rule.json'), JSON.stringify({ item: 'div.k21-meldung', title: 'h2', kicker: '.k21-dachzeile' }));
  await writeFile(join(dir, 'bad-rule.json'), '{"item": "div >> ["}');
  await writeFile(join(dir, 'relative.html'), '<ul><li><a href="/a">01.03.2025 Erste Meldung aus dem Rathaus</a></li><li><a href="/b">02.03.2025 Zweite Meldung aus dem Rathaus</a></li></ul>');
}, 30_000);
afterAll(async () => server?.close());

describe('kommunalradar scrape', () => {
  it('H12 a page file over the 5 MiB cap is refused with a German line, as parse refuses one', async () => {
    const big = join(dir, 'riesig.html');
    await writeFile(big, `<html><body><ul>${'<li><a href="/a">Meldung</a></li>'.repeat(170_000)}</ul></body></html>`);
    const { code, lines } = await cli(big);
    expect(code).toBe(1);
    expect(lines).toEqual([{ input: big, ok: false, error: expect.stringMatching(/^Lesen: Datei größer als 5 MiB: /) }]);
  });

  it('prints one line per input in input order; a file resolves against its canonical link; exit 1 when any gave no listing', async () => {
    const inputs = [server.url('/presse/'), join(FIXTURES, 'kommune21.html'), join(FIXTURES, 'js-rendered.html'), server.url('/impressum')];
    const { code, lines } = await cli(...inputs);
    expect(code).toBe(1);
    expect(lines.map((l) => l.input)).toEqual(inputs);
    const [presse, k21, js, impressum] = lines;
    expect(presse).toMatchObject({ ok: true, format: 'listing', title: 'Stadt Übelsbach - Pressemitteilungen', link: server.url('/presse/') });
    expect(presse!.items[0]).toEqual({
      id: server.url('/presse/2025/gruendung-zweckverband.html'),
      guid: '',
      title: 'Gründung des Zweckverbands „Digitale Verwaltung Süd“',
      link: server.url('/presse/2025/gruendung-zweckverband.html'),
      summary: expect.stringMatching(/^Die Städte Übelsbach und Größingen .* 12 €\.$/),
      published: '2025-03-19T09:15:00.000Z',
      categories: [],
    });
    expect(k21).toMatchObject({ ok: true, link: 'https://www.kommune21.de/meldungen/', rule: { item: 'div.k21-inhalt > div.k21-meldung', kicker: '.k21-dachzeile' } });
    expect(k21!.items).toHaveLength(5);
    expect(k21!.items[0]).toMatchObject({ title: 'Brandenburg: Bürgerservice per Videokabine', link: 'https://www.kommune21.de/meldungen/brandenburg-buergerservice-per-videokabine', published: '2025-05-18T22:00:00.000Z' });
    expect(js).toEqual({ input: inputs[2], ok: false, error: expect.stringMatching(/JavaScript/) });
    expect(impressum).toEqual({ input: inputs[3], ok: false, error: expect.stringMatching(/no list of news/) });
  });

  it('--base resolves a file\'s links; without any base a relative link is null; exit 0 when every input gave a listing', async () => {
    const file = join(dir, 'relative.html');
    const withBase = await cli('--base', 'https://www.gemeinde.example/aktuelles/', file);
    expect(withBase.code).toBe(0);
    expect(withBase.lines[0]!.items.map((i: { link: string }) => i.link)).toEqual(['https://www.gemeinde.example/a', 'https://www.gemeinde.example/b']);
    expect(withBase.lines[0]!.items[0]).toMatchObject({ title: 'Erste Meldung aus dem Rathaus', published: '2025-02-28T23:00:00.000Z' });
    const without = await cli(file);
    expect(without.code).toBe(0);
    expect(without.lines[0]!.link).toBeNull();
    expect(without.lines[0]!.items.map((i: { link: unknown }) => i.link)).toEqual([null, null]);
  });

  it('--rule reads with the given rule instead of detecting one', async () => {
    const { code, lines } = await cli('--rule', join(dir, 'rule.json'), server.url('/meldungen/'));
    expect(code).toBe(0);
    expect(lines[0]!.rule).toEqual({ item: 'div.k21-meldung', title: 'h2', kicker: '.k21-dachzeile' });
    expect(lines[0]!.items[1]).toMatchObject({ title: 'Dresden: Bezahlkarte für Asylsuchende gestartet', link: server.url('/meldungen/dresden-bezahlkarte-fuer-asylsuchende-gestartet') });
    // No teaser selector in the rule: no teaser.
    expect(lines[0]!.items[1].summary).toBe('');
  });

  it.each([
    ['no inputs', []],
    ['--base without a value', ['--base']],
    ['--base that is not http(s)', ['--base', 'ftp://x.example/', 'a.html']],
    ['a rule file that is not valid', ['--rule', 'BAD', 'a.html']],
    ['a rule file that does not exist', ['--rule', '/nonexistent/rule.json', 'a.html']],
    ['an unknown option', ['--rules', 'x', 'a.html']],
  ])('exit 2 and a usage text for %s', async (_name, args) => {
    const { code, stderr, lines } = await cli(...args.map((a) => (a === 'BAD' ? join(dir, 'bad-rule.json') : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Aufruf: kommunalradar scrape/);
    expect(lines).toEqual([]);
  });
});
