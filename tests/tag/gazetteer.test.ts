import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZETTEER_ATTRIBUTION, loadGazetteer } from '../../lib/tag/builtin';
import { createTagger } from '../../lib/tag/builtin';
import { expandName, parseName } from '../../scripts/build-gazetteer';
import { shortName } from '../../lib/tag/names';

const g = loadGazetteer();
const tagger = createTagger();
const placesOf = (title: string, summary = '') => tagger.tag({ title, summary }).places;

describe('gazetteer data', () => {
  it('carries the Destatis attribution', () => {
    expect(GAZETTEER_ATTRIBUTION).toBe(
      'Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; Daten verändert.',
    );
  });

  it('stays within 150 KB gzipped', () => {
    const file = readFileSync(join(__dirname, '../../lib/tag/gazetteer-data.json'));
    expect(gzipSync(file).length).toBeLessThanOrEqual(150 * 1024);
  });

  it.each([
    ['09564000', 'Nürnberg', 'BY', false],
    ['09162000', 'München', 'BY', false],
    ['09184', 'München', 'BY', true],
    ['12073', 'Uckermark', 'BB', true],
    ['07316000', 'Neustadt an der Weinstraße', 'RP', false],
    ['06412000', 'Frankfurt am Main', 'HE', false],
    ['12053000', 'Frankfurt (Oder)', 'BB', false],
    ['03241', 'Region Hannover', 'NI', true],
    ['13072', 'Landkreis Rostock', 'MV', true],
  ])('record %s is %s (%s)', (ags, name, land, kreis) => {
    const r = g.byAgs(ags);
    expect(r).toMatchObject({ ags, name, land, kreis });
  });

  it('looks up names by first token, longest first, with inflected forms', () => {
    const list = g.lookup('frankfurt')!;
    expect(list[0]!.toks.length).toBeGreaterThan(1);
    expect(list.find((p) => p.toks.join(' ') === 'frankfurt')!.places.map((r) => r.ags).sort()).toEqual(['06412000', '12053000']);
    expect(g.lookup('nürnbergs', 'nürnbergs'.length - 1)?.[0]!.places[0]!.ags).toBe('09564000');
    expect(g.lookup('hessische')?.[0]!.land).toBe('HE');
    expect(g.lookup('xyzzyville')).toBeUndefined();
  });
});

describe('name expansion (build)', () => {
  it.each([
    ['Neustadt a.d.Donau', 'Neustadt an der Donau'],
    ['Mühldorf a.Inn', 'Mühldorf am Inn'],
    ['Neumarkt i.d.OPf.', 'Neumarkt in der Oberpfalz'],
    ['Wunsiedel i.Fichtelgebirge', 'Wunsiedel im Fichtelgebirge'],
    ['Neustadt b.Coburg', 'Neustadt bei Coburg'],
    ['Falkenstein/Vogtl.', 'Falkenstein/Vogtland'],
  ])('%s → %s', (raw, want) => expect(expandName(raw)).toBe(want));

  it('drops official suffixes and splits bilingual names', () => {
    expect(parseName('Flensburg, Stadt', '01').name).toBe('Flensburg');
    expect(parseName('Kiel, Landeshauptstadt', '01').name).toBe('Kiel');
    expect(parseName('Gars a.Inn, M', '09')).toMatchObject({ name: 'Gars am Inn' });
    const bautzen = parseName('Bautzen / Budyšin, Stadt, Hochschulstadt / Wysokoš…', '14');
    expect(bautzen.name).toBe('Bautzen');
    expect(bautzen.aliases).toContain('Budyšin');
    expect(parseName('St. Wendel', '10').aliases).toContain('Sankt Wendel');
  });

  it.each([
    ['Frankfurt am Main', 'Frankfurt'],
    ['Halle (Saale)', 'Halle'],
    ['Mülheim an der Ruhr', 'Mülheim'],
    ['Freiburg im Breisgau', 'Freiburg'],
    ['Offenbach am Main', 'Offenbach'],
  ])('short form of %s is %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('gazetteer resolution in text', () => {
  it('Nürnberg resolves to 09564000', () => {
    expect(placesOf('Nürnberg: Konzept Bürger-PC gestartet')).toEqual([{ name: 'Nürnberg', ags: '09564000', land: 'BY' }]);
  });

  it('Landkreis München is the Kreis, München alone the city', () => {
    expect(placesOf('Landkreis München: Glasfaser für Schulen').map((p) => p.ags)).toEqual(['09184']);
    expect(placesOf('München: Stadt startet KI-Assistenten').map((p) => p.ags)).toEqual(['09162000']);
    expect(placesOf('Bayreuth: Plattform', 'Stadt und Landkreis Bayreuth starten eine Plattform.').map((p) => p.ags).sort()).toEqual(['09462000', '09472']);
  });

  it.each([
    ['Frankfurt: Handyparken ausgeweitet', '', '06412000'],
    ['Frankfurt (Oder): Bürgerservice per Video', '', '12053000'],
    ['Frankfurt an der Oder: Neue Website', '', '12053000'],
    ['Brandenburg: Frankfurt führt E-Payment ein', '', '12053000'],
    ['Halle: Chatbot im Bürgerservice', '', '15002000'],
    ['Offenbach: Neues Bürgerbüro', '', '06413000'],
    ['Mülheim: Dashboard zur Haushaltslage', '', '05117000'],
    ['Freiburg: Abholstation im Bürgeramt', '', '08311000'],
  ])('short form %s', (title, summary, ags) => expect(placesOf(title, summary).map((p) => p.ags)).toEqual([ags]));

  it('Neustadt an der Weinstraße and the other Neustadts', () => {
    expect(placesOf('Neustadt an der Weinstraße: Stadtführung per App')[0]).toMatchObject({ ags: '07316000', land: 'RP' });
    expect(placesOf('Neustadt a.d.Aisch: Bauanträge online')[0]).toMatchObject({ ags: '09575153', name: 'Neustadt an der Aisch' });
    expect(placesOf('Neustadt in Holstein: Strandkörbe online buchen')[0]!.ags).toBe('01055032');
    expect(placesOf('Neustadt: Neue App', 'Die Stadt in Rheinland-Pfalz …')[0]!.land).toBe('RP');
    expect(placesOf('Landkreis Coburg: Neustadt und Rödental kooperieren').map((p) => p.ags)).toContain('09473151');
  });
});
