import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../feeds';
import { LAND_CODES, type LandCode } from '../lib/model';
import { checkAnswers, rulesFromWelcome, sourcesForLands, updateOverrides, welcomeFromRules, welcomeSettings } from '../lib/onboarding';
import { DEFAULT_SETTINGS, resolveSources, withDefaults } from '../lib/settings';

describe('the welcome answers', () => {
  it('Sachsen and KI: watch rule set, Sachsen\'s sources on, federal ones still on, other Länder off', () => {
    const patch = welcomeSettings({ lands: ['SN'], themes: ['ki'], notifications: true }, DEFAULT_SETTINGS, CATALOGUE);
    const settings = withDefaults({ ...DEFAULT_SETTINGS, ...patch });
    expect(settings.alertRules).toEqual([{ id: 'welcome', regions: ['SN'], themes: ['ki'], keywords: [] }]);
    expect(settings.notifications.muted).toBe(false);
    const on = resolveSources(CATALOGUE, settings).filter((s) => s.enabled);
    expect(on.filter((s) => s.land === 'SN').map((s) => s.id).sort()).toEqual(CATALOGUE.filter((s) => s.land === 'SN').map((s) => s.id).sort());
    expect(on.filter((s) => s.land && s.land !== 'SN')).toEqual([]);
    expect(on.filter((s) => s.nationwide).length).toBe(CATALOGUE.filter((s) => s.nationwide).length);
  });

  it('keeps what the user set before: keywords, a switched-off federal source, another Land switched on by hand', () => {
    const before = withDefaults({
      alertRules: [
        { id: 'welcome', regions: ['BY'], themes: [], keywords: [] },
        { id: 'mine', regions: [], themes: [], keywords: ['Bezahlkarte'] },
      ],
      sourceOverrides: { bsi: { enabled: false }, 'mdr-thueringen': { enabled: true, intervalMin: 60 } },
    });
    const after = withDefaults({ ...before, ...welcomeSettings({ lands: ['SN', 'TH'], themes: [], notifications: false }, before, CATALOGUE) });
    expect(after.alertRules).toEqual([
      { id: 'welcome', regions: ['SN', 'TH'], themes: [], keywords: [] },
      { id: 'mine', regions: [], themes: [], keywords: ['Bezahlkarte'] },
    ]);
    expect(after.notifications.muted).toBe(true);
    expect(after.sourceOverrides.bsi).toEqual({ enabled: false });
    expect(after.sourceOverrides['mdr-thueringen']).toEqual({ enabled: true, intervalMin: 60 });
  });

  it('maps answers to one alert rule and back; no Land and no theme leaves no welcome rule', () => {
    const mine = { id: 'mine', regions: [], themes: ['breitband'], keywords: [] };
    expect(rulesFromWelcome({ lands: [], themes: [], notifications: true }, [{ id: 'welcome', regions: ['DE'], themes: ['ki'], keywords: [] }, mine]))
      .toEqual([mine]);
    const isLand = (r: string): r is LandCode => (LAND_CODES as readonly string[]).includes(r);
    const rules = rulesFromWelcome({ lands: ['SN'], themes: ['ki'], notifications: true }, [mine]);
    expect(welcomeFromRules(rules, false, isLand)).toEqual({ lands: ['SN'], themes: ['ki'], notifications: false });
    expect(welcomeFromRules([mine], true, isLand)).toEqual({ lands: [], themes: [], notifications: true });
    expect(sourcesForLands(CATALOGUE, []).length).toBe(0);
  });

  it('an update keeps the three formerly default sources on unless switched off', () => {
    expect(updateOverrides(withDefaults({ sourceOverrides: { 'tagesschau-nrw': { enabled: false } } }))).toEqual({
      'tagesschau-bayern': { enabled: true }, 'tagesschau-nrw': { enabled: false }, 'tagesschau-sachsen': { enabled: true },
    });
    const all = { 'tagesschau-bayern': { enabled: true }, 'tagesschau-nrw': { enabled: false }, 'tagesschau-sachsen': { enabled: true } };
    expect(updateOverrides(withDefaults({ sourceOverrides: all }))).toBeUndefined();
  });
});

describe('answers from a message', () => {
  it.each<[unknown, boolean]>([
    [{ lands: ['SN'], themes: ['ki'], notifications: true }, true],
    [{ lands: [], themes: [], notifications: false }, true],
    [{ lands: ['XX'], themes: [], notifications: true }, false],
    [{ lands: ['SN'], themes: [42], notifications: true }, false],
    [{ lands: 'SN', themes: [], notifications: true }, false],
    [{ lands: ['SN'], themes: [], notifications: 'ja' }, false],
    [null, false],
  ])('%j accepted: %s', (raw, ok) => {
    expect(checkAnswers(raw) !== undefined).toBe(ok);
  });
});
