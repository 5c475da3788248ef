import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAG_VERSION, createTagger } from '../../lib/tag/tagger';
import { THEMES, THEME_IDS } from '../../lib/tag/themes';
import { scoreTags, type LabelledTeaser } from '../../lib/tag/score';

const load = (f: string) => JSON.parse(readFileSync(join(__dirname, '../fixtures/tagging', f), 'utf8')) as LabelledTeaser[];
const seed = load('seed-teasers.json');
const dev = load('dev-teasers.json');
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

describe('development set (206 labelled teasers)', () => {
  // Thresholds a little below what the tagger reaches, so regressions show.
  it('keeps regions F1 ≥ 0.97, places F1 ≥ 0.95, themes F1 ≥ 0.88', () => {
    const s = scoreTags(dev, run(dev));
    expect(s.regions.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.places.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.themes.f1).toBeGreaterThanOrEqual(0.88);
  });

  it('covers every Land, federal and vendor news, and all sixteen themes', () => {
    const regions = new Set(dev.flatMap((x) => x.regions));
    expect(regions.size).toBe(17);
    expect(dev.some((x) => x.regions.length === 0)).toBe(true);
    expect(new Set(dev.flatMap((x) => x.themes))).toEqual(new Set(THEME_IDS));
    expect(dev.length).toBeGreaterThanOrEqual(150);
  });
});

describe('themes', () => {
  it('gives one to three known themes', () => {
    for (const got of run(dev)) {
      expect(got.themes.length).toBeLessThanOrEqual(3);
      for (const t of got.themes) expect(THEME_IDS).toContain(t);
    }
  });

  it('has sixteen themes', () => {
    expect(THEMES).toHaveLength(16);
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
