import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliVersion, main } from '../../lib/cli/main';
import { looksLikeUrl } from '../../lib/cli/parse';

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

describe('the command line for a newcomer', () => {
  it.each([['parse'], ['tag'], ['aggregate'], ['scrape']])('%s --help and help %s: usage and output format on stdout, exit 0', async (verb) => {
    const a = await run([verb, '--help']);
    const b = await run(['help', verb]);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^Aufruf: kommunalradar /);
    expect(a.out).toMatch(/Exit-Status/);
    expect(a.err).toBe('');
    expect(b).toEqual(a);
  });

  it('--help, help and --version', async () => {
    expect((await run(['--help'])).out).toContain('help BEFEHL');
    expect((await run(['help'])).code).toBe(0);
    const v = await run(['--version']);
    expect(v.code).toBe(0);
    expect(v.out).toBe(`kommunalradar ${cliVersion()}\n`);
    expect(cliVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unknown verb is a usage error in German', async () => {
    const r = await run(['pars']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kommunalradar: unbekannter Befehl: pars/);
  });

  it('a path that looks like a URL without scheme gets a hint', async () => {
    const r = await run(['parse', 'kommune21.de/feed']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error).toBe('Lesen: Datei nicht gefunden: kommune21.de/feed (eine Adresse? dann mit Schema: https://kommune21.de/feed)');
    expect(looksLikeUrl('www.egovernment.de')).toBe(true);
    expect(looksLikeUrl('feeds/kommune21.xml')).toBe(false);
    expect(looksLikeUrl('kommune21.xml')).toBe(false);
  });

  it('aggregate: --out naming a file is exit 2, a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kr-cli-'));
    try {
      const file = join(dir, 'feeds.txt');
      await writeFile(file, 'x');
      const r = await run(['aggregate', '--out', file, '--sources', join(dir, 'none.json')]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--out muss ein Verzeichnis sein');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('aggregate progress', () => {
  it('names a source by its title, cut when long, by its id when it has none', async () => {
    const { progressLine, progressName } = await import('../../lib/cli/aggregate/progress');
    const r = { sourceId: 'opml-kommune21-de-1x2y', status: 'ok' as const, added: 12, items: 40, ms: 400 };
    expect(progressLine(r, 12, progressName('Kommune21', r.sourceId))).toBe('ok          Kommune21      12 neu / 40   0.4 s\n');
    expect(progressName('Ein sehr langer Name eines Feeds aus dem Intranet der Stadt', 'x')).toHaveLength(32);
    expect(progressName('  ', 'k21')).toBe('k21');
  });
});
