import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAG_VERSION, createTagger } from '../../lib/tag/builtin';
import { THEMES, THEME_IDS } from '../../lib/tag/themes';
import { scoreTags, type LabelledTeaser } from '../../lib/tag/score';
import { loadGazetteer } from '../../lib/tag/builtin';

const load = (f: string) => JSON.parse(readFileSync(join(__dirname, '../fixtures/tagging', f), 'utf8')) as LabelledTeaser[];
const seed = load('seed-teasers.json');
const all = load('dev-teasers.json');
const dev = all.filter((x) => !x.heldOut);
const heldOut = all.filter((x) => x.heldOut);
const tagger = createTagger();
const run = (items: LabelledTeaser[]) => items.map((x) => tagger.tag({ title: x.title, summary: x.teaser }));

describe('seed teasers', () => {
  it.each(seed.map((x) => [x.title, x] as const))('%s: regions and places exact', (_t, x) => {
    const got = tagger.tag({ title: x.title, summary: x.teaser });
    expect([...got.regions].sort()).toEqual([...x.regions].sort());
    expect(scoreTags([x], [got]).places.f1).toBe(1);
  });

  it('themes reach F1 ≥ 0.9 over the seed set', () => {
    expect(scoreTags(seed, run(seed)).themes.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('development set', () => {
  // Thresholds a little below what the tagger reaches, so regressions show.
  it('keeps regions F1 ≥ 0.97, places F1 ≥ 0.97, themes F1 ≥ 0.88 on the development part', () => {
    const s = scoreTags(dev, run(dev));
    expect(s.regions.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.places.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.themes.f1).toBeGreaterThanOrEqual(0.88);
  });

  it('reaches the targets on the held-out part (regions ≥ 0.95, places ≥ 0.93, themes ≥ 0.80)', () => {
    const s = scoreTags(heldOut, run(heldOut));
    expect(s.regions.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.places.f1).toBeGreaterThanOrEqual(0.93);
    expect(s.themes.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('has ≥ 400 teasers, half of them not "Place: Headline", a third held out, every Land, federal and vendor news, all seventeen themes', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(heldOut.length / all.length).toBeGreaterThan(0.3);
    // "Place: Headline": a kicker of names of the directory or Länder ("Diez/Kaisersesch: …", "Kreis Lippe: …").
    const g = loadGazetteer();
    const placeKicker = (title: string) => {
      const m = /^([^:]{2,60}): /.exec(title);
      return !!m && m[1]!.split(/\/| und |, /).every((part) => {
        const words = part.trim().replace(/^(Landkreis|Kreis|Stadt|Region) /, '').split(/[\s-]+/);
        const first = words[0]!.toLowerCase().replace(/s$/, '');
        return (g.lookup(first)?.length ?? 0) > 0 || (g.lookup(words[0]!.toLowerCase())?.length ?? 0) > 0;
      });
    };
    expect(all.filter((x) => !placeKicker(x.title)).length).toBeGreaterThanOrEqual(all.length / 2);
    const regions = new Set(all.flatMap((x) => x.regions));
    expect(regions.size).toBe(17);
    expect(all.some((x) => x.regions.length === 0)).toBe(true);
    expect(new Set(dev.flatMap((x) => x.themes))).toEqual(new Set(THEME_IDS));
  });
});

describe('themes', () => {
  it('gives one to three known themes', () => {
    for (const got of run(dev)) {
      expect(got.themes.length).toBeLessThanOrEqual(3);
      for (const t of got.themes) expect(THEME_IDS).toContain(t);
    }
  });

  it('has seventeen themes', () => {
    expect(THEMES).toHaveLength(17);
  });

  it.each([
    ['Dresden: Bezahlkarte für Asylsuchende gestartet', 'soziales-migration'],
    ['Landkreis: Informationssicherheits-Notfallplan beschlossen', 'it-sicherheit'],
    ['Stadt: KI-Assistent für Bürgeranfragen', 'ki'],
    ['Kita-Anmeldung: Eltern können Plätze online suchen', 'soziales-migration'],
    ['Gemeinde: Online-Dienste für Gewerbeanmeldung', 'ozg-onlinedienste'],
  ])('%s → %s (stems inside compounds and hyphenated words)', (title, theme) => {
    expect(tagger.tag({ title, summary: '' }).themes).toContain(theme);
  });

  it.each([
    ['Städtetag warnt vor Personalmangel in Rathäusern', 'Der Verband rechnet damit, dass jede vierte Stelle unbesetzt bleibt.', 'personal-arbeit', ['kooperation-strategie', 'it-sicherheit']],
    ['Kreis schult alle Beschäftigten', 'Ein Online-Training zur Informationssicherheit ist Pflicht.', 'it-sicherheit', ['schule-bildung']],
    ['Wie eine Stadt ihre Verwaltung mit Daten steuert', 'Kennzahlen aller Ämter laufen in einem Dashboard zusammen.', 'daten', ['finanzen-foerderung']],
    ['Delegation informiert sich in Wien über digitale Verwaltung', 'Die Gäste besuchten mehrere Ämter und tauschten sich mit der Stadt über Kooperation aus.', 'kooperation-strategie', ['kommunikation-beteiligung']],
    ['Landkreistag: Bezahlkarte bewährt sich', 'Die Bezahlkarte für Geflüchtete funktioniere reibungslos, bilanziert der Verband.', 'soziales-migration', ['kooperation-strategie']],
  ])('%s: the speaker and verbs are not the subject', (title, summary, theme, not) => {
    const got = tagger.tag({ title, summary }).themes;
    expect(got).toContain(theme);
    for (const t of not) expect(got).not.toContain(t);
  });

  it.each([
    ['Stadt testet AI-Assistenten für Bauanträge', 'ki'],
    ['Machine-Learning-Modell erkennt Schlaglöcher', 'ki'],
    ['Digital Workplace: Verwaltung stellt auf Laptops um', 'it-infrastruktur'],
    ['Smart-Village-Projekt im Landkreis startet', 'smart-city'],
    ['Employer Branding: Stadt wirbt um Nachwuchs', 'personal-arbeit'],
    ['Big Data im Rathaus', 'daten'],
  ])('%s → %s (English loanwords)', (title, theme) => {
    expect(tagger.tag({ title, summary: '' }).themes).toContain(theme);
  });

  it.each([
    ['Kultusministerium verteilt Laptops an Lehrkräfte', 'schule-bildung', 'it-infrastruktur'],
    ['Stadt tauscht 900 Laptops der Verwaltung aus', 'it-infrastruktur', 'schule-bildung'],
  ])('%s: devices go to school IT or staff IT by their users', (title, theme, not) => {
    const got = tagger.tag({ title, summary: '' }).themes;
    expect(got).toContain(theme);
    expect(got).not.toContain(not);
  });

  it('does not read "E-Learning" inside "Machine Learning"', () => {
    expect(tagger.tag({ title: 'Machine-Learning-Modell erkennt Schäden', summary: '' }).themes).toEqual(['ki']);
  });

  it('counts an IT service provider\'s organisation as cooperation', () => {
    expect(tagger.tag({ title: 'KDN: Verbandsversammlung wählt neuen Vorstand', summary: '' }).themes).toEqual(['kooperation-strategie']);
  });

  it('does not read "KI" inside other words', () => {
    expect(tagger.tag({ title: 'Kiel: Kita-Plätze online', summary: 'Die Kinder bekommen Plätze.' }).themes).not.toContain('ki');
  });
});

describe('user keyword rules', () => {
  const rules = [
    { id: 'bezahlkarte', label: 'Bezahlkarte', keywords: ['Bezahlkarte'] },
    { id: 'cloud', label: 'Cloud', keywords: ['*cloud'], theme: 'kooperation-strategie' },
    { id: 'eu', label: 'EU', keywords: ['EU'] },
  ];
  const withRules = createTagger({ userRules: rules });

  it('adds the rule id, or its theme, when a keyword matches', () => {
    expect(withRules.tag({ title: 'Dresden: Bezahlkarten ausgegeben', summary: '' }).themes).toContain('bezahlkarte');
    expect(withRules.tag({ title: 'Sachsen: Kommunal-Cloud startet', summary: '' }).themes).toContain('kooperation-strategie');
    expect(withRules.tag({ title: 'Neue EU-Richtlinie', summary: '' }).themes).toContain('eu');
    expect(withRules.tag({ title: 'Neue Europa-Richtlinie', summary: 'Die Neuerung gilt ab Mai.' }).themes).not.toContain('eu');
  });

  it('changes the version with the rules, not the exported TAG_VERSION', () => {
    expect(withRules.version).not.toBe(TAG_VERSION);
    expect(createTagger().version).toBe(TAG_VERSION);
    expect(createTagger({ userRules: rules }).version).toBe(withRules.version);
    expect(TAG_VERSION).toMatch(/^GV100AD-20251130-/);
  });
});
