import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runTag } from '../../lib/cli/tag';

async function run(input: string, args: string[] = []) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  stdin.end(input);
  const code = await runTag(args, { stdin, stdout, stderr });
  return { code, lines: out.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('kommunalradar tag', () => {
  it('writes one JSON line per input line, in order', async () => {
    const { code, lines } = await run(
      [
        JSON.stringify({ title: 'Nürnberg: Vier Abholstationen für Ausweisdokumente', summary: 'Die Stadt Nürnberg hat ihr Angebot an Abholstationen verdoppelt.' }),
        JSON.stringify({ title: 'Polyteia: Wege für den Datenschutz', summary: 'Datenschutz in der Verwaltung.' }),
        JSON.stringify({ title: 'Neue Förderrichtlinie', summary: 'Schulträger können Mittel beantragen.', sourceLand: 'SN' }),
      ].join('\n') + '\n',
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ regions: ['BY'], places: [{ name: 'Nürnberg', ags: '09564000', land: 'BY' }], themes: ['buergerservice'] });
    // Each tag carries the words that produced it (an additive field).
    expect(lines[0].evidence).toEqual({
      regions: { BY: ['Nürnberg'] },
      places: { '09564000': ['Nürnberg'] },
      themes: { buergerservice: ['Abholstationen', 'Ausweisdokumente'] },
    });
    expect(lines[1].regions).toEqual([]);
    expect(lines[1].themes).toEqual(['daten']);
    expect(lines[2].regions).toEqual(['SN']);
    expect(lines[2].evidence.regions).toEqual({ SN: ['@source'] });
  });

  it('answers a bad line with an error on its line and exits 1 at the end', async () => {
    const { code, lines } = await run('{"title": "Kiel: Open Source", "summary": ""}\nkein json\n[1,2]\n{"title": 5}\n{"title":"Essen: Schulanmeldung","summary":""}\n');
    expect(code).toBe(1);
    expect(lines).toHaveLength(5);
    expect(lines[0].regions).toEqual(['SH']);
    expect(lines[1].error).toMatch(/^tag: ungültiges JSON/);
    expect(lines[2].error).toMatch(/^tag: /);
    expect(lines[3].error).toMatch(/müssen Zeichenketten sein/);
    expect(lines[4].places[0].ags).toBe('05113000');
  });

  it('rejects arguments', async () => {
    expect((await run('', ['--foo'])).code).toBe(2);
  });
});
